"""A product recall we wrote (tests/articles/halvorsen-crib-recall.txt), read whole in every
mode: `Halvorsen Home, the furniture retailer, is recalling …` is a firm taking goods
back, not a statement; the firm's name the tagger took for a person's is the firm, and
`Halvorsen` alone after it is the same firm; `the notice said` is the commission's."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "halvorsen-crib-recall.txt"
pytestmark = pytest.mark.model


def test_a_recall_of_goods_is_no_statement(extraction) -> None:
    assert not [s for s in extraction.statements if s.cue is not None
                and "recalling" in s.cue.text]


def test_the_firm_by_its_short_name(extraction) -> None:
    acted = [s for s in extraction.statements if "pattern became clear" in s.text]
    assert acted and acted[0].speaker.name == "Halvorsen Home"
    assert acted[0].speaker.type == "organization"
    spokesman = [s for s in extraction.statements if "as it came in" in s.text]
    assert spokesman and spokesman[0].speaker.name == "Halvorsen Home"


def test_the_notice_is_the_commissions(extraction) -> None:
    stop = [s for s in extraction.statements if "stop using these cribs" in s.text]
    assert stop and stop[0].speaker.name == "Consumer Product Safety Commission"
    assert stop[0].venue.name == "notice"
