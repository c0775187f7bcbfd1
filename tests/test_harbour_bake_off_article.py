"""A baking show's semi-final, which we wrote (tests/articles/cooking-show-judges.txt), read
whole in every mode: a contestant known by her first name alone (`Priya`, tagged a place,
a person and a body in turn), to whom a judge speaks and who speaks after (`she said`);
`A spokesperson for the channel`, who is nobody named (not Priya)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "cooking-show-judges.txt"
pytestmark = pytest.mark.model


def test_the_judge_speaks_to_the_contestant(extraction) -> None:
    flavour = [s for s in extraction.statements if "That flavour was extraordinary" in s.text]
    assert len(flavour) == 1
    assert flavour[0].speaker.name == "Ada Olsen"
    assert flavour[0].venue is None  # Priya is no outlet
    assert flavour[0].recipient is not None and flavour[0].recipient.name == "Priya"


def test_the_contestant_speaks(extraction) -> None:
    over = [s for s in extraction.statements if "Of course it fell over" in s.text]
    assert over and over[0].speaker is not None and over[0].speaker.name == "Priya"


def test_the_channels_spokesperson_is_not_the_contestant(extraction) -> None:
    final = [s for s in extraction.statements if "decisions were final" in s.text]
    assert final and (final[0].speaker is None or final[0].speaker.name != "Priya")
