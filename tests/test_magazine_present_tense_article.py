"""A magazine feature in the present tense, which we wrote
(tests/articles/magazine-present-tense.txt), read whole in every mode: `says head baker
Tomás Iglesias, 46, dusting flour from his forearms` (what he was doing is no part of who
he is), and `he says`, `she says` through the piece."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "magazine-present-tense.txt"
pytestmark = pytest.mark.model


def test_the_participle_is_no_part_of_the_source(extraction) -> None:
    race = [s for s in extraction.statements if "a race against the oven" in s.text]
    assert len(race) == 1 and race[0].speaker.name == "Tomás Iglesias"
    assert race[0].source.text == "head baker Tomás Iglesias, 46"


def test_the_crew_in_the_present_tense(extraction) -> None:
    doorway = [s for s in extraction.statements if "We meet in the doorway" in s.text]
    assert doorway and doorway[0].speaker.name == "Tomás Iglesias"
    mum = [s for s in extraction.statements if "My mum cried" in s.text]
    assert mum and mum[0].speaker.name == "Jade Owusu"
    close = [s for s in extraction.statements if "that or close" in s.text]
    assert close and close[0].speaker.name == "Fiona Brennan"
