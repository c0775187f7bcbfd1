"""A zoning hearing we wrote (tests/articles/pinecrest-zoning-hearing.txt), read whole in
every mode: `electrician Marcus Bell` (tagged a firm) is a person, so `he told the board`
after him is his, not the chairman's; `The room applauded.` says nothing, and the next
paragraph's words are not its content; the lawyer's words went to the planning board."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "pinecrest-zoning-hearing.txt"
pytestmark = pytest.mark.model


def test_the_electrician_is_a_person(extraction) -> None:
    work = [s for s in extraction.statements if "out of work for five months" in s.text]
    assert work and work[0].speaker.name == "Marcus Bell"
    jobs = [s for s in extraction.statements if "Those are real jobs" in s.text]
    assert jobs and jobs[0].speaker.name == "Marcus Bell"


def test_applause_says_nothing(extraction) -> None:
    assert not [s for s in extraction.statements if s.cue is not None
                and s.cue.text == "applauded"]


def test_the_lawyer_to_the_board(extraction) -> None:
    wall = [s for s in extraction.statements if "sound wall" in s.text]
    assert wall and wall[0].speaker.name == "Frank Ruiz"
    assert wall[0].recipient.name == "the planning board"


def test_the_chairman(extraction) -> None:
    time = [s for s in extraction.statements if "same time" in s.text]
    assert time and time[0].speaker.name == "Walt Hendricks"
