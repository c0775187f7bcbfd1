"""A town hall on library cuts we wrote (tests/articles/city-budget-town-hall.txt), read
whole in every mode: residents told the council; a councilmember's who-clause is part of
her mention; the finance director's label for the proposal is his."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "city-budget-town-hall.txt"
pytestmark = pytest.mark.model


def test_the_retired_teacher_told_the_council(extraction) -> None:
    door = [s for s in extraction.statements if "closing a door" in s.text]
    assert door and door[0].speaker.name == "Harold Finch"
    assert door[0].recipient.name == "the council"


def test_the_finance_directors_label(extraction) -> None:
    painful = [s for s in extraction.statements if "least painful" in s.text]
    assert painful and painful[0].speaker.name == "Paul Whitaker"


def test_the_library_director(extraction) -> None:
    support = [s for s in extraction.statements if "overwhelmed by the support" in s.text]
    assert support and support[0].speaker.name == "Susan Park"
    assert support[0].source.text.startswith("Library director Susan Park")
