"""One match report we wrote (tests/articles/rovers-derby-postmatch.txt), read whole in
every mode: sports pages call a person met before by nationality or age (`the Spaniard`,
`the Scot`, `The 22-year-old`); a participle's words share the date of the sentence's
main verb."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_reading import by_cue

ARTICLE = Path(__file__).resolve().parent / "articles" / "rovers-derby-postmatch.txt"
pytestmark = pytest.mark.model


def test_the_spaniard_is_the_manager_named_before(extraction) -> None:
    proud = [s for s in extraction.statements if s.text.startswith("I am so proud")]
    assert proud and proud[0].source.text == "the Spaniard"
    assert proud[0].speaker.name == "Tomás Ortega"
    assert (proud[0].venue.name, proud[0].venue.type) == ("BBC Radio Ashford", "outlet")


def test_the_scot_is_the_other_manager(extraction) -> None:
    penalty = by_cue(extraction, "claimed")
    assert penalty.source.text == "the Scot"
    assert penalty.speaker.name == "Derek Lyle"  # the man the paragraph before names
    assert penalty.venue.type == "event"


def test_an_age_stands_for_the_player(extraction) -> None:
    grandmother = [s for s in extraction.statements if "late grandmother" in s.text]
    assert grandmother
    if grandmother[0].source is None:  # the parse hangs `The 22-year-old` off `added`
        assert grandmother[0].speaker is None
    else:
        assert grandmother[0].speaker.name == "Kwame Asante"


def test_telling_shares_the_sentences_date(extraction) -> None:
    table = by_cue(extraction, "telling")
    assert table.speaker.name == "Tomás Ortega"
    assert (table.venue.name, table.venue.type) == ("Sky Sports", "outlet")
    assert table.said_on.value == "2025-10-10"  # said on Friday, before Sunday 12 October
