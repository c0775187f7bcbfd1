"""A school phone ban we wrote (tests/articles/school-phone-ban.txt), read whole in every
mode: a teacher and a student named with who they are; a superintendent told the school
board on a Tuesday; a parent's question is no statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "school-phone-ban.txt"
pytestmark = pytest.mark.model


def test_the_teacher(extraction) -> None:
    lunch = [s for s in extraction.statements if "talking to each other at lunch" in s.text]
    assert lunch and lunch[0].speaker.name == "Megan Ortiz"


def test_the_superintendent_to_the_board(extraction) -> None:
    referrals = [s for s in extraction.statements if "disciplinary referrals" in s.text]
    assert referrals and referrals[0].speaker.name == "Raymond Cole"
    assert referrals[0].recipient.name == "the school board"
    assert referrals[0].said_on.value == "2026-12-01"


def test_a_question_is_no_statement(extraction) -> None:
    assert not any("if there's an emergency" in s.text for s in extraction.statements)
