"""A studio's layoffs announced in a thread, as we wrote them
(tests/articles/game-studio-bluesky-thread.txt), read whole in every mode: the headline's
`'Starfall Drift'`, tagged a person, is the game the article puts in marks, so `its
founder` in the lede is the founder named after, whose thread on Bluesky places what she
wrote; a follow-up interview the next day is dated."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "game-studio-bluesky-thread.txt"
pytestmark = pytest.mark.model


def test_the_founder_in_the_lede(extraction) -> None:
    laid = [s for s in extraction.statements if "laid off 14 of its 28" in s.text]
    assert laid and laid[0].speaker.name == "Maya Quist"
    assert laid[0].venue.name == "Bluesky"


def test_the_thread_places_her_words(extraction) -> None:
    worst = [s for s in extraction.statements if "worst thing I've had to write" in s.text]
    assert worst and worst[0].speaker.name == "Maya Quist"
    assert worst[0].venue.name == "Bluesky"


def test_no_title_is_a_person(extraction) -> None:
    assert not any(s.speaker is not None and s.speaker.name.startswith("Starfall")
                   for s in extraction.statements)


def test_the_follow_up_interview(extraction) -> None:
    smaller = [s for s in extraction.statements if "We are just smaller" in s.text]
    assert smaller and smaller[0].venue.name == "Pixel Ledger"
    assert smaller[0].said_on.value == "2026-10-06"
