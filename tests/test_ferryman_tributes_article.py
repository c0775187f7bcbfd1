"""Tributes to a ferryman, which we wrote (tests/articles/tributes-pour-in.txt), read whole in
every mode: his daughter (reported and on Facebook), the council leader, and passengers
writing in the comments, who are nobody named."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tributes-pour-in.txt"
pytestmark = pytest.mark.model


def test_the_daughter_and_the_council_leader(extraction) -> None:
    crossing = [s for s in extraction.statements if "never missed a crossing" in s.text]
    assert crossing and crossing[0].speaker.name == "Rose Penhale"
    rock = [s for s in extraction.statements if "every rock in that harbour" in s.text]
    assert rock and rock[0].speaker.name == "Rose Penhale" and rock[0].venue.name == "Facebook"
    lighthouse = [s for s in extraction.statements if "part of the island as the lighthouse" in s.text]
    assert lighthouse and lighthouse[0].speaker.name == "Martin Trewin"


def test_the_passengers_are_nobody_named(extraction) -> None:
    dress = [s for s in extraction.statements if "wedding dress" in s.text]
    assert dress and dress[0].speaker is None
    shanties = [s for s in extraction.statements if "sea shanties" in s.text]
    assert shanties and shanties[0].speaker is None
