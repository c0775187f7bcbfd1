"""A museum's restitution we wrote (tests/articles/museum-repatriation.txt), read whole in
every mode: `the museum said` is the museum named in its own words; the director named
after her role between a quotation and its verb (parsed as the quotation's object) is the
speaker; `Not everyone` is nobody in particular; a spokesman told a BBC programme."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "museum-repatriation.txt"
pytestmark = pytest.mark.model


def test_the_museum_names_itself(extraction) -> None:
    doors = [s for s in extraction.statements if "will return a pair of carved" in s.text]
    assert doors and doors[0].speaker.name == "Whitcombe Museum"


def test_the_director_after_the_quotation(extraction) -> None:
    force = [s for s in extraction.statements if "taken by force" in s.text]
    assert force and force[0].speaker.name == "Helen Ashby"
    assert force[0].venue.name == "statement"


def test_not_everyone_is_nobody(extraction) -> None:
    move = [s for s in extraction.statements if s.text == "the move"]
    assert all(s.speaker is None for s in move)


def test_the_palace_spokesman(extraction) -> None:
    hinges = [s for s in extraction.statements if "back on their hinges" in s.text]
    assert hinges and hinges[0].speaker.name == "Adebayo Olaniyan"
