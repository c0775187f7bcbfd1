"""A one-line review and the chef's reply, which we wrote
(tests/articles/restaurant-review-chef-reply.txt), read whole in every mode: `Reid's review
… ran to a single sentence: "…"` (the review's words are its writer's, where a mode finds
them), the chef's Instagram post with its date, and the critic reached by phone."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "restaurant-review-chef-reply.txt"
pytestmark = pytest.mark.model


def test_the_review_is_the_critics(extraction) -> None:
    trains = [s for s in extraction.statements if "better meals on trains" in s.text]
    assert all(s.speaker is not None and s.speaker.name == "Jonathan Reid" for s in trains)


def test_the_chefs_post(extraction) -> None:
    wit = [s for s in extraction.statements if "laziness dressed up as wit" in s.text]
    assert wit and wit[0].speaker.name == "Marco Benedetti"
    assert wit[0].venue is not None and wit[0].venue.name == "Instagram"
    assert wit[0].said_on is not None and wit[0].said_on.value == "2026-05-17"
    good = [s for s in extraction.statements if "at least make it a good one" in s.text]
    assert good and good[0].speaker.name == "Marco Benedetti"


def test_the_critic_stands_by_it(extraction) -> None:
    match = [s for s in extraction.statements if "the review should match" in s.text]
    assert match and match[0].speaker.name == "Jonathan Reid"
