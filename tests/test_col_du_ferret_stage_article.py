"""A cycling stage, which we wrote (tests/articles/tour-stage-cycling.txt), read whole in
every mode: the winner at the finish, the race leader to a broadcaster, and a team
director whose quotation quotes his own instruction after a colon."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tour-stage-cycling.txt"
pytestmark = pytest.mark.model


def test_the_winner_the_leader_and_the_director(extraction) -> None:
    dream = [s for s in extraction.statements if "the dream came true" in s.text]
    assert dream and dream[0].speaker.name == "Daniel Okafor"
    legs = [s for s in extraction.statements if "nothing in the legs" in s.text]
    assert legs and legs[0].speaker.name == "Pieter Janssens" and legs[0].venue.name == "Sporza"
    went = [s for s in extraction.statements if "he went" in s.text]
    assert len(went) == 1 and went[0].speaker.name == "Marc Leroy"
    assert "wait, wait, wait" in went[0].text  # the instruction inside his quotation
