"""Letters to the editor, which we wrote (tests/articles/letters-to-the-editor.txt), read
whole in every mode: readers quoting what the paper reported a councillor and a council
spokesman said, each letter signed below; nobody's words given to a letter's signature."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "letters-to-the-editor.txt"
pytestmark = pytest.mark.model


def test_the_spokesman_told_the_reporter(extraction) -> None:
    cost = [s for s in extraction.statements if "does not justify the cost" in s.text]
    assert len(cost) == 1
    assert cost[0].source.text == "The council's spokesman"
    assert cost[0].recipient is not None and cost[0].recipient.name == "your reporter"


def test_no_signature_spoke(extraction) -> None:
    # a letter's signature line is its writer, not a quotation's speaker
    assert not [s for s in extraction.statements
                if s.speaker is not None and s.speaker.name in ("Margaret Ellis", "Ann Whitby")]
