"""A director changing his mind about his ending, which we wrote
(tests/articles/director-two-outlets-timeline.txt), read whole in every mode: the director
to a magazine at a festival, to a podcast's host in February, to a newspaper last week (a
participle after `he seemed to split the difference`: still his words), and an actor at a
screening on a day named."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "director-two-outlets-timeline.txt"
pytestmark = pytest.mark.model


def test_the_director_in_three_places(extraction) -> None:
    car = [s for s in extraction.statements if "only one car" in s.text]
    assert car and car[0].speaker.name == "Malik Osei"
    assert car[0].venue.name == "Filmmaker Magazine"
    park = [s for s in extraction.statements if "cried in the car park" in s.text]
    assert park and park[0].speaker.name == "Malik Osei"
    assert park[0].venue.name == "The Director's Chair" and park[0].venue.type == "podcast"
    assert park[0].recipient.name == "Ruth Bell" and park[0].said_on.value == "2025-02"
    brother = [s for s in extraction.statements if "hopeful for one brother" in s.text]
    assert brother and brother[0].speaker.name == "Malik Osei"
    assert brother[0].venue.name == "The Guardian"


def test_the_actor_at_a_screening(extraction) -> None:
    mine = [s for s in extraction.statements if "Mine's the hopeful one" in s.text]
    assert mine and mine[0].speaker.name == "Samuel Reyes"
    assert mine[0].said_on.value == "2025-05-08" and mine[0].venue.type == "event"
