"""A festival screening's question-and-answer session we wrote
(tests/articles/festival-screening-qa.txt), read whole in every mode: a critic's review
for a named outlet is published there; the writer's guess (`It seems the director's
accident …`) is nobody's statement; a Saturday-night answer is dated."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "festival-screening-qa.txt"
pytestmark = pytest.mark.model


def test_the_critics_review(extraction) -> None:
    brave = [s for s in extraction.statements if "bravest thing in the festival" in s.text]
    assert brave and brave[0].speaker.name == "Paul Dumont"
    assert (brave[0].venue.name, brave[0].venue.type) == ("Cinéfilo", "outlet")


def test_the_writers_guess_is_nobodys(extraction) -> None:
    assert not any("may become the film's signature" in s.text for s in extraction.statements)


def test_the_directors_last_answer(extraction) -> None:
    sea = [s for s in extraction.statements if s.text.startswith("Ask the sea")]
    assert sea and sea[0].speaker.name == "Inês Carvalho"
    assert sea[0].said_on.value == "2026-09-12"


def test_the_actor_told_the_crowd(extraction) -> None:
    survived = [s for s in extraction.statements if "I thought I survived" in s.text]
    assert survived and survived[0].speaker.name == "Rui Mendes"
    assert survived[0].recipient.name == "the crowd"
