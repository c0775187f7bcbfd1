"""A fossil study, which we wrote (tests/articles/dinosaur-fossil-study.txt), read whole in
every mode: a study `published Wednesday in the journal Nature`, its lead author, an
outside expert `who was not involved`, and the quarry's owner."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "dinosaur-fossil-study.txt"
pytestmark = pytest.mark.model


def test_the_study_in_the_journal(extraction) -> None:
    glide = [s for s in extraction.statements
             if "glide millions of years earlier" in s.text and s.cue.text == "according to"]
    assert glide and glide[0].venue is not None and glide[0].venue.name == "Nature"
    assert glide[0].said_on is not None and glide[0].said_on.value == "2026-05-06"


def test_the_author_and_the_outside_expert(extraction) -> None:
    naked = [s for s in extraction.statements if "with the naked eye" in s.text]
    assert naked and naked[0].speaker.name == "Inês Carvalho"
    display = [s for s in extraction.statements if "used for display" in s.text]
    assert display and display[0].speaker.name == "Martin Hale"
    idea = [s for s in extraction.statements if s.text.startswith("We had no idea")]
    assert idea and idea[0].speaker.name == "Rui Santos"
