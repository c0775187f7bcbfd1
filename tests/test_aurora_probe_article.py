"""A space probe briefing we wrote (tests/articles/aurora-probe-tethra.txt), read whole in
every mode: the mission scientist at the briefing on Thursday, the agency's post, and a
geologist outside the mission."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "aurora-probe-tethra.txt"
pytestmark = pytest.mark.model


def test_the_mission_scientist(extraction) -> None:
    pictures = [s for s in extraction.statements if "most detailed pictures" in s.text]
    assert pictures and pictures[0].speaker.name == "Keiko Sato"
    assert pictures[0].venue.name == "briefing" and pictures[0].said_on.value == "2028-01-06"


def test_the_agency(extraction) -> None:
    flyby = [s for s in extraction.statements if "within 40 kilometres" in s.text]
    assert flyby and flyby[0].speaker.name == "European Space Agency"


def test_the_geologist(extraction) -> None:
    scars = [s for s in extraction.statements if "old scars" in s.text]
    assert scars and scars[0].speaker.name == "Omar Haddad"
