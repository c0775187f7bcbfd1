"""A president speaking through an interpreter, which we wrote
(tests/articles/moravia-trade-pact-president.txt), read whole in every mode: his words at
the news conference, the pact's reply in a statement, the opposition on the radio."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "moravia-trade-pact-president.txt"
pytestmark = pytest.mark.model


def test_the_president_at_the_news_conference(extraction) -> None:
    farmers = [s for s in extraction.statements if "punished our farmers" in s.text]
    assert farmers and farmers[0].speaker.name == "Dániel Varga"
    assert farmers[0].venue.name == "news conference"


def test_the_lede_on_monday(extraction) -> None:
    terms = [s for s in extraction.statements if "Central Trade Pact" in s.text]
    assert terms and terms[0].speaker.name == "Dániel Varga"
    assert terms[0].said_on.value == "2027-03-08"


def test_the_opposition_on_the_radio(extraction) -> None:
    slogan = [s for s in extraction.statements if "sake of a slogan" in s.text]
    assert slogan and slogan[0].speaker.name == "Petra Horvat"
    assert slogan[0].venue.name == "Moravian radio"
