"""An airline chief before a Senate committee, which we wrote
(tests/articles/senate-hearing-ceo-testimony.txt), read whole in every mode: `Rebecca Holt`
(tagged a work's title) in her opening statement and by surname after, the chairman's
retort, a senator's question (no statement), `Holt said it would, for flights since June
1` (a period the words speak of, not when they were said), and a passenger outside."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "senate-hearing-ceo-testimony.txt"
pytestmark = pytest.mark.model


def test_the_chief_executive_by_full_name_and_surname(extraction) -> None:
    apology = [s for s in extraction.statements if "apologising to every passenger" in s.text]
    assert apology and apology[0].speaker.name == "Rebecca Holt"
    assert apology[0].venue is not None and apology[0].venue.type == "document"
    pilots = [s for s in extraction.statements if "1,200 pilot positions" in s.text]
    assert pilots and pilots[0].speaker.name == "Rebecca Holt"
    mistake = [s for s in extraction.statements if "that was a mistake" in s.text]
    assert mistake and mistake[0].speaker.name == "Rebecca Holt"


def test_a_period_is_not_when_it_was_said(extraction) -> None:
    would = [s for s in extraction.statements if s.text == "it would"]
    assert would and would[0].said_on is None


def test_the_chairman_and_the_passenger(extraction) -> None:
    refund = [s for s in extraction.statements if "An apology is not a refund" in s.text]
    assert refund and refund[0].speaker.name == "Tom Alvarez"
    money = [s for s in extraction.statements if "rather have my money" in s.text]
    assert money and money[0].speaker.name == "Marcus Bell"
    assert not [s for s in extraction.statements if "compensate passengers" in s.text]
