"""A doctors' strike, which we wrote (tests/articles/hospital-strike-day-two.txt), read
whole in every mode: a union chair at a rally, the health secretary on a radio programme,
a charity's spokeswoman after her quotation, and hospital bosses."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "hospital-strike-day-two.txt"
pytestmark = pytest.mark.model


def test_the_chair_at_the_rally(extraction) -> None:
    put = [s for s in extraction.statements if "We were put here" in s.text]
    assert put and put[0].speaker.name == "Sam Okoye"
    assert put[0].venue is not None and put[0].venue.type == "event"


def test_the_secretary_on_the_radio(extraction) -> None:
    fair = [s for s in extraction.statements if "fair, final and the best" in s.text]
    assert fair and fair[0].speaker.name == "Alison Grey"
    assert fair[0].venue is not None and fair[0].venue.name == "Morning Briefing"
    goalposts = [s for s in extraction.statements if "moving the goalposts" in s.text]
    assert goalposts and goalposts[0].speaker.name == "Alison Grey"


def test_the_charity(extraction) -> None:
    chip = [s for s in extraction.statements if "Not a bargaining chip" in s.text]
    assert chip and chip[0].speaker.name == "Rachel Moore"
