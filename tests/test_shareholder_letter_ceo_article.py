"""A chief executive's letter to shareholders, which we wrote
(tests/articles/shareholder-letter-ceo.txt), read whole in every mode: the letter as the
venue with its readers, analysts' note to clients, an analyst by name and a union
organiser."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "shareholder-letter-ceo.txt"
pytestmark = pytest.mark.model


def test_the_letter(extraction) -> None:
    better = [s for s in extraction.statements if "build them better" in s.text]
    assert better and better[0].speaker.name == "Helen Osei"
    assert better[0].venue is not None and better[0].venue.type == "document"
    assert better[0].recipient is not None and better[0].recipient.name == "shareholders"
    assert better[0].said_on is not None and better[0].said_on.value == "2026-02-27"


def test_the_analysts(extraction) -> None:
    note = [s for s in extraction.statements if "sensible but unexciting" in s.text]
    assert note and note[0].speaker.name == "Carlow Securities"
    assert note[0].venue is not None and note[0].venue.name == "note"
    adds = [s for s in extraction.statements if "adds up" in s.text]
    assert adds and adds[0].speaker.name == "Mira Patel"


def test_the_union(extraction) -> None:
    families = [s for s in extraction.statements if "Three hundred families" in s.text]
    assert families and families[0].speaker.name == "Tom Reilly"
