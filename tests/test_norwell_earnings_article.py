"""One earnings story we wrote (tests/articles/norwell-earnings-call.txt), read whole in
every mode: `on the call` is the conference call named before; a second act of speech
joined to a reported clause is a statement of its own; an analyst's words stop
where another analyst's `while … said` begins."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "norwell-earnings-call.txt"
pytestmark = pytest.mark.model


def test_the_call_is_the_conference_call(extraction) -> None:
    victory = [s for s in extraction.statements if "declaring victory" in s.text]
    assert victory and victory[0].speaker.name == "Priyanka Venkataraman"
    assert (victory[0].venue.name, victory[0].venue.type) == ("conference call", "event")
    eating = [s for s in extraction.statements if "eating out" in s.text]
    assert eating and eating[0].speaker.name == "Martin Szabo"
    assert eating[0].venue.name == "conference call"


def test_two_analysts_set_against_each_other(extraction) -> None:
    oduya = [s for s in extraction.statements if s.speaker and s.speaker.name == "Maxine Oduya"]
    assert oduya and oduya[0].text == 'the forecast looked "conservative,"'
    assert oduya[0].venue.name == "note"
    lang = [s for s in extraction.statements if s.speaker and s.speaker.name == "Rupert Lang"]
    assert lang and "pricing problem" in lang[0].text


def test_a_second_act_joined_to_the_reported_clause(extraction) -> None:
    # the parse hangs `cautioned` on `ease`; it is the finance chief's next act
    ease = [s for s in extraction.statements if s.text.startswith("she expected packaging costs")]
    assert ease and ease[0].text == "she expected packaging costs to ease by the spring"
    harvest = [s for s in extraction.statements if "poor cocoa harvest" in s.text]
    assert harvest and harvest[0].cue.text == "cautioned"
    assert harvest[0].speaker.name == "Priyanka Venkataraman"
