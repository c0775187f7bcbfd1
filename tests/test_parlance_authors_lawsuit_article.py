"""Novelists suing a chatbot maker, which we wrote (tests/articles/ai-chatbot-lawsuit.txt),
read whole in every mode: the complaint, a plaintiff at a press conference, the company's
chief executive in a blog post last year, and a law professor."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ai-chatbot-lawsuit.txt"
pytestmark = pytest.mark.model


def test_the_complaint_and_the_plaintiff(extraction) -> None:
    pirated = [s for s in extraction.statements if "pirated books" in s.text]
    assert pirated and pirated[0].venue is not None and pirated[0].venue.name == "complaint"
    copy = [s for s in extraction.statements if "a few seconds to copy" in s.text]
    assert copy and copy[0].speaker.name == "Rachel Imani"
    assert copy[0].venue is not None and copy[0].venue.name == "press conference"


def test_the_chief_executive_last_year(extraction) -> None:
    lawful = [s for s in extraction.statements if "transformative, lawful" in s.text]
    assert len(lawful) == 1
    assert lawful[0].speaker.name == "Daniel Kwan"
    assert lawful[0].venue.name == "blog post" and lawful[0].said_on.value == "2025"


def test_the_professor(extraction) -> None:
    piracy = [s for s in extraction.statements if "piracy is a different question" in s.text]
    assert piracy and piracy[0].speaker.name == "Priya Menon"
