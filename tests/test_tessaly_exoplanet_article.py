"""One science story we wrote (tests/articles/tessaly-exoplanet-study.txt), read whole in
every mode: a hyphenated surname alone is the full name met before; an agency named after
a comma, though the parse hangs the name on the word before it; a press release after a
description in quotation marks is where the words were given, for both joined verbs."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tessaly-exoplanet-study.txt"
pytestmark = pytest.mark.model


def test_a_hyphenated_surname_alone(extraction) -> None:
    cautioned = [s for s in extraction.statements if "did not mean the planet" in s.text]
    assert cautioned and cautioned[0].source.text == "Halvorsen-Maku"
    assert cautioned[0].speaker.name == "Ingrid Halvorsen-Maku"
    publish = [s for s in extraction.statements if "publish its data" in s.text]
    assert publish and publish[0].speaker.name == "Ingrid Halvorsen-Maku"


def test_the_agency_named_after_the_comma(extraction) -> None:
    agency = [s for s in extraction.statements
              if s.source is not None and s.source.text.startswith("The space agency")]
    assert len(agency) == 2
    for statement in agency:
        assert statement.speaker.name == "Continental Space Agency"
        assert (statement.venue.name, statement.venue.type) == ("press release", "document")
        assert statement.said_on is not None and statement.said_on.value == "2026-03-11"
    called = [s for s in agency if s.cue.text == "called"]
    assert called and called[0].text == 'the result "a milestone"'


def test_the_sceptic_by_email(extraction) -> None:
    confirmed = [s for s in extraction.statements if "second instrument" in s.text]
    assert confirmed and confirmed[0].speaker.name == "Rosalind Achebe-Park"
    assert (confirmed[0].venue.name, confirmed[0].venue.type) == ("email", "document")
