"""A police news conference we wrote (tests/articles/police-drug-bust-presser.txt), read
whole in every mode: the dateline `PORT CALDER —` (two words) is no part of the officials'
words; court documents are the venue of what they say; a lawyer named in apposition."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "police-drug-bust-presser.txt"
pytestmark = pytest.mark.model


def test_the_dateline_is_no_ones_words(extraction) -> None:
    seized = [s for s in extraction.statements if "400 kilograms" in s.text]
    assert seized
    assert all(not s.text.startswith(("CALDER", "PORT")) for s in seized)
    assert seized[0].said_on.value == "2027-05-05"


def test_the_chiefs_news_conference(extraction) -> None:
    network = [s for s in extraction.statements if "international network" in s.text]
    assert network and network[0].speaker.name == "Monica Varga"
    assert network[0].venue.name == "news conference"


def test_the_defence_lawyer(extraction) -> None:
    boxes = [s for s in extraction.statements if "what was in those boxes" in s.text]
    assert boxes and boxes[0].speaker.name == "Felipe Arroyo"
