"""An animated film's voice cast, which we wrote (tests/articles/animated-film-voice-cast.txt),
read whole in every mode: `Ember (voiced by Zoe Park)` (the name tagged a place: the
actress), a character's line (the character's), `Park, 14, said` and `she told Animation
Weekly` (the actress, not the dragon), and a veteran actress at the premiere."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "animated-film-voice-cast.txt"
pytestmark = pytest.mark.model


def test_the_characters_line(extraction) -> None:
    dragon = [s for s in extraction.statements if "can't dragon" in s.text]
    assert dragon and dragon[0].speaker.name == "Ember"


def test_the_young_actress(extraction) -> None:
    holidays = [s for s in extraction.statements if "school holidays" in s.text]
    assert holidays and holidays[0].speaker.name == "Zoe Park"
    small = [s for s in extraction.statements if "a dragon could be small" in s.text]
    assert small and small[0].speaker.name == "Zoe Park"
    assert small[0].venue is not None and small[0].venue.name == "Animation Weekly"


def test_the_director_and_the_veteran(extraction) -> None:
    seconds = [s for s in extraction.statements if "nine seconds in" in s.text]
    assert seconds and seconds[0].speaker.name == "Ken Watanabe"
    cool = [s for s in extraction.statements if "think I'm cool" in s.text]
    assert cool and cool[0].speaker.name == "Maggie Hollis"
    assert cool[0].said_on is not None and cool[0].said_on.value == "2025-11-16"
