"""A retailer's results we wrote (tests/articles/marlowe-retail-earnings.txt), read whole in
every mode: `said in a statement before the market opened` puts the words to no audience
(`before` opens a clause of time); `will report full-year results in March` is not dated
as said; the chief executive's words were on the call to analysts."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "marlowe-retail-earnings.txt"
pytestmark = pytest.mark.model


def test_before_the_market_opened_is_no_audience(extraction) -> None:
    sales = [s for s in extraction.statements if "rose 6.2 percent" in s.text]
    assert sales and sales[0].venue.name == "statement"
    assert sales[0].recipient is None


def test_a_future_report_is_not_dated(extraction) -> None:
    for statement in extraction.statements:
        if statement.cue is not None and statement.cue.text.startswith("will"):
            assert statement.said_on is None


def test_the_chief_executive_on_the_call(extraction) -> None:
    mood = [s for s in extraction.statements if "good mood" in s.text]
    assert mood and mood[0].speaker.name == "Rachel Finch"
    assert mood[0].recipient.name == "analysts"


def test_the_analysts_note(extraction) -> None:
    debt = [s for s in extraction.statements if "a lot of debt" in s.text]
    assert debt and debt[0].speaker.name == "Omar Haddad"
    assert debt[0].venue.name == "note" and debt[0].recipient.name == "clients"
