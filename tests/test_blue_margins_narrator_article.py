"""A wildlife series review, which we wrote (tests/articles/wildlife-documentary-narrator.txt),
read whole in every mode: the narrator's lines in the series, its producer to the reviewer,
the narrator on a companion podcast, and his last line `as Booth puts it`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "wildlife-documentary-narrator.txt"
pytestmark = pytest.mark.model


def test_the_narrator_and_the_producer(extraction) -> None:
    emptied = [s for s in extraction.statements if "emptied these waters" in s.text]
    assert emptied and emptied[0].speaker.name == "Alan Booth"
    script = [s for s in extraction.statements if "not to a script" in s.text]
    assert script and script[0].speaker.name == "Hannah Kerr"
    stars = [s for s in extraction.statements if "the real stars were the camera operators" in s.text]
    assert stars and stars[0].speaker.name == "Alan Booth"
    hopeful = [s for s in extraction.statements if "most hopeful thing" in s.text]
    assert all(s.speaker.name == "Alan Booth" for s in hopeful)
