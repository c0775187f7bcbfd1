"""A memoir review we wrote (tests/articles/harrowgate-memoir-review.txt), read whole in every
mode: what the author `writes` in her book is hers, as is what she said in an interview
last month; `A spokesman for the welders' union` speaks for that union."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "harrowgate-memoir-review.txt"
pytestmark = pytest.mark.model


def test_what_she_writes(extraction) -> None:
    sun = [s for s in extraction.statements if s.text.startswith("The light was so bright")]
    assert sun and sun[0].speaker.name == "Brenda Harrowgate"
    assert sun[0].cue.text == "writes"
    wrong = [s for s in extraction.statements if s.text.startswith("They were wrong about that")]
    assert wrong and wrong[0].speaker.name == "Brenda Harrowgate"


def test_the_interview_last_month(extraction) -> None:
    ships = [s for s in extraction.statements if s.text.startswith("I told him I built ships")]
    assert ships and ships[0].speaker.name == "Brenda Harrowgate"
    assert ships[0].said_on is not None and ships[0].said_on.value == "2026-03"


def test_the_unions_spokesman(extraction) -> None:
    respect = [s for s in extraction.statements if "nothing but respect" in s.text]
    assert respect and respect[0].speaker.name == "welders' union"
