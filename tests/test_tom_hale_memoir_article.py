"""A memoir excerpt we wrote (tests/articles/tom-hale-memoir-excerpt.txt), read whole in
every mode: `called him back` is a call, not words; `Lindholm, reached by email,` speaks
as Lindholm (the participle is no part of the source); the excerpt ran in Vanity Fair."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tom-hale-memoir-excerpt.txt"
pytestmark = pytest.mark.model


def test_a_call_back_is_no_statement(extraction) -> None:
    assert not any("him back the next day" in s.text for s in extraction.statements)


def test_reached_by_email(extraction) -> None:
    well = [s for s in extraction.statements if "remembered the audition well" in s.text]
    assert well and well[0].speaker.name == "Ava Lindholm"
    assert well[0].source.text == "Lindholm"


def test_the_excerpt(extraction) -> None:
    insurance = [s for s in extraction.statements if "selling insurance" in s.text]
    for statement in insurance:  # (the rules read no `describes`)
        assert statement.speaker.name == "Tom Hale" and statement.venue.name == "Vanity Fair"
    wrong = [s for s in extraction.statements if "commit so completely" in s.text]
    assert wrong and wrong[0].speaker.name == "Tom Hale"
