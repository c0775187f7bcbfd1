"""A wage lawsuit we wrote (tests/articles/hallow-foods-overtime-lawsuit.txt), read whole in
every mode: the complaint `filed Monday` was filed that Monday; `The suit` is a document,
nobody; the company's statement is the company's."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "hallow-foods-overtime-lawsuit.txt"
pytestmark = pytest.mark.model


def test_the_complaint_filed_monday(extraction) -> None:
    clock = [s for s in extraction.statements if "clock out before cleaning" in s.text]
    assert clock and clock[0].speaker is None
    assert clock[0].venue.name == "complaint" and clock[0].venue.type == "document"
    assert clock[0].said_on is not None and clock[0].said_on.value == "2027-08-16"


def test_the_suit_is_no_speaker(extraction) -> None:
    assert not any(s.speaker is not None and s.speaker.name.lower() == "suit"
                   for s in extraction.statements)


def test_the_company_statement(extraction) -> None:
    minute = [s for s in extraction.statements if "every minute they work" in s.text]
    assert minute and minute[0].speaker.name == "Hallow Foods"
    assert minute[0].said_on.value == "2027-08-17"


def test_the_plaintiffs_lawyer(extraction) -> None:
    free = [s for s in extraction.statements if "work for free" in s.text]
    assert free and free[0].speaker.name == "Marisol Ortega"
