"""A heat warning we wrote (tests/articles/heatwave-warning.txt), read whole in every mode:
`"Heat kills quietly," she wrote on X. "Check on your neighbours."` is one post of the
minister's, both sentences, where the tokenizer keeps the full stop with `X`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "heatwave-warning.txt"
pytestmark = pytest.mark.model


def test_the_ministers_post(extraction) -> None:
    heat = [s for s in extraction.statements if "Heat kills quietly" in s.text]
    assert heat and heat[0].speaker.name == "Elena Vidal"
    assert "Check on your neighbours" in heat[0].text
    assert (heat[0].venue.name, heat[0].venue.type) == ("X", "platform")


def test_the_spokesman_at_the_briefing(extraction) -> None:
    record = [s for s in extraction.statements if "break the national record" in s.text]
    assert record and record[0].speaker.name == "Rubén del Campo"


def test_the_scientist_and_her_pronoun(extraction) -> None:
    likely = [s for s in extraction.statements if "ten times more likely" in s.text]
    assert likely and likely[0].speaker.name == "Laura Pérez"
