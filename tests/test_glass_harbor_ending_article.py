"""An ending explained, which we wrote (tests/articles/glass-harbor-ending-explained.txt), read
whole in every mode: a quotation set out over two paragraphs after `Orlov explained her
thinking at length in a conversation with critic Sam Reed at the Tribeca Festival in June
of last year.` is hers, placed and dated there; the writer's `Perhaps Orlov meant …` is an
interpretation, not her words; the headline's `ending explained:` is no statement;
`told the screenwriting podcast Draft Day, hosted by Lena Marsh,` names the podcast."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "glass-harbor-ending-explained.txt"
pytestmark = pytest.mark.model


def test_the_quotation_over_two_paragraphs(extraction) -> None:
    decision = [s for s in extraction.statements if "It's a decision." in s.text]
    assert decision and decision[0].speaker.name == "Nadia Orlov"
    assert "lets it go out for herself" in decision[0].text
    assert decision[0].venue.name == "Tribeca Festival" and decision[0].said_on.value == "2025-06"


def test_the_writers_reading_is_no_statement(extraction) -> None:
    assert not any("chooses herself over her duty" in s.text for s in extraction.statements)
    assert any("chooses herself" in i.span.text for i in extraction.interpretations)


def test_the_headline_formula(extraction) -> None:
    assert not any(s.cue is not None and s.cue.text == "explained" and s.source is not None
                   and "ending" in s.source.text for s in extraction.statements)


def test_the_podcast(extraction) -> None:
    sad = [s for s in extraction.statements if "makes me sad" in s.text]
    assert sad and sad[0].venue.name == "Draft Day" and sad[0].venue.type == "podcast"
    assert sad[0].recipient.name == "Lena Marsh" and sad[0].said_on.value == "2026-01"
