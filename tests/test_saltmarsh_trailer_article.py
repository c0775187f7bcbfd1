"""A trailer breakdown, which we wrote (tests/articles/trailer-breakdown.txt), read whole in
every mode: a character's line in the trailer (`the lighthouse keeper, played by Idris
Cole` … `he says`), which is not the actor's statement; the director to a magazine; the
novelist's caption on Instagram."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "trailer-breakdown.txt"
pytestmark = pytest.mark.model


def test_a_characters_line_is_not_the_actors(extraction) -> None:
    tide = [s for s in extraction.statements if "came in with the tide" in s.text]
    assert all(s.speaker is None or s.speaker.name != "Idris Cole" for s in tide)


def test_the_director_and_the_novelist(extraction) -> None:
    chapters = [s for s in extraction.statements if "first nine chapters" in s.text]
    assert chapters and chapters[0].speaker.name == "Greta Lind"
    assert chapters[0].venue.name == "Empire" and chapters[0].said_on.value == "2026-04"
    caption = [s for s in extraction.statements if "what Greta did with it" in s.text]
    assert caption and caption[0].speaker.name == "Miriam Shaw"
    assert caption[0].venue.name == "Instagram"
