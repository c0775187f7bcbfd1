"""A critics' roundup we wrote (tests/articles/salt-and-iron-critics.txt), read whole in
every mode: `Variety's Owen Hartley` and `The Guardian's Priya Shah` wrote in their outlets;
the director at the press conference on Tuesday."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "salt-and-iron-critics.txt"
pytestmark = pytest.mark.model


def test_the_critics_outlets(extraction) -> None:
    towering = [s for s in extraction.statements if "towering, bruising" in s.text]
    assert towering and towering[0].speaker.name == "Owen Hartley"
    assert towering[0].venue is not None and towering[0].venue.name == "Variety"
    depth = [s for s in extraction.statements if "length for depth" in s.text]
    assert depth and depth[0].speaker.name == "Priya Shah"
    assert depth[0].venue is not None and depth[0].venue.name == "The Guardian"


def test_the_director_at_the_press_conference(extraction) -> None:
    reviews = [s for s in extraction.statements if "believe them too much" in s.text]
    assert reviews and reviews[0].speaker.name == "Mira Kovac"
    assert reviews[0].venue.name == "press conference"
    assert reviews[0].said_on.value == "2027-08-31"
