"""A markets wrap we wrote (tests/articles/inflation-stocks-wrap.txt), read whole in every
mode: economists at a named bank speak for the bank; a strategist and a portfolio manager
named with their firms."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "inflation-stocks-wrap.txt"
pytestmark = pytest.mark.model


def test_economists_at_the_bank(extraction) -> None:
    housing = [s for s in extraction.statements if "housing and car insurance" in s.text]
    assert housing and housing[0].speaker.name == "Glenmore Bank"
    assert housing[0].venue.name == "note"


def test_the_strategist_and_the_manager(extraction) -> None:
    table = [s for s in extraction.statements if "off the table" in s.text]
    assert table and table[0].speaker.name == "Rebecca Stone"
    banks = [s for s in extraction.statements if "buying shares of banks" in s.text]
    assert banks and banks[0].speaker.name == "Daniel Osei"
