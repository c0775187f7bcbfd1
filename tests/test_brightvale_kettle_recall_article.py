"""A product recall, which we wrote (tests/articles/product-recall-kettle.txt), read whole in
every mode: `The appliance maker Brightvale` (which the tagger calls a place), so that `The
company` and `It` after it are the firm; a regulator; a customer to the BBC; and a
consumer group's head of testing named beside the thing he heads."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "product-recall-kettle.txt"
pytestmark = pytest.mark.model


def test_the_company_is_the_firm_named_with_its_noun(extraction) -> None:
    reports = [s for s in extraction.statements if "received 41 reports" in s.text]
    assert len(reports) == 1
    assert reports[0].speaker is not None and reports[0].speaker.name == "Brightvale"
    assert reports[0].venue is not None and reports[0].venue.type == "document"


def test_the_head_of_testing_by_his_name(extraction) -> None:
    spring = [s for s in extraction.statements if "known about complaints since the spring" in s.text]
    assert len(spring) == 1
    assert spring[0].speaker is not None and spring[0].speaker.name == "Rhys Evans"


def test_the_director_and_the_customer(extraction) -> None:
    safety = [s for s in extraction.statements if "Customer safety comes before" in s.text]
    assert safety and safety[0].speaker.name == "Paul Ashby"
    steam = [s for s in extraction.statements if "straight up my arm" in s.text]
    assert steam and steam[0].speaker.name == "Janet Morley" and steam[0].venue.name == "BBC"
