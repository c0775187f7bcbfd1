"""Stalled transit talks we wrote (tests/articles/transit-strike-negotiations.txt), read
whole in every mode: `Subway` in the headline, lower case everywhere below, is no body for
`The union` to mean; the mayor's post on X keeps its quotation to the close; a chairman
told reporters at a briefing on a Monday."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "transit-strike-negotiations.txt"
pytestmark = pytest.mark.model


def test_a_headline_word_is_no_body(extraction) -> None:
    assert not any(s.speaker is not None and s.speaker.name == "Subway"
                   for s in extraction.statements)


def test_the_mayors_post(extraction) -> None:
    riders = [s for s in extraction.statements if "no one wins a strike" in s.text]
    assert riders and riders[0].speaker.name == "Karen Liu"
    assert "least of all riders" in riders[0].text
    assert riders[0].venue.name == "X"


def test_the_chairman_at_the_briefing(extraction) -> None:
    illegal = [s for s in extraction.statements if "illegal and irresponsible" in s.text]
    assert illegal and illegal[0].speaker.name == "Gordon Pike"
    assert illegal[0].recipient.name == "reporters" and illegal[0].said_on.value == "2027-04-26"


def test_the_union_president(extraction) -> None:
    trains = [s for s in extraction.statements if "the trains don't run" in s.text]
    assert trains and trains[0].speaker.name == "Rosa Delgado"
