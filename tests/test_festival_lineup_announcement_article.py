"""A festival's headliner, which we wrote (tests/articles/festival-lineup-announcement.txt),
read whole in every mode: the director quoting the star inside her quotation, `shared the
news …, writing simply: "…"` (the narration parsed as a clause of the quotation's verb),
and `said the festival had grown "…" and called for a cap` (one statement, not the
festival calling)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "festival-lineup-announcement.txt"
pytestmark = pytest.mark.model


def test_writing_simply(extraction) -> None:
    sea = [s for s in extraction.statements if "See you by the sea" in s.text]
    assert sea and sea[0].speaker is not None and sea[0].speaker.name == "Nova Reyes"
    assert sea[0].venue is not None and sea[0].venue.name == "Instagram"


def test_the_residents_call_is_theirs(extraction) -> None:
    cap = [s for s in extraction.statements if "a cap on ticket numbers" in s.text]
    assert cap and all(s.speaker is not None and s.speaker.name == "Quiet Harbour" for s in cap)


def test_the_director_and_the_chair(extraction) -> None:
    lunch = [s for s in extraction.statements if "one very long lunch" in s.text]
    assert lunch and lunch[0].speaker.name == "Kate Morgan"
    sing = [s for s in extraction.statements if "sing every word back" in s.text]
    assert sing and sing[0].speaker.name == "Kate Morgan"
    licence = [s for s in extraction.statements if "licence renewal" in s.text]
    assert licence and licence[0].speaker.name == "Roger Bell"
