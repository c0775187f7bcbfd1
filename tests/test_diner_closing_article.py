"""A diner's closing we wrote (tests/articles/restaurant-closing-facebook.txt), read whole in
every mode: the owners' Facebook post places their announcement; `Regulars`, opening a
sentence, are people unnamed, not someone called Regulars; an owner given an age."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "restaurant-closing-facebook.txt"
pytestmark = pytest.mark.model


def test_the_facebook_post(extraction) -> None:
    last = [s for s in extraction.statements if "last breakfast" in s.text]
    assert last and last[0].venue.name == "Facebook"
    assert last[0].said_on.value == "2026-08-01"


def test_regulars_are_nobody_named(extraction) -> None:
    shock = [s for s in extraction.statements if "come as a shock" in s.text]
    assert shock and shock[0].speaker is None


def test_the_owner_on_the_phone(extraction) -> None:
    rent = [s for s in extraction.statements if "nothing to do with rent" in s.text]
    assert rent and rent[0].speaker.name == "Gus Petrakis"
    landlord = [s for s in extraction.statements if "landlord has been very fair" in s.text]
    assert landlord and landlord[0].speaker.name == "Gus Petrakis"
