"""A cancelled series we wrote (tests/articles/tv-cancellation-showrunner.txt), read whole
in every mode: `thanked fans in a video posted to X. "You showed up …," Lyle said in the
video. "That means …"`, where the tokenizer reads `X.` as an initial: the quotation is
Lyle's, both parts of it, and none of the sentence before; the platform is `X`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tv-cancellation-showrunner.txt"
pytestmark = pytest.mark.model


def test_the_actors_video(extraction) -> None:
    week = [s for s in extraction.statements if "every single week" in s.text]
    assert week and week[0].speaker.name == "Marcus Lyle"
    assert week[0].kind == "direct"
    assert "thanked fans" not in week[0].text
    assert "That means more than you know" in week[0].text
    assert not any(s.venue is not None and s.venue.name == "X." for s in extraction.statements)


def test_the_showrunner_on_instagram(extraction) -> None:
    ending = [s for s in extraction.statements if "We had an ending" in s.text]
    assert ending and ending[0].speaker.name == "Camille Dorsey"
    assert ending[0].venue.name == "Instagram"


def test_the_studio_statement(extraction) -> None:
    proud = [s for s in extraction.statements if "incredibly proud" in s.text]
    assert proud and proud[0].speaker.name == "Vantage"
    assert proud[0].venue.name == "statement"


def test_an_interview_last_year(extraction) -> None:
    renewal = [s for s in extraction.statements if "one renewal away" in s.text]
    assert renewal and renewal[0].venue.name == "Deadline"
    assert renewal[0].said_on.value == "2025"
