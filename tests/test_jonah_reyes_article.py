"""Celebrity baby news we wrote (tests/articles/jonah-reyes-baby-news.txt), read whole in
every mode: the couple's representative, unnamed, to People magazine; the actor's caption on
Instagram; an interview from 2025 with Dezeen."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "jonah-reyes-baby-news.txt"
pytestmark = pytest.mark.model


def test_the_representative(extraction) -> None:
    privacy = [s for s in extraction.statements if "ask for privacy" in s.text]
    assert privacy and privacy[0].speaker is None
    assert privacy[0].venue.name == "People magazine"


def test_the_caption(extraction) -> None:
    project = [s for s in extraction.statements if "biggest project yet" in s.text]
    assert project and project[0].speaker.name == "Jonah Reyes"
    assert project[0].venue.name == "Instagram"


def test_the_2025_interview(extraction) -> None:
    met = [s for s in extraction.statements if "exhibition opening in Dublin" in s.text]
    assert met and met[0].venue.name == "Dezeen" and met[0].said_on.value == "2025"
