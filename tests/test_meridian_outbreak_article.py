"""One public-health story we wrote (tests/articles/meridian-outbreak-health.txt), read whole
in every mode: `the letter said` is the superintendent who wrote the letter; a dateline
opens neither a source nor a content; a transcript is a document."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "meridian-outbreak-health.txt"
pytestmark = pytest.mark.model


def test_the_letter_speaks_for_its_writer(extraction) -> None:
    safe = [s for s in extraction.statements if "keep every child safe" in s.text]
    assert safe and safe[0].source.text == "the letter"
    assert safe[0].speaker.name == "Raymond Obi"
    assert (safe[0].venue.name, safe[0].venue.type) == ("letter", "document")


def test_the_dateline_is_nobodys(extraction) -> None:
    confirmed = [s for s in extraction.statements if s.text.startswith("23 children had caught")]
    assert confirmed and confirmed[0].source.text == "State health officials"
    assert confirmed[0].said_on is not None and confirmed[0].said_on.value == "2026-01-13"


def test_the_epidemiologist(extraction) -> None:
    child = [s for s in extraction.statements if "one unvaccinated child" in s.text]
    assert child and child[0].speaker.name == "Helen Achterberg"
    rates = [s for s in extraction.statements if "fallen below 85 percent" in s.text]
    assert rates and rates[0].speaker.name == "Helen Achterberg"
    assert rates[0].recipient.name == "reporters"


def test_a_transcript_is_a_document(extraction) -> None:
    transcript = [s for s in extraction.statements
                  if s.source is not None and s.source.text == "a transcript of the board meeting"]
    assert transcript and (transcript[0].venue.name, transcript[0].venue.type) == (
        "transcript", "document")
    reopening = [s for s in extraction.statements
                 if s.speaker is not None and s.speaker.name == "Raymond Obi"
                 and "reopening the question" in s.text]
    assert reopening
