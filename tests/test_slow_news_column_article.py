"""An opinion column we wrote (tests/articles/slow-news-column.txt), read whole in every
mode: `There is an old newsroom saying that "no news is good news"` is a saying, nobody's
statement; `the so-called "silly season"` is no quotation; the writer's own `I say:` keeps
no venue of the author quoted before it; the psychologist's words ran in her book."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "slow-news-column.txt"
pytestmark = pytest.mark.model


def test_a_saying_is_no_statement(extraction) -> None:
    assert not [s for s in extraction.statements if "no news is good news" in s.text]


def test_scare_quotes_are_no_quotation(extraction) -> None:
    assert not [s for s in extraction.statements if s.text.strip(' ,."') == "silly season"]


def test_the_writers_own_words_keep_no_venue(extraction) -> None:
    celebrate = [s for s in extraction.statements if "let us celebrate" in s.text]
    for statement in celebrate:
        assert statement.venue is None


def test_the_psychologists_book(extraction) -> None:
    attention = [s for s in extraction.statements if "attention is not infinite" in s.text]
    assert attention and attention[0].speaker.name == "Ana Lindqvist"
    assert attention[0].venue.type == "document"


def test_the_colleague_told_the_writer(extraction) -> None:
    parrot = [s for s in extraction.statements if "parrot story" in s.text]
    assert parrot and parrot[0].speaker.name == "Sam Ortiz"
