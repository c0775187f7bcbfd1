"""A football manager backing his goalkeeper, which we wrote
(tests/articles/manager-club-website.txt), read whole in every mode: `insisted that
goalkeeper Finn Roe, 19, will keep his place …` (parsed as two clauses, one content); the
manager to the club's website; `The keeper … writing: "Gutted. …"` (the participle the
tagger took for a noun), the keeper being Finn Roe; a pundit on local radio."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "manager-club-website.txt"
pytestmark = pytest.mark.model


def test_the_insisted_clause_whole(extraction) -> None:
    place = [s for s in extraction.statements if "will keep his place" in s.text]
    assert len(place) == 1
    assert place[0].text.startswith("goalkeeper Finn Roe, 19, will keep his place")
    assert place[0].speaker.name == "Tom Ashby"


def test_the_keepers_post(extraction) -> None:
    gutted = [s for s in extraction.statements if "I'll make it right" in s.text]
    assert len(gutted) == 1
    assert gutted[0].speaker is not None and gutted[0].speaker.name == "Finn Roe"
    assert gutted[0].cue.text == "writing"


def test_the_manager_and_the_pundit(extraction) -> None:
    brilliant = [s for s in extraction.statements if "brilliant for us all season" in s.text]
    assert brilliant and brilliant[0].speaker.name == "Tom Ashby"
    assert brilliant[0].said_on.value == "2026-03-03"
    two = [s for s in extraction.statements if "two in a row" in s.text]
    assert two and two[0].speaker.name == "Dave Lyle" and two[0].venue.name == "BBC Radio Harlow"
