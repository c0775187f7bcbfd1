"""A wildfire evacuation, which we wrote (tests/articles/wildfire-evac-radio.txt), read whole
in every mode: a battalion chief at a briefing, the sheriff, a radio caller who gave only
her first name (tagged a body by the entity tagger), and `a spokeswoman for the agency`
after `according to Cal Fire` (tagged a person): she speaks for Cal Fire, not the caller."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "wildfire-evac-radio.txt"
pytestmark = pytest.mark.model


def test_the_spokeswoman_speaks_for_the_agency(extraction) -> None:
    deaths = [s for s in extraction.statements if "No deaths had been reported" in s.text]
    assert len(deaths) == 1
    assert deaths[0].speaker is not None and deaths[0].speaker.name == "Cal Fire"


def test_the_caller_by_her_given_name(extraction) -> None:
    horses = [s for s in extraction.statements if "My horses are in the trailer" in s.text]
    assert horses and horses[0].speaker.name == "Deb"
    assert horses[0].speaker.type == "person"
    assert horses[0].recipient is not None and horses[0].recipient.name == "Andy Pruitt"


def test_the_chief_the_sheriff_and_the_governor(extraction) -> None:
    faster = [s for s in extraction.statements if "moving faster than we can" in s.text]
    assert faster and faster[0].speaker.name == "Rosa Lindqvist"
    assert faster[0].venue is not None and faster[0].venue.name == "briefing"
    door = [s for s in extraction.statements if "going door to door" in s.text]
    assert door and door[0].speaker.name == "Mark Dunleavy"
    needs = [s for s in extraction.statements if "whatever it needs" in s.text]
    assert needs and needs[0].speaker.name == "Elena Ruiz" and needs[0].venue.name == "X"
