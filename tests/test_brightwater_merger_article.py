"""One business story we wrote (tests/articles/brightwater-calloway-merger.txt), read whole
in every mode: `said on Monday it had …` dates the saying and leaves the day out of the
content; a time dates the verb it hangs on, not the nearer participle; analysts at a named
firm speak for the firm, in a note."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_reading import by_cue

ARTICLE = Path(__file__).resolve().parent / "articles" / "brightwater-calloway-merger.txt"
pytestmark = pytest.mark.model


def test_said_on_monday_dates_the_saying(extraction) -> None:
    deal = by_cue(extraction, "said", "Brightwater Brands")
    assert deal.text.startswith("it had agreed to buy Calloway Foods")
    assert deal.said_on.value == "2025-11-03"  # the Monday before Tuesday 4 November


def test_last_month_dates_the_report(extraction) -> None:
    reported = [s for s in extraction.statements
                if s.cue is not None and s.cue.text.endswith("reported")]
    assert reported and reported[0].speaker.name == "Reuters"
    assert reported[0].said_on.value == "2025-10"


def test_analysts_at_a_firm_write_for_it(extraction) -> None:
    note = [s for s in extraction.statements if "paying a full price" in s.text]
    assert note
    assert note[0].speaker.name == "Harwick Securities"
    assert (note[0].venue.name, note[0].venue.type) == ("note", "document")
    assert note[0].recipient.name == "clients"


def test_an_email_to_staff(extraction) -> None:
    better_off = [s for s in extraction.statements if "better off" in s.text]
    assert better_off and better_off[0].speaker.name == "Ruth Calloway"
    assert (better_off[0].venue.name, better_off[0].venue.type) == ("email", "document")
    assert better_off[0].recipient.name == "staff"


def test_a_conference_call_with_analysts(extraction) -> None:
    admired = [s for s in extraction.statements if "admired each other" in s.text]
    assert admired and admired[0].speaker.name == "Nadia Ferenc"
    assert admired[0].venue.type == "event"
    assert admired[0].recipient.name == "analysts"
    savings = [s for s in extraction.statements if "too early to say" in s.text]
    assert savings and savings[0].speaker.name == "Liam Oduya"  # `he`, after `The CFO`
