"""A school-board meeting we wrote (tests/articles/marigold-school-closure.txt), read whole in
every mode; it read well, and its test keeps it so: the superintendent told the board, and
his quotation split around `Nassar said` is one statement; a parent named with a
whose-clause; the board president; a district spokesperson speaks for the district."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "marigold-school-closure.txt"
pytestmark = pytest.mark.model


def test_the_superintendent_told_the_board(extraction) -> None:
    enrollment = [s for s in extraction.statements if "fallen by a third" in s.text]
    assert enrollment and enrollment[0].speaker.name == "Farid Nassar"
    assert enrollment[0].recipient.name == "the board"
    job = [s for s in extraction.statements if s.text.startswith("Nobody in this job")]
    assert job and job[0].speaker.name == "Farid Nassar"
    assert "pretended the numbers were different" in job[0].text


def test_the_parent(extraction) -> None:
    bus = [s for s in extraction.statements if s.text.startswith("The next closest school")]
    assert bus and bus[0].speaker.name == "Lucia Fernandes"
    assert "My girls are seven" in bus[0].text


def test_the_board_president(extraction) -> None:
    january = [s for s in extraction.statements if "would not vote until January" in s.text]
    assert january and january[0].speaker.name == "Janelle Okoye"
    case = [s for s in extraction.statements if s.text.startswith("You have made your case")]
    assert case and case[0].speaker.name == "Janelle Okoye"


def test_the_spokesperson_speaks_for_the_district(extraction) -> None:
    students = [s for s in extraction.statements if "280 students" in s.text]
    assert students and students[0].speaker.name == "Dunmore Unified School District"
