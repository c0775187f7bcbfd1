"""A shelved film, which we wrote (tests/articles/insider-tells-magazine.txt), read whole
in every mode: `an insider tells Us Weekly` (no one named, the magazine the venue), a
studio's confirmation, a director through a translator and a quotation split by its cue."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "insider-tells-magazine.txt"
pytestmark = pytest.mark.model


def test_the_insider_is_no_one_named(extraction) -> None:
    years = [s for s in extraction.statements if "two years of his life" in s.text]
    assert years and years[0].speaker is None
    assert years[0].venue is not None and years[0].venue.name == "Us Weekly"


def test_the_studio_and_the_director(extraction) -> None:
    shelved = [s for s in extraction.statements if "had been shelved" in s.text]
    assert shelved and shelved[0].speaker.name == "Paragon Pictures"
    assert shelved[0].said_on is not None and shelved[0].said_on.value == "2026-01-20"
    crime = [s for s in extraction.statements if "A crime against the crew" in s.text]
    assert crime and crime[0].speaker.name == "Paolo Renzi"


def test_a_quotation_split_by_its_cue(extraction) -> None:
    before = [s for s in extraction.statements if "We've been here before" in s.text]
    assert len(before) == 1 and before[0].speaker.name == "Amy Chen"
    assert "I'm not giving up on it" in before[0].text
    assert before[0].venue is not None and before[0].venue.name == "Variety"
