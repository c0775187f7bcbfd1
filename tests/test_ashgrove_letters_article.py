"""Archive letters we wrote (tests/articles/ashgrove-letters-history.txt), read whole in
every mode: a letter `dated March 1899` dates what it says; a 1921 memoir is dated and
placed; `said in a message to students on Friday` ran in a message."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ashgrove-letters-history.txt"
pytestmark = pytest.mark.model


def test_the_dated_letter(extraction) -> None:
    home = [s for s in extraction.statements if "give the money back" in s.text]
    assert home and home[0].speaker.name == "Eleanor Pryce"
    assert home[0].venue.name == "letter" and home[0].recipient.name == "her sister"
    assert home[0].said_on is not None and home[0].said_on.value == "1899-03"


def test_the_winter_letter(extraction) -> None:
    survive = [s for s in extraction.statements if "we shall survive" in s.text]
    assert survive and survive[0].speaker.name == "Eleanor Pryce"
    assert survive[0].said_on.value == "1899-12"


def test_the_memoir(extraction) -> None:
    memoir = [s for s in extraction.statements if "perfect conviction" in s.text]
    assert memoir and memoir[0].speaker.name == "Eleanor Pryce"
    assert memoir[0].said_on.value == "1921"


def test_the_message_to_students(extraction) -> None:
    display = [s for s in extraction.statements if "go on display" in s.text]
    assert display and display[0].speaker.name == "Nadia Fairweather"
    assert (display[0].venue.name, display[0].venue.type) == ("message", "document")
    assert display[0].recipient.name == "students"
    assert display[0].said_on.value == "2026-09-04"
