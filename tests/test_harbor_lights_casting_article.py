"""Casting news first reported by a trade outlet, which we wrote
(tests/articles/casting-news-deadline.txt), read whole in every mode: `Deadline reported on
Monday`, the studio's statement, the director, the star `speaking at a press junket … on
Tuesday` (an event), and the original's star to a trade paper."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "casting-news-deadline.txt"
pytestmark = pytest.mark.model


def test_the_outlet_that_reported_it(extraction) -> None:
    cast = [s for s in extraction.statements if "has been cast as the lead" in s.text]
    assert cast and cast[0].speaker.name == "Deadline"
    assert cast[0].said_on is not None and cast[0].said_on.value == "2026-05-04"


def test_the_star_at_a_press_junket(extraction) -> None:
    forty = [s for s in extraction.statements if "about forty times" in s.text]
    assert len(forty) == 1
    assert forty[0].speaker.name == "Lena Park"
    assert forty[0].venue is not None and forty[0].venue.name == "press junket"
    assert forty[0].venue.type == "event" and forty[0].said_on.value == "2026-05-05"


def test_the_studio_the_director_and_the_original_star(extraction) -> None:
    steel = [s for s in extraction.statements if "the steel and warmth" in s.text]
    assert steel and steel[0].speaker.name == "Summit Arc"
    page = [s for s in extraction.statements if "from the first page" in s.text]
    assert page and page[0].speaker.name == "Tomas Reyes"
    knees = [s for s in extraction.statements if "my knees still remind me" in s.text]
    assert knees and knees[0].speaker.name == "Helen Marsh"
    assert knees[0].venue.name == "Hollywood Reporter"
