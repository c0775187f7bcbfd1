"""A television recap, which we wrote (tests/articles/tv-recap-characters.txt), read whole
in every mode: characters' lines (the characters', not the actors'), the cast in brackets
(`Mara (Julia Benet)`, a name the tagger left alone), the showrunner to a magazine, and
`she said` after `Benet herself told …` (the actress)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tv-recap-characters.txt"
pytestmark = pytest.mark.model


def test_the_characters_lines(extraction) -> None:
    gate = [s for s in extraction.statements if "I opened the gate" in s.text]
    assert gate and gate[0].speaker.name == "Mara"
    protecting = [s for s in extraction.statements if "You're protecting someone" in s.text]
    assert protecting and protecting[0].speaker.name == "Tomas"


def test_the_actress_by_her_surname_and_pronoun(extraction) -> None:
    land = [s for s in extraction.statements if "how it would land" in s.text]
    assert land and land[0].speaker.name == "Julia Benet"
    shaking = [s for s in extraction.statements if "I just remember shaking" in s.text]
    assert shaking and shaking[0].speaker.name == "Julia Benet"


def test_the_showrunner(extraction) -> None:
    season = [s for s in extraction.statements if "built the whole season around" in s.text]
    assert season and season[0].speaker.name == "Keira Walsh"
    assert season[0].venue is not None and season[0].venue.name == "Entertainment Weekly"
    clean = [s for s in extraction.statements if "getting out of this season clean" in s.text]
    assert clean and clean[0].speaker.name == "Keira Walsh"
