"""A state news agency's report we wrote (tests/articles/kestova-port-explosion.txt), read
whole in every mode: `KNA quoted Dulat as saying …` are Dulat's words in KNA; a worker who
`gave his name only as Timur` is Timur, and so is the `he` after him."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "kestova-port-explosion.txt"
pytestmark = pytest.mark.model


def test_quoted_as_saying(extraction) -> None:
    expense = [s for s in extraction.statements if "spare no expense" in s.text]
    assert expense and expense[0].speaker.name == "Arman Dulat"
    assert expense[0].venue.name == "KNA"


def test_the_worker_by_the_name_he_gave(extraction) -> None:
    window = [s for s in extraction.statements if "broke every window" in s.text]
    assert window and window[0].speaker is not None and window[0].speaker.name == "Timur"
    assert window[0].venue.name == "Associated Press"
