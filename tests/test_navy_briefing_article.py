"""A defence briefing we wrote (tests/articles/defense-briefing-anonymous.txt), read whole
in every mode: an admiral told reporters on a Wednesday; an official speaking on
condition of anonymity, and `The official` after, are nobody named; the press secretary
who declined to say one thing said another."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "defense-briefing-anonymous.txt"
pytestmark = pytest.mark.model


def test_the_admiral(extraction) -> None:
    fire = [s for s in extraction.statements if "fire was out" in s.text]
    assert fire and fire[0].speaker.name == "Karen Whitfield"
    assert fire[0].recipient.name == "reporters"
    assert fire[0].said_on.value == "2027-03-31"


def test_the_anonymous_official(extraction) -> None:
    yemen = [s for s in extraction.statements if "coast of Yemen" in s.text]
    assert yemen and yemen[0].speaker is None
    early = [s for s in extraction.statements if "too early to say" in s.text]
    assert early and early[0].speaker is None


def test_the_press_secretary(extraction) -> None:
    table = [s for s in extraction.statements if "on the table" in s.text]
    assert table and table[0].speaker.name == "Dylan Ortiz"
