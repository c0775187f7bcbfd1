"""A club's injury update we wrote (tests/articles/rovers-injury-update.txt), read whole in
every mode: the words written with a photo ran on Instagram; the manager's words ran on the
club's website; the club's medical update is dated to Tuesday."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "rovers-injury-update.txt"
pytestmark = pytest.mark.model


def test_the_captains_post(extraction) -> None:
    back = [s for s in extraction.statements if "back stronger" in s.text]
    assert back and back[0].speaker.name == "Daniel Okafor"
    assert (back[0].venue.name, back[0].venue.type) == ("Instagram", "platform")


def test_the_manager_on_the_clubs_website(extraction) -> None:
    heart = [s for s in extraction.statements if "heart of this dressing room" in s.text]
    assert heart and heart[0].speaker.name == "Ian Brooks"
    assert heart[0].venue.name == "club's website"


def test_the_clubs_medical_update(extraction) -> None:
    months = [s for s in extraction.statements if "three months" in s.text
              and s.speaker is not None and s.speaker.name == "Westbury Rovers"]
    assert months and months[0].said_on.value == "2026-11-03"
