"""A pop star's split, which we wrote (tests/articles/instagram-story-split.txt), read
whole in every mode: words in an Instagram Story, an anonymous source to a magazine (no
one named), a publicist's email and a 2024 interview."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "instagram-story-split.txt"
pytestmark = pytest.mark.model


def test_the_story(extraction) -> None:
    ways = [s for s in extraction.statements if "go our separate ways" in s.text]
    assert ways and ways[0].speaker.name == "Lila Monroe"
    assert (ways[0].venue.name, ways[0].venue.type) == ("Instagram", "platform")
    assert ways[0].said_on is not None and ways[0].said_on.value == "2026-07-06"


def test_the_source_close_to_him_is_no_one_named(extraction) -> None:
    heartbroken = [s for s in extraction.statements if "heartbroken" in s.text]
    assert heartbroken and heartbroken[0].speaker is None
    assert heartbroken[0].venue is not None and "People" in heartbroken[0].venue.name


def test_the_publicist_and_the_old_interview(extraction) -> None:
    comment = [s for s in extraction.statements if "further comment" in s.text]
    assert comment and comment[0].speaker.name == "Dana Kerr"
    voice = [s for s in extraction.statements if "trust my own voice" in s.text]
    assert voice and voice[0].speaker.name == "Lila Monroe"
    assert voice[0].venue.name == "Rolling Stone" and voice[0].said_on.value == "2024"
