"""An arbitration ruling we wrote (tests/articles/okonkwo-doping-ruling.txt), read whole in
every mode: a dateline naming a place and its country (`LAUSANNE, Switzerland — The Court
of Arbitration for Sport on Monday upheld …`) leaves the court as who ruled, never
`Monday`; a clause inside a pair of dashes is not what the panel wrote; `the panel` is the
panel named before; the agency's name stops before its who-clause."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "okonkwo-doping-ruling.txt"
pytestmark = pytest.mark.model


def test_the_court_ruled_not_monday(extraction) -> None:
    ruling = [s for s in extraction.statements if "failed to show how" in s.text]
    assert ruling and ruling[0].source.text == "The Court of Arbitration for Sport"
    assert ruling[0].speaker.name == "Court of Arbitration for Sport"
    assert ruling[0].said_on is not None and ruling[0].said_on.value == "2026-06-01"
    names = {s.speaker.name for s in extraction.statements if s.speaker is not None}
    assert "Monday" not in names


def test_an_aside_in_dashes_is_not_what_was_written(extraction) -> None:
    assert not [s for s in extraction.statements if s.text == "she ate at a training camp"]


def test_the_panel_is_one_body(extraction) -> None:
    panels = {s.speaker.name for s in extraction.statements  # in the body, below the headline
              if s.source is not None and s.source.start > 200
              and "panel" in s.source.text.lower() and s.speaker}
    assert len(panels) <= 1
    assert "Olympic" not in {s.speaker.name for s in extraction.statements if s.speaker}


def test_the_agency_by_its_name_alone(extraction) -> None:
    strict = [s for s in extraction.statements if s.text.startswith("Strict liability")]
    assert strict and strict[0].speaker.name == "World Anti-Doping Agency"
    assert strict[0].venue.name == "statement"


def test_the_athlete_on_instagram(extraction) -> None:
    tested = [s for s in extraction.statements if s.text.startswith("I have been tested")]
    assert tested and tested[0].speaker.name == "Ada Okonkwo"
    assert (tested[0].venue.name, tested[0].venue.type) == ("Instagram", "platform")


def test_the_lawyer_outside_the_court(extraction) -> None:
    negative = [s for s in extraction.statements if s.text.startswith("The panel asked")]
    assert negative and negative[0].speaker.name == "Benedikt Sauer"
    assert negative[0].recipient.name == "reporters"
