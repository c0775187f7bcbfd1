"""A season finale explained, which we wrote (tests/articles/ending-explained-showrunner-x.txt),
read whole in every mode: the showrunner on X on a day named and to a magazine last month;
the writer's reading `Anand's own words suggest the twin theory …`, an interpretation of
Anand (not her statement); the actress who played the dead character."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ending-explained-showrunner-x.txt"
pytestmark = pytest.mark.model


def test_the_writers_reading_is_an_interpretation(extraction) -> None:
    assert not [s for s in extraction.statements if "twin theory" in s.text]
    readings = [i for i in extraction.interpretations if "twin theory" in i.span.text]
    assert readings and readings[0].speaker is not None
    assert readings[0].speaker.name == "Priya Anand"


def test_the_showrunner_in_two_places(extraction) -> None:
    wrong = [s for s in extraction.statements if "also wrong" in s.text]
    assert wrong and wrong[0].speaker.name == "Priya Anand"
    assert wrong[0].venue.name == "X" and wrong[0].said_on.value == "2026-11-15"
    dead = [s for s in extraction.statements if "Dead is dead" in s.text]
    assert dead and dead[0].speaker.name == "Priya Anand"
    assert dead[0].venue.name == "Entertainment Weekly" and dead[0].said_on.value == "2026-10"


def test_the_actress(extraction) -> None:
    booth = [s for s in extraction.statements if "recording booth" in s.text]
    assert booth and booth[0].speaker.name == "Liv Sandberg"
