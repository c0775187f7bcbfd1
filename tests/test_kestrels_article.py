"""One sports article we wrote (tests/articles/kestrels-coach-exit.txt), read whole in every
mode: a byline's date dates the article; so-called quotation marks quote nobody; a group
named in apposition is the speaker; a book title and declined speech are not statements."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from article_reading import by_source

from onrecord import extract

ARTICLE = Path(__file__).resolve().parent / "articles" / "kestrels-coach-exit.txt"
pytestmark = pytest.mark.model


def test_the_bylines_date_places_the_interview(extraction) -> None:
    assert extraction.article.published == date(2025, 10, 3)  # "By Tobias Wren | October 3, 2025"
    interview, quoted = by_source(extraction, "Lind")[0], by_source(extraction, "he")[0]
    for statement in (interview, quoted):  # "on Friday", and carried to "he said"
        assert statement.speaker.name == "Oskar Lind"
        assert (statement.venue.name, statement.said_on.value) == ("Ashford Courier", "2025-10-03")


def test_so_called_marks_quote_nobody(extraction) -> None:
    scare = [s for s in extraction.statements if "summer of sales" in s.text]
    assert scare and all(s.kind == "indirect" for s in scare)
    coach = by_source(extraction, "the coach")[0]
    assert coach.kind == "mixed"  # "a fair chance to rebuild" is her words
    assert (coach.speaker.name, coach.recipient.name) == ("Maren Holt", "reporters")


def test_not_statements(extraction) -> None:
    said = [s.text for s in extraction.statements]
    assert "Full Time" not in said  # the memoir's title
    assert not any(s.cue is not None and s.cue.text.startswith("declined")
                   for s in extraction.statements)


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_a_group_named_in_apposition_speaks(mode: str) -> None:
    found = extract(ARTICLE.read_text(encoding="utf-8"), model=mode)
    protest = [s for s in found.statements if "protest" in s.text]
    assert protest and protest[0].speaker.name == "Kestrel Nest"
    assert (protest[0].venue.name, protest[0].venue.type) == ("X", "platform")
