"""An election night we wrote (tests/articles/election-night-concession.txt), read whole
in every mode: the loser told supporters; the winner named in apposition as `Her
opponent, businessman Victor Lane`; the outgoing mayor's statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "election-night-concession.txt"
pytestmark = pytest.mark.model


def test_the_concession(extraction) -> None:
    room = [s for s in extraction.statements if "do not leave the room" in s.text]
    assert room and room[0].speaker.name == "Denise Hargrove"
    assert room[0].recipient.name == "supporters"


def test_the_winner(extraction) -> None:
    every = [s for s in extraction.statements if "every neighbourhood" in s.text]
    assert every and every[0].speaker.name == "Victor Lane"


def test_the_outgoing_mayors_statement(extraction) -> None:
    handover = [s for s in extraction.statements if "smooth handover" in s.text]
    assert handover and handover[0].speaker.name == "Paul Esterhazy"
    assert handover[0].venue.name == "statement"
