"""An edited press-conference transcript, which we wrote
(tests/articles/presser-transcript-labels.txt), read whole in every mode: `PRICE:` turns
(the minister's), `REPORTER:` questions (nobody's statements), and no occasion carried into
an answer from `you said in January` inside a question."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "presser-transcript-labels.txt"
pytestmark = pytest.mark.model


def test_the_turns_are_the_ministers(extraction) -> None:
    for words in ("not good enough", "money is already in the budget", "judged at the election"):
        found = [s for s in extraction.statements if words in s.text]
        assert found and found[0].speaker.name == "Joanne Price", words


def test_no_date_from_the_question(extraction) -> None:
    budget = [s for s in extraction.statements if "money is already in the budget" in s.text]
    assert budget[0].said_on is None or budget[0].said_on.value != "2026-01"


def test_the_questions_are_no_statements(extraction) -> None:
    assert not any("Will you resign" in s.text for s in extraction.statements)


def test_after_the_conference(extraction) -> None:
    misled = [s for s in extraction.statements if "misled the public" in s.text]
    assert misled and misled[0].speaker.name == "Daniel Akande"
    distortion = [s for s in extraction.statements if "a distortion" in s.text]
    assert distortion and distortion[0].speaker.name == "Joanne Price"
