"""A missing-person appeal we wrote (tests/articles/tarrow-missing-hiker.txt), read whole
in every mode: `the police said in a statement`, with no force named, is not the place
named before it; the detective's words follow his briefing on Thursday; the sister's
post ran on Facebook."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tarrow-missing-hiker.txt"
pytestmark = pytest.mark.model


def test_the_police_are_not_the_place(extraction) -> None:
    searched = [s for s in extraction.statements if "searched the area" in s.text]
    assert searched and (searched[0].speaker is None
                         or searched[0].speaker.name != "Tarrow Falls")
    assert searched[0].venue.name == "statement"


def test_the_detective_at_the_briefing(extraction) -> None:
    walker = [s for s in extraction.statements if "experienced walker" in s.text]
    assert walker and walker[0].speaker.name == "Ronan Hale"
    assert walker[0].venue.name == "briefing"
    assert walker[0].said_on.value == "2026-10-01"


def test_the_sisters_post(extraction) -> None:
    hope = [s for s in extraction.statements if "holding on to hope" in s.text]
    assert hope and hope[0].speaker.name == "Cara"
    assert (hope[0].venue.name, hope[0].venue.type) == ("Facebook", "platform")


def test_the_unnamed_walker(extraction) -> None:
    noon = [s for s in extraction.statements if "upper falls" in s.text]
    assert noon and noon[0].speaker is None
    assert noon[0].venue.name == "Ballinrow Courier"
