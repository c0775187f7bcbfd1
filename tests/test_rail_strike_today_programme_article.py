"""A rail strike, which we wrote (tests/articles/radio-today-programme.txt), read whole in
every mode: a union leader on a radio programme named with its station's possessive, the
operators' body and its spokesperson, a minister on a news channel, a commuter."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "radio-today-programme.txt"
pytestmark = pytest.mark.model


def test_the_union_leader_on_the_radio(extraction) -> None:
    table = [s for s in extraction.statements if "a deal that was on the table" in s.text]
    assert len(table) == 1
    assert table[0].speaker.name == "Mick Holloway"
    assert table[0].venue is not None and table[0].venue.name.startswith("BBC Radio 4")


def test_the_operators_the_minister_and_the_commuter(extraction) -> None:
    fair = [s for s in extraction.statements if "offered a fair deal" in s.text]
    assert fair and fair[0].speaker.name == "Rail Delivery Group"
    talks = [s for s in extraction.statements if "return to talks" in s.text]
    assert talks and talks[0].speaker.name == "Claire Ingram" and talks[0].venue.name == "Sky News"
    home = [s for s in extraction.statements if "work from home" in s.text]
    assert home and home[0].speaker.name == "Sunil Mehta"
