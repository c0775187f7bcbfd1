"""A manager's sacking we wrote (tests/articles/manager-sacked-farewell.txt), read whole in
every mode: `the club` is Harlow City, which the tagger calls a place; the club's
statement places and dates what it said; the captain told a radio station."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "manager-sacked-farewell.txt"
pytestmark = pytest.mark.model


def test_the_club_is_the_club(extraction) -> None:
    days = [s for s in extraction.statements if "in the coming days" in s.text]
    assert days and days[0].speaker.name == "Harlow City"
    assert days[0].venue.name == "statement" and days[0].said_on.value == "2027-02-14"


def test_the_managers_letter(extraction) -> None:
    cruel = [s for s in extraction.statements if "Football can be cruel" in s.text]
    assert cruel and cruel[0].speaker.name == "Glen Duffy"


def test_the_captain_on_the_radio(extraction) -> None:
    chances = [s for s in extraction.statements if "miss those chances" in s.text]
    assert chances and chances[0].speaker.name == "Ryan Osei"
    assert chances[0].venue.name == "BBC Radio Harlow"
