"""A boxer after defeat, which we wrote (tests/articles/rivera-not-done-yet.txt), read whole
in every mode: the headline `Rivera: 'I'm not done yet'` (the tagger reads `Rivera` as a
verb) is his; `Boxer` is no part of his name; the promoter set beside the subject is the
`He` who told ESPN."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "rivera-not-done-yet.txt"
pytestmark = pytest.mark.model


def test_the_labelled_headline(extraction) -> None:
    done = [s for s in extraction.statements if s.text == "I'm not done yet"]
    assert done and done[0].speaker.name == "Carlos Rivera"


def test_the_promoter_is_he(extraction) -> None:
    doctors = [s for s in extraction.statements if "what the doctors say" in s.text]
    assert doctors and doctors[0].speaker.name == "Frank Delgado"
    assert doctors[0].venue.name == "ESPN"


def test_the_champion(extraction) -> None:
    toughest = [s for s in extraction.statements if "toughest man" in s.text]
    assert toughest and toughest[0].speaker.name == "Daniel Cruz"
