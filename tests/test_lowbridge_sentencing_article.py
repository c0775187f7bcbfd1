"""A sentencing we wrote (tests/articles/lowbridge-driver-sentenced.txt), read whole in every
mode: the daughter's statement read to the court, the defence lawyer to the court, the
judge's sentencing remarks."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "lowbridge-driver-sentenced.txt"
pytestmark = pytest.mark.model


def test_the_statement_read_to_the_court(extraction) -> None:
    ring = [s for s in extraction.statements if "expect her to ring" in s.text]
    assert ring and ring[0].speaker.name == "Karen Lewis"
    assert ring[0].venue.type == "document"


def test_the_defence(extraction) -> None:
    ashamed = [s for s in extraction.statements if "deeply ashamed" in s.text]
    assert ashamed and ashamed[0].speaker.name == "Neil Foster"
    assert ashamed[0].recipient.name == "the court"


def test_the_judge(extraction) -> None:
    choice = [s for s in extraction.statements if "paid for that choice" in s.text]
    assert choice and choice[0].speaker.name == "Miriam Oduya"
