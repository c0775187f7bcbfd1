"""A mountain rescue, which we wrote (tests/articles/mountain-rescue-climbers.txt), read
whole in every mode: a rescue team leader, and a climber `who asked not to be named`, who
is nobody named (not a speaker called `woman, who asked not to be named`)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "mountain-rescue-climbers.txt"
pytestmark = pytest.mark.model


def test_the_climber_who_asked_not_to_be_named(extraction) -> None:
    forecast = [s for s in extraction.statements if "look at the forecast properly" in s.text]
    assert len(forecast) == 1
    assert forecast[0].speaker is None
    assert forecast[0].venue is not None and forecast[0].venue.name == "local paper"


def test_the_team_leader(extraction) -> None:
    hardest = [s for s in extraction.statements if "hardest thing in this job" in s.text]
    assert hardest and hardest[0].speaker.name == "Callum Fraser"
    care = [s for s in extraction.statements if "doesn't care how experienced" in s.text]
    assert care and care[0].speaker.name == "Callum Fraser"
