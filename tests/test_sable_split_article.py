"""A celebrity split we wrote (tests/articles/sable-split-celebrity.txt), read whole in every
mode: a source close to the couple is no one named; the musician's caption came on
Instagram, which the sentence before it names (`addressed the news himself on Instagram on
Monday night`); a fan's post is not dated by the year another fan's clip was filmed."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "sable-split-celebrity.txt"
pytestmark = pytest.mark.model


def test_the_caption_on_instagram_on_monday(extraction) -> None:
    caption = [s for s in extraction.statements if s.text.startswith("Six years of the best")]
    assert caption and caption[0].speaker.name == "Jonah Reyes"
    assert (caption[0].venue.name, caption[0].venue.type) == ("Instagram", "platform")
    assert caption[0].said_on is not None and caption[0].said_on.value == "2026-07-13"


def test_a_fans_post_is_not_dated_by_anothers_clip(extraction) -> None:
    week = [s for s in extraction.statements if "ruined my entire week" in s.text]
    assert week and week[0].speaker is None
    assert week[0].venue.name == "X"
    assert week[0].said_on is None or week[0].said_on.value != "2024"


def test_the_unnamed_source(extraction) -> None:
    directions = [s for s in extraction.statements if s.text.startswith("They just grew")]
    assert directions and directions[0].speaker is None


def test_the_actress_to_the_magazine_in_march(extraction) -> None:
    couple = [s for s in extraction.statements if s.text.startswith("We are the most uninteresting")]
    assert couple and couple[0].speaker.name == "Mara Sable"
    assert couple[0].venue.name.startswith("Glint")
    assert couple[0].said_on is not None and couple[0].said_on.value == "2026-03"
