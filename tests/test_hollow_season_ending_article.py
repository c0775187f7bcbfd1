"""An ending explained, which we wrote (tests/articles/hollow-season-ending.txt), read
whole in every mode: a trade interview `in November of last year`, a quotation over three
paragraphs, `She` after it (the director, not the girl her quotation names), the podcast
`Draft Zero` named after its noun, an outlet `Filmmaker Weekly` that is no filmmaker, and
the writer's reading."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "hollow-season-ending.txt"
pytestmark = pytest.mark.model


def test_three_paragraphs_one_statement(extraction) -> None:
    endings = [s for s in extraction.statements if "The first one explained everything" in s.text]
    assert len(endings) == 1 and endings[0].speaker.name == "Maya Quinn"
    assert "The third one is the one you saw" in endings[0].text
    assert endings[0].venue.name == "Filmmaker Weekly"
    assert endings[0].said_on is not None and endings[0].said_on.value == "2024-11"


def test_she_on_the_podcast_is_the_director(extraction) -> None:
    smile = [s for s in extraction.statements if "means what you need it to mean" in s.text]
    assert len(smile) == 1
    assert smile[0].source is not None and smile[0].source.text == "She"
    assert smile[0].speaker.name == "Maya Quinn"
    assert smile[0].venue is not None
    assert (smile[0].venue.name, smile[0].venue.type) == ("Draft Zero", "podcast")
    assert smile[0].recipient is not None and smile[0].recipient.name == "Leon Marsh"
    assert smile[0].said_on is not None and smile[0].said_on.value == "2025-01"


def test_the_outlet_is_no_filmmaker(extraction) -> None:
    people = {s.speaker.name for s in extraction.statements if s.speaker is not None}
    assert "Weekly" not in people
    barn = [s for s in extraction.statements if "ever alone" in s.text]
    assert barn and barn[0].speaker.name == "Maya Quinn"


def test_the_star_and_the_writers_reading(extraction) -> None:
    joy = [s for s in extraction.statements if "I played it as joy" in s.text]
    assert joy and joy[0].speaker.name == "Greta Holm"
    assert not any("relief rather than menace" in s.text for s in extraction.statements)
