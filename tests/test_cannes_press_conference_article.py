"""A festival press conference we wrote (tests/articles/cannes-red-carpet-translated.txt),
read whole in every mode: an actress the tagger split into two places (`Halina`,
`Brzeska`) is one person, whose `she` is not the director's; a critic `Writing for the
trade paper ScreenLine` writes there, which is the venue and not a statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "cannes-red-carpet-translated.txt"
pytestmark = pytest.mark.model


def test_the_actress_and_her_grandson(extraction) -> None:
    train = [s for s in extraction.statements if "explain it to me on the train" in s.text]
    assert train and train[0].speaker.name == "Halina Brzeska"


def test_the_critic_writes_for_a_trade_paper(extraction) -> None:
    assert not any(s.cue is not None and s.cue.text.lower() == "writing for"
                   for s in extraction.statements)
    inert = [s for s in extraction.statements if "almost entirely inert" in s.text]
    assert inert and inert[0].speaker.name == "Oliver Haight"
    assert (inert[0].venue.name, inert[0].venue.type) == ("ScreenLine", "outlet")


def test_an_interview_years_before(extraction) -> None:
    head = [s for s in extraction.statements if "stays in my head for a year" in s.text]
    assert head and head[0].speaker.name == "Kasia Wrona"
    assert head[0].venue.name == "Kadr" and head[0].said_on.value == "2023"
