"""A memoir's publication we wrote (tests/articles/memoir-excerpt-actress.txt), read whole in
every mode: `In her memoir, "Second Takes," published on Tuesday` names a book, which is
no quotation and is where what she writes is written; an interview the day before."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "memoir-excerpt-actress.txt"
pytestmark = pytest.mark.model


def test_the_title_is_no_quotation(extraction) -> None:
    assert not any(s.text.strip(' ,"') == "Second Takes" for s in extraction.statements)


def test_the_book_is_where_she_writes(extraction) -> None:
    catering = [s for s in extraction.statements if "career in catering" in s.text]
    assert catering and catering[0].speaker.name == "Vivian Cole"
    assert (catering[0].venue.name, catering[0].venue.type) == ("Second Takes", "document")


def test_the_interview(extraction) -> None:
    therapy = [s for s in extraction.statements if "cheaper than therapy" in s.text]
    assert therapy and therapy[0].venue.name == "The Morning Ledger"
    assert therapy[0].said_on.value == "2026-04-06"
