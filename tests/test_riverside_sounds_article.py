"""A festival called off in a storm, which we wrote (tests/articles/riverside-sounds-cancelled.txt),
read whole in every mode: `the festival` is the Riverside Sounds festival named before;
`Headliner` is no part of the singer's name; his words in the clip were on Instagram, as
the sentence before them says."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "riverside-sounds-cancelled.txt"
pytestmark = pytest.mark.model


def test_the_festival_by_its_name(extraction) -> None:
    safety = [s for s in extraction.statements if "has to come first" in s.text]
    assert safety and safety[0].speaker.name == "Riverside Sounds festival"
    assert safety[0].venue.name == "X"


def test_the_headliner_in_the_clip(extraction) -> None:
    sorry = [s for s in extraction.statements if "so sorry, Fenmouth" in s.text]
    assert sorry and sorry[0].speaker.name == "Jules Amari"
    assert sorry[0].venue is not None and sorry[0].venue.name == "Instagram"


def test_the_director_told_the_bbc(extraction) -> None:
    refunds = [s for s in extraction.statements if "refunds for Sunday tickets" in s.text]
    assert refunds and refunds[0].speaker.name == "Owen Price" and refunds[0].venue.name == "BBC"
