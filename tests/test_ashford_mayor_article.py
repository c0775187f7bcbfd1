"""A mayor's resignation letter we wrote (tests/articles/ashford-mayor-resigns.txt), read
whole in every mode: what she blamed keeps the quotation mark the parse hung elsewhere; her
letter to council members; her critic to reporters."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ashford-mayor-resigns.txt"
pytestmark = pytest.mark.model


def test_what_she_blamed_keeps_its_marks(extraction) -> None:
    poisoned = [s for s in extraction.statements if "poisoned atmosphere at City Hall" in s.text]
    assert poisoned and poisoned[0].speaker.name == "Linda Carver"
    assert poisoned[0].text.startswith('"a poisoned atmosphere')
    assert poisoned[0].venue.name == "two-page letter"


def test_the_letter(extraction) -> None:
    everything = [s for s in extraction.statements if "everything I have" in s.text]
    assert everything and everything[0].speaker.name == "Linda Carver"
    assert everything[0].recipient.name == "council members"


def test_the_critic(extraction) -> None:
    honest = [s for s in extraction.statements if "It was honest" in s.text]
    assert honest and honest[0].speaker.name == "Marcus Webb"
