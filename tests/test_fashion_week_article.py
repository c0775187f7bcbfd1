"""A fashion show we wrote (tests/articles/fashion-week-backstage.txt), read whole in every
mode: a critic's verdict in a post on Instagram; an anonymous buyer is nobody in
particular; a designer given an age, and her `she`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "fashion-week-backstage.txt"
pytestmark = pytest.mark.model


def test_the_critics_post(extraction) -> None:
    confident = [s for s in extraction.statements if "most confident show" in s.text]
    assert confident and confident[0].speaker.name == "Anna Whitlock"
    assert confident[0].venue.name == "Instagram"


def test_the_anonymous_buyer(extraction) -> None:
    unsellable = [s for s in extraction.statements if "unsellable" in s.text]
    assert unsellable and unsellable[0].speaker is None


def test_the_designer_backstage(extraction) -> None:
    sand = [s for s in extraction.statements if "hated the sand" in s.text]
    assert sand and sand[0].speaker.name == "Odile Marchetti"
    ground = [s for s in extraction.statements if "feel the ground" in s.text]
    assert ground and ground[0].speaker.name == "Odile Marchetti"
