"""Flight cancellations after a storm, as we wrote them
(tests/articles/airline-cancellations-storm.txt), read whole in every mode: the union's
`said in a statement` is a statement of its own, not the airline's emailed one named
before; the airline's words are the airline's; an interview on a Monday is dated."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "airline-cancellations-storm.txt"
pytestmark = pytest.mark.model


def test_the_unions_statement_is_its_own(extraction) -> None:
    warned = [s for s in extraction.statements if "warned management" in s.text]
    assert warned and warned[0].speaker.name == "Jill Sorensen"
    assert (warned[0].venue.name, warned[0].venue.type) == ("statement", "document")


def test_the_airlines_emailed_statement(extraction) -> None:
    position = [s for s in extraction.statements if "out of position" in s.text]
    assert position and position[0].speaker.name == "Northwind"
    assert position[0].venue.name == "emailed statement"


def test_the_chief_executive_on_television(extraction) -> None:
    review = [s for s in extraction.statements if "review what went wrong" in s.text]
    assert review and review[0].speaker.name == "Laura Kim"
    assert review[0].venue.name == "CNBC" and review[0].said_on.value == "2027-01-11"
