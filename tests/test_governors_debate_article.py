"""A debate recap we wrote (tests/articles/governors-debate-recap.txt), read whole in every
mode: `Democrat Sofia Reyes` is a person named after her party, so `Reyes said` is her;
her answer went to the moderator who asked; her closing question is no statement; the
unnamed adviser is nobody named."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "governors-debate-recap.txt"
pytestmark = pytest.mark.model


def test_the_democrat_by_her_full_name(extraction) -> None:
    tax = [s for s in extraction.statements if "without raising a single tax" in s.text]
    assert tax and tax[0].speaker.name == "Sofia Reyes"
    assert tax[0].recipient.name == "the moderator"
    fallen = [s for s in extraction.statements if "fallen for three straight years" in s.text]
    assert fallen and fallen[0].speaker.name == "Sofia Reyes"


def test_her_question_is_no_statement(extraction) -> None:
    assert not [s for s in extraction.statements if "are we getting" in s.text]


def test_the_republican(extraction) -> None:
    safe = [s for s in extraction.statements if "do not feel safe" in s.text]
    assert safe and safe[0].speaker.name == "Dale Whitaker"


def test_the_anonymous_adviser(extraction) -> None:
    substance = [s for s in extraction.statements if "won on substance" in s.text]
    assert substance and substance[0].speaker is None
