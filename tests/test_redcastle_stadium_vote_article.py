"""A council vote on a stadium, which we wrote (tests/articles/stadium-vote-council.txt), read
whole in every mode: the council leader to the chamber, the opposition leader, the club's
chairman `watching from the public gallery`, and a resident."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "stadium-vote-council.txt"
pytestmark = pytest.mark.model


def test_the_leader_to_the_chamber(extraction) -> None:
    jobs = [s for s in extraction.statements if "a thousand jobs" in s.text]
    assert len(jobs) == 1
    assert jobs[0].speaker.name == "Amina Shah"
    assert jobs[0].recipient is not None and jobs[0].recipient.name == "the chamber"


def test_the_opposition_the_chairman_and_the_resident(extraction) -> None:
    borrowing = [s for s in extraction.statements if "borrowing money we do not have" in s.text]
    assert borrowing and borrowing[0].speaker.name == "Gareth Price"
    night = [s for s in extraction.statements if "best night for this club" in s.text]
    assert night and night[0].speaker.name == "Dominic Hale"
    door = [s for s in extraction.statements if "knocked on my door" in s.text]
    assert door and door[0].speaker.name == "Linda Carr"
    autumn = [s for s in extraction.statements if "work would begin in the autumn" in s.text]
    assert autumn and autumn[0].speaker.name == "Redcastle City Council"
