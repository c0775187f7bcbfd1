"""An earthquake we wrote (tests/articles/quake-translated-survivors.txt), read whole in
every mode: the byline's `By Leyla Demir`, where the tagger took the surname alone, is the
writer, never the `she` or `he` of a survivor; `Hatice Yildiz, 64,` and `Her son,
Mehmet,` are people whatever the tagger called them; `the national disaster agency` is a
body of its own, not the province named before it."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "quake-translated-survivors.txt"
pytestmark = pytest.mark.model


def test_the_writer_is_no_survivor(extraction) -> None:
    for statement in extraction.statements:
        assert statement.speaker is None or "Demir" not in statement.speaker.name


def test_the_survivor_and_her_son(extraction) -> None:
    neighbors = [s for s in extraction.statements if "my neighbors calling" in s.text]
    assert neighbors and neighbors[0].speaker.name == "Hatice Yildiz"
    assert neighbors[0].speaker.type == "person"
    dig = [s for s in extraction.statements if "where to dig" in s.text]
    assert dig and dig[0].speaker.name == "Mehmet"


def test_the_agency_is_not_the_province(extraction) -> None:
    dead = [s for s in extraction.statements if "confirmed dead" in s.text]
    assert dead and dead[0].speaker is not None
    assert dead[0].speaker.name != "Kaspar province"


def test_the_governor_at_the_briefing(extraction) -> None:
    roads = [s for s in extraction.statements if "roads are broken" in s.text]
    assert roads and roads[0].speaker.name == "Orhan Celik"
    assert roads[0].venue.name == "briefing" and roads[0].said_on.value == "2026-03-07"
