"""A palace statement we wrote (tests/articles/maribel-royal-statement.txt), read whole in
every mode: `the palace` is Ravensholm Palace, named before it; the anonymous friend is
nobody named; the princess's words ran in the outlet she told last year."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "maribel-royal-statement.txt"
pytestmark = pytest.mark.model


def test_the_palace_is_the_one_named(extraction) -> None:
    advised = [s for s in extraction.statements if "advised by his doctors" in s.text]
    assert advised and advised[0].speaker.name == "Ravensholm Palace"
    assert advised[0].venue.type == "document"


def test_the_anonymous_friend(extraction) -> None:
    empty = [s for s in extraction.statements if "running on empty" in s.text]
    assert empty and empty[0].speaker is None


def test_the_princess_last_year(extraction) -> None:
    spare = [s for s in extraction.statements if "happy to be the spare" in s.text]
    assert spare and spare[0].speaker.name == "Maribel"
    assert spare[0].venue.name == "Ravensholm Herald"
    assert spare[0].said_on.value == "2025"
