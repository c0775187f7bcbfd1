"""A tennis news conference we wrote (tests/articles/tennis-postmatch-presser.txt), read
whole in every mode: `The 22-year-old Argentine, who had never won …` is the player met
before, not a person called Argentine, and so is the `he` after it; `the German` is the
other player; a coach's interview with a broadcaster places his words."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tennis-postmatch-presser.txt"
pytestmark = pytest.mark.model


def test_an_epithet_with_an_age_and_a_clause(extraction) -> None:
    sunk = [s for s in extraction.statements if "not yet sunk in" in s.text]
    assert sunk and sunk[0].speaker.name == "Mateo Alvarez"
    pizza = [s for s in extraction.statements if "Maybe pizza" in s.text]
    assert pizza and pizza[0].speaker.name == "Mateo Alvarez"


def test_the_german(extraction) -> None:
    tennis = [s for s in extraction.statements if "That is tennis" in s.text]
    assert tennis and tennis[0].speaker.name == "Lukas Brandt"
    assert tennis[0].recipient.name == "reporters"


def test_the_coach_on_television(extraction) -> None:
    penalty = [s for s in extraction.statements if "point penalty" in s.text]
    assert penalty and penalty[0].speaker.name == "Stefan Ruhl"
    assert (penalty[0].venue.name, penalty[0].venue.type) == ("Sportwelle", "outlet")
