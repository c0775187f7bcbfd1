"""A thriller's ending explained, which we wrote (tests/articles/ending-explained-speculation.txt),
read whole in every mode: the director to a website `in November of last year` and on a
podcast `speaking with host Craig Mazin` (the host by name, no role), the writer's guesses
(`Perhaps Petrov meant …`, `One reading …`, `Petrov seems to suggest …`) left out, and
the actress."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ending-explained-speculation.txt"
pytestmark = pytest.mark.model


def test_the_director_in_two_places(extraction) -> None:
    endings = [s for s in extraction.statements if "shot two endings" in s.text]
    assert endings and endings[0].speaker.name == "Ivan Petrov"
    assert endings[0].venue.name == "IndieWire" and endings[0].said_on.value == "2024-11"
    house = [s for s in extraction.statements if "People keep the house" in s.text]
    assert house and house[0].speaker.name == "Ivan Petrov"
    assert house[0].venue.name == "Scriptnotes"
    assert house[0].recipient is not None and house[0].recipient.name == "Craig Mazin"


def test_the_writers_guesses_are_no_statements(extraction) -> None:
    for guess in ("Clara is the haunting now", "the thing she was running from",
                  "suggest as much"):
        assert not [s for s in extraction.statements if guess in s.text], guess


def test_the_actress(extraction) -> None:
    afraid = [s for s in extraction.statements if "stopped being afraid" in s.text]
    assert afraid and afraid[0].speaker.name == "Anya Lewis"
    assert afraid[0].venue.name == "Vanity Fair"
