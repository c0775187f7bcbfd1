"""A senator on a Sunday show we wrote (tests/articles/senator-cnn-sunday.txt), read whole in
every mode: words said on CNN's "State of the Union" are CNN's; `later repeated the
pledge` is another occasion, not the show; a floor speech on a Thursday is dated."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "senator-cnn-sunday.txt"
pytestmark = pytest.mark.model


def test_the_sunday_show(extraction) -> None:
    tidy = [s for s in extraction.statements if "budget look tidy" in s.text]
    assert tidy and tidy[0].speaker.name == "Diane Walsh"
    assert tidy[0].venue.name == "CNN"


def test_later_is_another_occasion(extraction) -> None:
    pledge = [s for s in extraction.statements if s.text == "the pledge"]
    assert all(s.venue is None or s.venue.name != "CNN" for s in pledge)
    lifeline = [s for s in extraction.statements if "a lifeline, not a luxury" in s.text]
    assert lifeline and lifeline[0].venue.name == "X"


def test_the_floor_speech(extraction) -> None:
    belt = [s for s in extraction.statements if "tighten its belt" in s.text]
    assert belt and belt[0].speaker.name == "Frank Boyle"
    assert belt[0].said_on.value == "2027-03-11"
