"""A health inspection we wrote (tests/articles/kestrel-diner-inspection.txt), read whole
in every mode: the report is nobody named and dated to its release; the owner's words ran
in the paper he told; a regular's who-clause is his."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "kestrel-diner-inspection.txt"
pytestmark = pytest.mark.model


def test_the_report(extraction) -> None:
    closed = [s for s in extraction.statements if "ordered to close" in s.text]
    assert closed and closed[0].speaker is None
    assert closed[0].venue.type == "document"
    assert closed[0].said_on.value == "2026-06-17"


def test_the_owner_to_the_paper(extraction) -> None:
    back = [s for s in extraction.statements if "we will be back" in s.text]
    assert back and back[0].speaker.name == "Gus Papadakis"
    assert back[0].venue.name == "Kestrel Daily"


def test_the_regular(extraction) -> None:
    sunday = [s for s in extraction.statements if "every Sunday since 1998" in s.text]
    assert sunday and sunday[0].speaker.name == "Tom Fenwick"
