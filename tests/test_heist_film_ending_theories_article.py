"""A heist film's ending explained, which we wrote
(tests/articles/heist-film-ending-theories.txt), read whole in every mode: the director to
Collider `last month`, the writer's readings (`Price seemed to acknowledge …`, `It seems
that Price was hinting …`, with `Price` tagged a common noun) recorded as interpretations
of the director, and the star to Empire."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "heist-film-ending-theories.txt"
pytestmark = pytest.mark.model


def test_the_director_to_collider(extraction) -> None:
    suitcase = [s for s in extraction.statements if "what's in the suitcase" in s.text]
    assert suitcase and suitcase[0].speaker.name == "Owen Price"
    assert suitcase[0].venue.name == "Collider" and suitcase[0].said_on.value == "2025-05"


def test_the_writers_readings_are_about_the_director(extraction) -> None:
    readings = [i for i in extraction.interpretations if "Price" in i.span.text]
    assert len(readings) >= 1
    assert all(i.speaker is not None and i.speaker.name == "Owen Price" for i in readings)
    assert not any("never in the suitcase" in s.text for s in extraction.statements)


def test_the_star(extraction) -> None:
    won = [s for s in extraction.statements if "as if Mara had won" in s.text]
    assert won and won[0].speaker.name == "Lucia Ferro"
    assert won[0].venue is not None and won[0].venue.name == "Empire"
