"""A film-news piece built on other outlets' interviews, which we wrote
(tests/articles/aggregator-via-sequel.txt), read whole in every mode: `Speaking to
Collider (via IndieWire)`, `Per Deadline`, a title in quotes inside a quotation, and
`on the podcast The Big Picture` (a name with its article after the show's noun)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "aggregator-via-sequel.txt"
pytestmark = pytest.mark.model


def test_the_interview_it_came_from(extraction) -> None:
    pages = [s for s in extraction.statements if "about sixty pages" in s.text]
    assert pages and pages[0].speaker.name == "Callum Reyes"
    assert pages[0].venue is not None and pages[0].venue.name == "Collider"
    assert pages[0].said_on is not None and pages[0].said_on.value == "2025-09-13"


def test_the_podcast_named_with_its_article(extraction) -> None:
    sand = [s for s in extraction.statements if "ninety minutes of sand" in s.text]
    assert sand and sand[0].speaker.name == "Callum Reyes"
    assert sand[0].venue is not None
    assert (sand[0].venue.name, sand[0].venue.type) == ("The Big Picture", "podcast")
    kidding = [s for s in extraction.statements if "I'm kidding" in s.text]
    assert kidding and kidding[0].speaker.name == "Callum Reyes"


def test_a_title_inside_a_quotation_stays_in_it(extraction) -> None:
    movie = [s for s in extraction.statements if "Idris is the movie" in s.text]
    assert len(movie) == 1 and movie[0].speaker.name == "Callum Reyes"
    assert "without him" in movie[0].text
