"""An edited interview transcript we wrote (tests/articles/animator-qa-transcript.txt), read
whole in every mode: each labelled answer (`Ito: …`) is the director's, whole, and the
interviewer's questions (`Q: …`) are nobody's statements."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "animator-qa-transcript.txt"
pytestmark = pytest.mark.model


def test_each_answer_is_hers(extraction) -> None:
    for words in ("the wobble is the point", "Six years", "I would rather not say"):
        answer = [s for s in extraction.statements if words in s.text]
        assert answer and answer[0].speaker.name == "Hana Ito", words
    leaves = [s for s in extraction.statements if "Six years" in s.text]
    assert "angry messages about the leaves" in leaves[0].text


def test_the_questions_are_no_statements(extraction) -> None:
    assert not any("Why draw everything by hand" in s.text or "How long did it take" in s.text
                   for s in extraction.statements)


def test_the_producer(extraction) -> None:
    remake = [s for s in extraction.statements if "remake the film" in s.text]
    assert remake and remake[0].speaker.name == "Kenji Mori"
