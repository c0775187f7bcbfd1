"""An oral argument before a high court we wrote (tests/articles/court-oral-argument.txt),
read whole in every mode: whom a lawyer argues for (`arguing for the town of Pell Lake`)
is a side in the case, not a statement; `A decision is expected by June` names no
speaker; a justice's words and a lawyer's reply to the court keep their speakers."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "court-oral-argument.txt"
pytestmark = pytest.mark.model


def test_the_side_argued_for_is_no_statement(extraction) -> None:
    assert not any(s.cue is not None and s.cue.text.lower() == "arguing for"
                   for s in extraction.statements)
    assert not any(s.text in ("the homeowners", "the town of Pell Lake")
                   for s in extraction.statements)


def test_a_month_is_no_speaker(extraction) -> None:
    assert not any(s.speaker is not None and s.speaker.name == "June"
                   for s in extraction.statements)


def test_the_lawyer_told_the_court(extraction) -> None:
    decided = [s for s in extraction.statements if "Pell Lake decided" in s.text]
    assert decided and decided[0].speaker.name == "Martin Greaves"
    assert decided[0].recipient.name == "the court"


def test_the_justice_on_zoning_law(extraction) -> None:
    ordinary = [s for s in extraction.statements if "most ordinary thing in zoning law" in s.text]
    assert ordinary and ordinary[0].speaker.name == "Samuel Ortiz"
