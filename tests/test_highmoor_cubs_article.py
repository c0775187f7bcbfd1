"""Rescued bear cubs we wrote (tests/articles/highmoor-bear-cubs.txt), read whole in every
mode: the head keeper, the park's director who `added` a second claim, and a charity's
statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "highmoor-bear-cubs.txt"
pytestmark = pytest.mark.model


def test_the_head_keeper(extraction) -> None:
    honey = [s for s in extraction.statements if "embarrassing amount of honey" in s.text]
    assert honey and honey[0].speaker.name == "Sofia Ruiz"
    bold = [s for s in extraction.statements if "Bramble is the bold one" in s.text]
    assert bold and bold[0].speaker.name == "Sofia Ruiz"


def test_the_director_added(extraction) -> None:
    years = [s for s in extraction.statements if "at least two years" in s.text]
    assert years and years[0].speaker.name == "Alan Whitby"


def test_the_charity(extraction) -> None:
    thrilled = [s for s in extraction.statements if "thrilled" in s.text]
    assert thrilled and thrilled[0].speaker.name == "Wild Futures"
    assert thrilled[0].venue.type == "document"
