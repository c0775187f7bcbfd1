"""A world chess championship game, which we wrote (tests/articles/chess-match-commentary.txt),
read whole in every mode: the players at the press conference and a commentator
`commentating on the official broadcast`, whose words are hers, not the broadcast's."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "chess-match-commentary.txt"
pytestmark = pytest.mark.model


def test_the_commentator_not_the_broadcast(extraction) -> None:
    best = [s for s in extraction.statements if "best we have seen in a title match" in s.text]
    assert len(best) == 1
    assert best[0].speaker.name == "Lena Ostrova"
    assert best[0].source.text == "Grandmaster Lena Ostrova"


def test_the_players_and_the_co_commentator(extraction) -> None:
    tired = [s for s in extraction.statements if "I was just tired" in s.text]
    assert tired and tired[0].speaker.name == "Mikhail Sorensen"
    assert tired[0].venue is not None and tired[0].venue.type == "event"
    door = [s for s in extraction.statements if s.text.startswith("Only the door")]
    assert door and door[0].speaker.name == "Arjun Dravid"
    engine = [s for s in extraction.statements if "missed a win on move 71" in s.text]
    assert engine and engine[0].speaker.name == "Peter Quill"
