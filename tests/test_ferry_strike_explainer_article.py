"""An explainer with question headings we wrote (tests/articles/ferry-strike-what-we-know.txt),
read whole in every mode: its headings are questions, no one's statements; `the operator
said` is Solway Ferries, named as `the operator, Solway Ferries,` before; the organiser's
words are dated to Sunday."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ferry-strike-what-we-know.txt"
pytestmark = pytest.mark.model


def test_question_headings_are_no_statements(extraction) -> None:
    assert not [s for s in extraction.statements if s.text.rstrip().endswith("?")]


def test_the_operator_is_the_firm_named_beside_it(extraction) -> None:
    talks = [s for s in extraction.statements if "talks could resume" in s.text]
    assert talks and talks[0].speaker is not None
    assert talks[0].speaker.name == "Solway Ferries"


def test_the_organiser_on_sunday(extraction) -> None:
    tired = [s for s in extraction.statements if "Tired crews" in s.text]
    assert tired and tired[0].speaker.name == "Declan Moss"
    assert tired[0].said_on.value == "2026-08-23"


def test_the_managing_directors_statement(extraction) -> None:
    damaging = [s for s in extraction.statements if "deeply damaging" in s.text]
    assert damaging and damaging[0].speaker.name == "Helen Strachan"
    assert damaging[0].venue.name == "statement"
