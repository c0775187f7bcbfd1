"""One wildfire story we wrote (tests/articles/ashcombe-wildfire-evacuation.txt), read whole in
every mode: the fire chief at a dated briefing and her `added`; an office's post on X the
night before; a resident who told a local paper; the utility named beside its noun."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ashcombe-wildfire-evacuation.txt"
pytestmark = pytest.mark.model


def test_the_chief_at_the_briefing(extraction) -> None:
    smoke = [s for s in extraction.statements if "Do not wait to see the smoke" in s.text]
    assert smoke and smoke[0].kind == "direct" and smoke[0].speaker.name == "Marisol Etxeberria"
    assert (smoke[0].venue.name, smoke[0].venue.type) == ("briefing", "event")
    assert smoke[0].said_on is not None and smoke[0].said_on.value == "2025-08-23"
    heat = [s for s in extraction.statements if "heat exhaustion" in s.text]
    assert heat and heat[0].speaker.name == "Marisol Etxeberria"


def test_the_office_posted_on_x_the_night_before(extraction) -> None:
    shelters = [s for s in extraction.statements if "shelters at Ashcombe High School" in s.text]
    assert shelters and (shelters[0].venue.name, shelters[0].venue.type) == ("X", "platform")
    assert shelters[0].said_on is not None and shelters[0].said_on.value == "2025-08-22"


def test_the_neighbour_and_the_local_paper(extraction) -> None:
    tools = [s for s in extraction.statements if "Thirty years of tools" in s.text]
    assert tools and tools[0].speaker.name == "Dev Raghunathan"
    assert tools[0].venue is not None and tools[0].venue.name == "Ashcombe Courier"


def test_the_utility(extraction) -> None:
    switched = [s for s in extraction.statements if "switched off since Thursday" in s.text]
    assert switched and switched[0].speaker.name == "Western Ridge Power"
    assert switched[0].said_on is not None and switched[0].said_on.value == "2025-08-23"
