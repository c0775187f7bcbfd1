"""A leaked recording we wrote (tests/articles/tech-layoffs-leaked-audio.txt), read whole
in every mode: a chief executive's blog post and an earlier interview place her words;
an unnamed spokesman speaks for the firm; `Brightlane`, taken for a person in the
headline and a place further on, is no person."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tech-layoffs-leaked-audio.txt"
pytestmark = pytest.mark.model


def test_the_blog_post(extraction) -> None:
    hardest = [s for s in extraction.statements if "hardest of my career" in s.text]
    assert hardest and hardest[0].speaker.name == "Renee Alcott"
    assert hardest[0].venue.name == "blog post"


def test_the_earlier_interview(extraction) -> None:
    plans = [s for s in extraction.statements if "no plans for layoffs" in s.text]
    assert plans and plans[0].speaker.name == "Renee Alcott"
    assert plans[0].venue.name == "TechWire" and plans[0].said_on.value == "2027-01"


def test_the_spokesman_speaks_for_the_firm(extraction) -> None:
    authentic = [s for s in extraction.statements if "recording was authentic" in s.text]
    assert authentic and authentic[0].speaker.name == "Brightlane"


def test_the_firm_is_no_person(extraction) -> None:
    assert not any(s.speaker is not None and s.speaker.name == "Brightlane"
                   and s.speaker.type == "person" for s in extraction.statements)
