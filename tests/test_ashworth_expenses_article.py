"""A councillor's expenses inquiry, which we wrote (tests/articles/statement-through-lawyer.txt),
read whole in every mode: the headline's `Councillor` (tagged a body), who is the
councillor named later; his statement released through his lawyer; the monitoring officer
to a paper; and `When I asked the leader of the council, Tom Reid, whether Ashworth
should step aside …, he said …`, where `he` is the one asked."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "statement-through-lawyer.txt"
pytestmark = pytest.mark.model


def test_the_headline_councillor(extraction) -> None:
    denies = [s for s in extraction.statements if s.text == "wrongdoing"]
    assert denies and denies[0].speaker is not None
    assert denies[0].speaker.name == "Brian Ashworth"


def test_he_is_the_one_asked(extraction) -> None:
    conscience = [s for s in extraction.statements if "his conscience" in s.text]
    assert len(conscience) == 1
    assert conscience[0].speaker is not None and conscience[0].speaker.name == "Tom Reid"


def test_the_statement_the_lawyer_and_the_officer(extraction) -> None:
    penny = [s for s in extraction.statements if "claimed a penny" in s.text]
    assert penny and penny[0].speaker.name == "Brian Ashworth"
    assert penny[0].venue is not None and penny[0].venue.type == "document"
    fully = [s for s in extraction.statements if "cooperating fully" in s.text]
    assert fully and fully[0].speaker.name == "Kate Mensah"
    evidence = [s for s in extraction.statements if "following the evidence" in s.text]
    assert evidence and evidence[0].speaker.name == "Jane Pike"
    assert evidence[0].venue.name == "Redford Gazette"
