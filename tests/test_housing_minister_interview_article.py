"""A question-and-answer interview with no turn labels, which we wrote
(tests/articles/housing-minister-interview-qa.txt), read whole in every mode: after the
writer's note that `The interview has been edited for length.`, the paragraphs are the
interviewer's questions (ending with `?`, or a short prompt after an answer) and the
minister's answers, each answer her statement; what the questions ask is no statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "housing-minister-interview-qa.txt"
pytestmark = pytest.mark.model


def test_each_answer_is_the_ministers(extraction) -> None:
    for words in ("Planning decisions that took two years", "40,000 new training places",
                  "why we haven't built enough"):
        answers = [s for s in extraction.statements if words in s.text and s.kind == "direct"]
        assert len(answers) == 1, words
        assert answers[0].speaker is not None and answers[0].speaker.name == "Grace Adeyemi"


def test_the_questions_are_no_statements(extraction) -> None:
    assert not [s for s in extraction.statements if "believe the target now" in s.text]
    assert not [s for s in extraction.statements if s.text.startswith("The figures went")]


def test_a_report_inside_an_answer_stands_beside_it(extraction) -> None:
    courses = [s for s in extraction.statements if s.text.startswith("she'd been turned down")]
    assert courses and courses[0].source.text == "One of them"
