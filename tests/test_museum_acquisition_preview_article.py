"""A gallery's purchase, which we wrote (tests/articles/museum-acquisition-preview.txt),
read whole in every mode: a curator at a press preview (the venue), a director's
`called … "…"`, a sceptical historian and the gallery's own say."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "museum-acquisition-preview.txt"
pytestmark = pytest.mark.model


def test_the_curator_at_the_preview(extraction) -> None:
    sit = [s for s in extraction.statements if "I had to sit down" in s.text]
    assert sit and sit[0].speaker.name == "Henrik Vos"
    assert sit[0].venue is not None
    assert (sit[0].venue.name, sit[0].venue.type) == ("press preview", "event")


def test_the_director_and_the_historian(extraction) -> None:
    moment = [s for s in extraction.statements if "once-in-a-generation" in s.text]
    assert moment and moment[0].speaker.name == "Gabriele Finaldi"
    hope = [s for s in extraction.statements if "a lot of hope" in s.text]
    assert hope and hope[0].speaker.name == "Marieke Jansen"
    announced = [s for s in extraction.statements if s.text.startswith("The National Gallery has")]
    assert announced and announced[0].speaker.name == "National Gallery"
