"""A video game review, which we wrote (tests/articles/video-game-review.txt), read whole in
every mode: the designer to the reviewer `in a video call last month`, her admission, and
the publisher's sales on a day named."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "video-game-review.txt"
pytestmark = pytest.mark.model


def test_the_designer_in_a_video_call(extraction) -> None:
    scared = [s for s in extraction.statements if "still a bit scared" in s.text]
    assert len(scared) == 1
    assert scared[0].speaker.name == "Kasia Nowak"
    assert scared[0].said_on is not None and scared[0].said_on.value == "2026-04"
    patch = [s for s in extraction.statements if "A patch is coming" in s.text]
    assert patch and patch[0].speaker.name == "Kasia Nowak"


def test_the_publisher(extraction) -> None:
    sold = [s for s in extraction.statements if "sold 80,000 copies" in s.text]
    assert sold and sold[0].speaker.name == "Hollow Oak"
    assert sold[0].said_on is not None and sold[0].said_on.value == "2026-05-18"
