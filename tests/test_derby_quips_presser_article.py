"""A derby's press conferences, which we wrote (tests/articles/derby-quips-presser.txt),
read whole in every mode: `quipped`, `fumed` and `deadpanned:` (whose lemma the
lemmatizer misreads) as cues, and a score (`2-1`) the parse split that stays whole."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "derby-quips-presser.txt"
pytestmark = pytest.mark.model


def test_deadpanned_after_a_colon(extraction) -> None:
    number = [s for s in extraction.statements if "He's got my number" in s.text]
    assert len(number) == 1
    assert number[0].speaker.name == "Kenny Doyle" and number[0].cue.text == "deadpanned"


def test_fumed_and_quipped(extraction) -> None:
    hour = [s for s in extraction.statements if "better side for an hour" in s.text]
    assert hour and hour[0].speaker.name == "Kenny Doyle"
    tea = [s for s in extraction.statements if "I just made the tea" in s.text]
    assert tea and tea[0].speaker.name == "Fiona Murray"
    assert tea[0].venue is not None and tea[0].venue.type == "event"


def test_the_score_stays_whole(extraction) -> None:
    joked = [s for s in extraction.statements if "hairdryer at home" in s.text]
    assert joked and joked[0].speaker.name == "Fiona Murray"
    assert "Rangers 2-1" in joked[0].text
