"""A documentary maker's family, as we wrote it (tests/articles/documentary-farmer-memory.txt),
read whole in every mode: `Asked what he thought his father would say` is a question put
to him, no statement of his, and the `he said` after it is the filmmaker's, not his
father's; a father's saying quoted inside his son's quotation stays in it."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "documentary-farmer-memory.txt"
pytestmark = pytest.mark.model


def test_a_question_is_no_statement(extraction) -> None:
    assert not any(s.text == "his father would say" for s in extraction.statements)


def test_the_filmmakers_last_word(extraction) -> None:
    long = [s for s in extraction.statements if "too long" in s.text]
    assert long and long[0].speaker.name == "Tomás Reyes"


def test_the_saying_inside_the_quotation(extraction) -> None:
    land = [s for s in extraction.statements if "Never sell the land" in s.text]
    assert land and land[0].speaker.name == "Tomás Reyes"
    assert "the water ran out" in land[0].text


def test_the_sister(extraction) -> None:
    sad = [s for s in extraction.statements if "look sad" in s.text]
    assert sad and sad[0].speaker.name == "Lucía Reyes"
