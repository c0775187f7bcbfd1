"""A press gaggle on a plane, which we wrote (tests/articles/air-force-one-gaggle.txt),
read whole in every mode: an `ABOARD AIR FORCE ONE —` dateline, the press secretary to
reporters, an anonymous official, the president at a fundraiser, and a statement posted
on Telegram."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "air-force-one-gaggle.txt"
pytestmark = pytest.mark.model


def test_the_press_secretary(extraction) -> None:
    door = [s for s in extraction.statements if "The door isn't closed" in s.text]
    assert door and door[0].speaker.name == "Maria Lopez"
    table = [s for s in extraction.statements if "not on the table" in s.text]
    assert table and table[0].recipient is not None and table[0].recipient.name == "reporters"


def test_the_dateline_is_no_one(extraction) -> None:
    assert not any(s.source is not None and "ABOARD" in s.source.text
                   for s in extraction.statements)
    lede = [s for s in extraction.statements if "while attacks on civilians continue" in s.text]
    assert lede and lede[0].speaker.name == "White House"


def test_the_official_the_president_and_the_rebels(extraction) -> None:
    furious = [s for s in extraction.statements if "furious" in s.text]
    assert furious and furious[0].speaker is None
    photo = [s for s in extraction.statements if "photo opportunity" in s.text]
    assert photo and photo[0].speaker.name == "Daniel Harmon"
    assert photo[0].venue is not None and photo[0].venue.type == "event"
    assert photo[0].said_on is not None and photo[0].said_on.value == "2026-09-30"
    dialogue = [s for s in extraction.statements if "without preconditions" in s.text]
    assert dialogue and dialogue[0].venue.name == "Telegram"
