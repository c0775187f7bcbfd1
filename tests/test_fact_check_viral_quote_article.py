"""A fact check of an invented quotation, which we wrote
(tests/articles/fact-check-viral-quote.txt), read whole in every mode: `It reads: "…"` of a
quotation going round (no one's, not the city's named before), the mayor's office denying
it, what she did say at a meeting, and a researcher."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "fact-check-viral-quote.txt"
pytestmark = pytest.mark.model


def test_the_invented_quotation_is_no_ones(extraction) -> None:
    bus = [s for s in extraction.statements if "let them take the bus" in s.text]
    assert bus and all(s.speaker is None for s in bus)


def test_what_she_did_say(extraction) -> None:
    service = [s for s in extraction.statements if "expand bus service" in s.text]
    assert service and service[0].speaker.name == "Denise Hughes"
    assert service[0].said_on is not None and service[0].said_on.value == "2026-08-26"
    assert service[0].venue is not None and service[0].venue.type == "event"


def test_the_denial_and_the_researcher(extraction) -> None:
    sort = [s for s in extraction.statements if "never said anything of the sort" in s.text]
    assert sort and sort[0].venue is not None and sort[0].venue.name == "statement"
    trick = [s for s in extraction.statements if "the whole trick" in s.text]
    assert trick and trick[0].speaker.name == "Tom Akers"
