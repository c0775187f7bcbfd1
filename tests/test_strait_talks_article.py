"""One diplomatic story we wrote (tests/articles/strait-talks-diplomacy.txt), read whole in
every mode: words an agency quotes are the quoted person's, given in that agency; why a
source goes unnamed is not a statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "strait-talks-diplomacy.txt"
pytestmark = pytest.mark.model


def test_an_agency_quoting_a_minister(extraction) -> None:
    quoted = [s for s in extraction.statements if "frank but unfinished" in s.text]
    assert quoted
    for statement in quoted:  # the models cue `quoted`, the rules `saying`
        assert statement.source.text == "Valdoria's state news agency"
        assert statement.speaker.name == "Pavel Roush"
        assert (statement.venue.name, statement.venue.type) == ("Valdoria's state news agency",
                                                                "outlet")


def test_anonymity_is_not_a_statement(extraction) -> None:
    assert not any(s.cue is not None and s.cue.text == "to discuss" for s in extraction.statements)
    diplomat = [s for s in extraction.statements if "walked out of one meeting" in s.text]
    assert diplomat and diplomat[0].speaker is None  # a senior diplomat, unnamed
    assert diplomat[0].source.text.startswith("A senior Ostmark diplomat")
