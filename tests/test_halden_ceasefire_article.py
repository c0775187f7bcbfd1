"""One diplomacy story we wrote (tests/articles/halden-ceasefire-talks.txt), read whole in
every mode: an institute in a speaker's description is where she works, not where she
spoke; a news agency that quotes a minister is where his words appeared; each minister's
pronoun and venue stay with that minister."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "halden-ceasefire-talks.txt"
pytestmark = pytest.mark.model


def test_an_affiliation_is_no_venue(extraction) -> None:
    osterberg = [s for s in extraction.statements if s.speaker and s.speaker.name == "Nadia Osterberg"]
    assert len(osterberg) == 2
    assert all(s.venue is None for s in osterberg)


def test_the_news_agency_quoted_the_minister(extraction) -> None:
    prisoners = [s for s in extraction.statements if "exchange prisoners" in s.text]
    assert prisoners and all(s.speaker.name == "Dragan Velikov" for s in prisoners)
    quoted = [s for s in prisoners if s.cue.text == "quoted"]
    for statement in quoted:  # the rules read the `saying` inside, whose source is unstated
        assert statement.source.text == "The state news agency of Morvania"
        assert statement.venue.name == "state news agency of Morvania"


def test_each_minister_keeps_her_own_occasion(extraction) -> None:
    shooting = [s for s in extraction.statements if "stop the shooting" in s.text]
    assert shooting and shooting[0].speaker.name == "Dragan Velikov"
    assert shooting[0].venue.name == "news conference"
    silent = [s for s in extraction.statements if "guns are silent" in s.text]
    assert silent and silent[0].speaker.name == "Sofia Marenko"
    assert silent[0].venue.name == "VTV"
