"""An open letter we wrote (tests/articles/scientists-open-letter.txt), read whole in every
mode: the letter speaks for no one person, and `The letter, published on Monday,` is no
speaker's name; a firm's statement and its chief executive's earlier interview."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "scientists-open-letter.txt"
pytestmark = pytest.mark.model


def test_the_letter_is_no_speaker(extraction) -> None:
    loss = [s for s in extraction.statements if "irreversible loss" in s.text]
    assert loss and loss[0].speaker is None
    assert loss[0].venue.name == "letter"


def test_the_firms_statement(extraction) -> None:
    limited = [s for s in extraction.statements if "limited and localised" in s.text
               and s.speaker is not None and s.speaker.name == "Abyssal Metals"]
    assert limited and limited[0].venue.name == "statement"


def test_the_chief_executive_last_month(extraction) -> None:
    damaging = [s for s in extraction.statements if "least damaging way" in s.text]
    assert damaging and damaging[0].speaker.name == "Gerard Fontaine"
    assert damaging[0].venue.name == "Reuters" and damaging[0].said_on.value == "2026-05"
