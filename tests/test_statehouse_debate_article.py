"""A legislative floor debate we wrote (tests/articles/statehouse-floor-debate.txt), read
whole in every mode: members named with their party and district (`Rep. Carl Heisler,
R-Millford,`), a member who `said on the floor`, where the floor is the occasion, and a
governor's spokeswoman who speaks for herself."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "statehouse-floor-debate.txt"
pytestmark = pytest.mark.model


def test_the_sponsor_to_her_colleagues(extraction) -> None:
    statistics = [s for s in extraction.statements if s.text.startswith("These are not statistics")]
    assert statistics and statistics[0].speaker.name == "Delphine Okoro"
    assert statistics[0].recipient.name == "her colleagues"


def test_said_on_the_floor(extraction) -> None:
    landlords = [s for s in extraction.statements if "small landlords" in s.text]
    assert landlords and landlords[0].speaker.name == "Yusuf Adeleke"
    assert (landlords[0].venue.name, landlords[0].venue.type) == ("floor", "event")


def test_members_named_with_party_and_district(extraction) -> None:
    problem = [s for s in extraction.statements if "creates the next problem" in s.text]
    assert problem and problem[0].speaker.name == "Carl Heisler"
    tenants = [s for s in extraction.statements if s.text.startswith("I have nothing against")]
    assert tenants and tenants[0].speaker.name == "Carl Heisler"


def test_the_speaker_of_the_house(extraction) -> None:
    sessions = [s for s in extraction.statements if s.text.startswith("We have talked about")]
    assert sessions and sessions[0].speaker.name == "Margaret Quist"
    assert "Tonight we vote" in sessions[0].text


def test_the_senate_leader_to_reporters(extraction) -> None:
    time = [s for s in extraction.statements if "take its time" in s.text]
    assert time and time[0].speaker.name == "Harold Vance"
    assert time[0].recipient.name == "reporters"
    assert time[0].said_on is not None and time[0].said_on.value == "2026-03-19"
