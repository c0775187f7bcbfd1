"""A chief executive on a podcast we wrote (tests/articles/helix-ceo-podcast.txt), read whole
in every mode: `said the decision "was a mistake for us," in an unusually candid
appearance on the Build Mode podcast released on Monday` ends at the quotation, runs on
the podcast and is dated; her later answers to the host keep the podcast; `the head of
Corvan Bank, Luis Ortega,` is Ortega."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "helix-ceo-podcast.txt"
pytestmark = pytest.mark.model


def test_the_occasion_is_not_her_words(extraction) -> None:
    mistake = [s for s in extraction.statements if "was a mistake for us" in s.text]
    assert mistake and mistake[0].speaker.name == "Priya Natarajan"
    assert "appearance" not in mistake[0].text
    assert (mistake[0].venue.name, mistake[0].venue.type) == ("Build Mode", "podcast")
    assert mistake[0].said_on.value == "2026-09-28"


def test_her_answers_to_the_host(extraction) -> None:
    price = [s for s in extraction.statements if "price we are willing to pay" in s.text]
    assert price and price[0].speaker.name == "Priya Natarajan"
    assert price[0].venue.name == "Build Mode"
    assert price[0].recipient.name == "Aaron Feld"


def test_the_head_of_the_bank_is_named(extraction) -> None:
    eroded = [s for s in extraction.statements if "quietly eroded" in s.text]
    assert eroded and eroded[0].speaker.name == "Luis Ortega"
