"""A study we wrote (tests/articles/four-day-week-study.txt), read whole in every mode: the
journal that published the study on Wednesday; the lead author's news release; a
superintendent in an interview."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "four-day-week-study.txt"
pytestmark = pytest.mark.model


def test_the_journal(extraction) -> None:
    lower = [s for s in extraction.statements if "scored lower in maths" in s.text]
    assert lower and lower[0].speaker is None
    assert lower[0].venue.name == "Education Policy Review"
    assert lower[0].said_on.value == "2027-10-13"


def test_the_lead_author(extraction) -> None:
    add_up = [s for s in extraction.statements if "they add up" in s.text]
    assert add_up and add_up[0].speaker.name == "Naomi Fischer"
    assert add_up[0].venue.name == "news release"


def test_the_superintendent(extraction) -> None:
    attendance = [s for s in extraction.statements if "attendance has never been better" in s.text]
    assert attendance and attendance[0].speaker.name == "Mark Tillman"
