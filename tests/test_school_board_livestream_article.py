"""A school board meeting, which we wrote (tests/articles/school-board-livestream.txt),
read whole in every mode: `Librarian Joy Okafor` (the role off the name), `Harper, who
said`, a student's words after a colon, and the president's request (no statement)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "school-board-livestream.txt"
pytestmark = pytest.mark.model


def test_the_librarian_by_her_name(extraction) -> None:
    hiding = [s for s in extraction.statements if "We are not hiding anything" in s.text]
    assert hiding and hiding[0].speaker.name == "Joy Okafor"
    process = [s for s in extraction.statements if "used rarely, and carefully" in s.text]
    assert process and process[0].speaker.name == "Joy Okafor"


def test_the_president_and_the_student(extraction) -> None:
    record = [s for s in extraction.statements if "read into the record" in s.text]
    assert record and record[0].speaker.name == "Linda Harper"
    deciding = [s for s in extraction.statements if "deciding for us" in s.text]
    assert deciding and deciding[0].speaker.name == "Aiden Cruz"
    assert not any(s.text.strip(' ."') == "keep it civil" for s in extraction.statements)
