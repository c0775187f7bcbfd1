"""A cricket captain's press conference we wrote (tests/articles/cricket-captain-presser.txt),
read whole in every mode: a commentator `commentating for the radio station Cricket
Live` speaks there; a bowler told the host broadcaster; the captain's last answer."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "cricket-captain-presser.txt"
pytestmark = pytest.mark.model


def test_the_commentator_on_the_radio(extraction) -> None:
    soft = [s for s in extraction.statements if "were \"soft\"" in s.text]
    assert soft and soft[0].speaker.name == "Vikram Sethi"
    assert (soft[0].venue.name, soft[0].venue.type) == ("Cricket Live", "outlet")


def test_the_bowler(extraction) -> None:
    rest = [s for s in extraction.statements if "The ball did the rest" in s.text]
    assert rest and rest[0].speaker.name == "Liam Carter"
    assert rest[0].recipient.name == "the host broadcaster"


def test_the_captains_last_answer(extraction) -> None:
    honest = [s for s in extraction.statements if "keeps me honest" in s.text]
    assert honest and honest[0].speaker.name == "Arjun Rao"
