"""A band's break-up we wrote (tests/articles/lanterns-break-up.txt), read whole in every
mode: the joint statement on Sunday, the singer on X, the drummer on the radio on Monday."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "lanterns-break-up.txt"
pytestmark = pytest.mark.model


def test_the_joint_statement(extraction) -> None:
    splitting = [s for s in extraction.statements if "splitting up" in s.text]
    assert splitting and splitting[0].venue.name == "joint statement"
    assert splitting[0].said_on.value == "2026-11-01"


def test_the_singer_on_x(extraction) -> None:
    relieved = [s for s in extraction.statements if "a little relieved" in s.text]
    assert relieved and relieved[0].speaker.name == "Rosie Clarke"
    assert relieved[0].venue.name == "X"


def test_the_drummer_on_the_radio(extraction) -> None:
    row = [s for s in extraction.statements if "no big row" in s.text]
    assert row and row[0].speaker.name == "Tom Birch"
    assert row[0].venue.name == "BBC Radio Manchester" and row[0].said_on.value == "2026-11-02"
