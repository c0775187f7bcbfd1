"""A novelist leaving social media, which we wrote (tests/articles/novelist-quits-social-media.txt),
read whole in every mode: `Fenwick Press`, tagged a person, is a firm, and speaks as one;
`The Sunday Ledger` is a paper, not a Sunday; the newsletter is the venue of her words."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "novelist-quits-social-media.txt"
pytestmark = pytest.mark.model


def test_the_publisher_is_a_firm(extraction) -> None:
    schedule = [s for s in extraction.statements if "remained on schedule" in s.text]
    assert schedule and schedule[0].speaker.name == "Fenwick Press"
    assert schedule[0].speaker.type == "organization"
    assert not any(s.speaker is not None and s.speaker.name == "Instagram"
                   for s in extraction.statements)


def test_a_paper_named_for_its_day(extraction) -> None:
    announce = [s for s in extraction.statements if "announce it on social media" in s.text]
    assert announce and announce[0].speaker.name == "James Harlow"
    assert announce[0].venue.name == "The Sunday Ledger" and announce[0].venue.type == "outlet"


def test_the_newsletter(extraction) -> None:
    voice = [s for s in extraction.statements if "hear my own voice" in s.text]
    assert voice and voice[0].speaker.name == "Petra Lindgren"
    assert voice[0].venue.name == "Substack newsletter"
