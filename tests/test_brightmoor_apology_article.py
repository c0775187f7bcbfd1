"""A YouTuber's apology we wrote (tests/articles/brightmoor-youtube-apology.txt), read whole
in every mode: his apology ran on YouTube; the association's post on Facebook is dated to
Saturday; its president told the Guardian. (What a video shows, `The original video …
showed Brightmoor`, stays a relation: PolNeAR marks `Video of the incident shows him …`
and `he had posted the tragic image …`.)"""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "brightmoor-youtube-apology.txt"
pytestmark = pytest.mark.model


def test_the_apology_on_youtube(extraction) -> None:
    line = [s for s in extraction.statements if "crossed a line" in s.text]
    assert line and line[0].speaker.name == "Caden Brightmoor"
    assert (line[0].venue.name, line[0].venue.type) == ("YouTube", "platform")


def test_the_association_and_its_president(extraction) -> None:
    dangerous = [s for s in extraction.statements if "dangerous and disrespectful" in s.text]
    assert dangerous and dangerous[0].speaker.name == "National Paramedics Association"
    assert dangerous[0].venue.name == "Facebook" and dangerous[0].said_on.value == "2026-07-04"
    actions = [s for s in extraction.statements if "actions, not words" in s.text]
    assert actions and actions[0].speaker.name == "Ruth Adeyemi"
    assert actions[0].venue.name == "Guardian"
