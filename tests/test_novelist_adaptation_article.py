"""A novelist on her book's film, as we wrote it (tests/articles/novelist-adaptation-interview.txt),
read whole in every mode: `Berg called Sorel "the most generous author a director could hope
to work with."`, parsed to stop at `author`, keeps the quotation to its close; `a statement
released by the studio` names who issued it, not a listener; a talk `last month` is dated."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "novelist-adaptation-interview.txt"
pytestmark = pytest.mark.model


def test_the_quotation_kept_to_its_close(extraction) -> None:
    generous = [s for s in extraction.statements if "most generous author" in s.text]
    assert generous and generous[0].speaker.name == "Tomas Berg"
    assert "could hope to work with" in generous[0].text
    assert generous[0].venue.name == "statement" and generous[0].recipient is None


def test_over_coffee_last_month(extraction) -> None:
    kettle = [s for s in extraction.statements if "exact kettle" in s.text]
    assert kettle and kettle[0].speaker.name == "Nadia Sorel"
    assert kettle[0].said_on.value == "2026-12"
