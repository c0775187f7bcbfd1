"""Lynx cubs on camera, which we wrote (tests/articles/wildlife-ranger-translated.txt),
read whole in every mode: officials `said on Monday` (the day of publication), a ranger
speaking through an interpreter, a scientist, and a farmer to local television."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "wildlife-ranger-translated.txt"
pytestmark = pytest.mark.model


def test_the_officials_on_the_day(extraction) -> None:
    litter = [s for s in extraction.statements if "first confirmed litter" in s.text]
    assert litter and litter[0].said_on is not None and litter[0].said_on.value == "2026-06-15"


def test_the_ranger(extraction) -> None:
    shaking = [s for s in extraction.statements if "My hands were shaking" in s.text]
    assert shaking and shaking[0].speaker.name == "Ioan Munteanu"
    curious = [s for s in extraction.statements if "very curious about the camera" in s.text]
    assert curious and curious[0].speaker.name == "Ioan Munteanu"


def test_the_scientist_and_the_farmer(extraction) -> None:
    corridor = [s for s in extraction.statements if "the corridor works" in s.text]
    assert corridor and corridor[0].speaker.name == "Elena Dobre"
    sheep = [s for s in extraction.statements if "Nobody films my sheep" in s.text]
    assert sheep and sheep[0].speaker.name == "Vasile Ionescu"
