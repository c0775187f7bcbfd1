"""A horror film's ending explained, which we wrote (tests/articles/horror-ending-reddit.txt),
read whole in every mode: the director in a magazine and a Reddit AMA, the writer's own
guess (`It seems that Okafor was hinting …`) left out, and a cinematographer speaking to a
podcast with a host named beside it, whose name is neither the speaker nor the podcast."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "horror-ending-reddit.txt"
pytestmark = pytest.mark.model


def test_the_cinematographer_not_the_host(extraction) -> None:
    shadow = [s for s in extraction.statements if "whose shadow is on the wall" in s.text]
    assert len(shadow) == 1
    assert shadow[0].speaker.name == "Lars Bengtsson"  # not the host set beside him
    assert shadow[0].venue is not None
    assert (shadow[0].venue.name, shadow[0].venue.type) == ("Frame by Frame", "podcast")
    assert shadow[0].recipient is not None and shadow[0].recipient.name == "Jess Aldana"


def test_the_director_in_two_places(extraction) -> None:
    ghost = [s for s in extraction.statements if "explain a ghost" in s.text]
    assert ghost and ghost[0].speaker.name == "Mira Okafor"
    assert ghost[0].said_on is not None and ghost[0].said_on.value == "2025-01"
    survives = [s for s in extraction.statements if "She survives" in s.text]
    assert survives and survives[0].speaker.name == "Mira Okafor"
    assert survives[0].venue.name == "Reddit"


def test_the_writers_guess_is_no_statement(extraction) -> None:
    assert not [s for s in extraction.statements if "hinting at exactly that" in s.text]
    assert not [s for s in extraction.statements
                if s.speaker is not None and s.speaker.name == "Dana Whitlock"]
