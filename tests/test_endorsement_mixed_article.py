"""An endorsement, which we wrote (tests/articles/endorsement-mixed.txt), read whole in
every mode: `calling her "…"`, words on social media, a rival's campaign manager and the
rival himself in mixed quotations."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "endorsement-mixed.txt"
pytestmark = pytest.mark.model


def test_the_governors_words(extraction) -> None:
    fighter = [s for s in extraction.statements
               if "the fighter this state needs" in s.text and "Ray Kessler" in s.source.text]
    assert fighter and fighter[0].speaker.name == "Ray Kessler"
    fixed = [s for s in extraction.statements if "She fixed it" in s.text]
    assert fixed and fixed[0].speaker.name == "Ray Kessler"
    assert fixed[0].venue is not None and fixed[0].venue.type == "event"


def test_the_candidate_and_her_rival(extraction) -> None:
    humbled = [s for s in extraction.statements if "humbled" in s.text]
    assert humbled and humbled[0].speaker.name == "Lucia Alvarez"
    vote = [s for s in extraction.statements if "endorsements don't vote" in s.text]
    assert vote and vote[0].speaker.name == "Mark Delaney"
    nothing = [s for s in extraction.statements if "changes nothing" in s.text]
    assert nothing and nothing[0].speaker.name == "Ellen Cho"
