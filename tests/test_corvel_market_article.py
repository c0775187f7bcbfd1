"""A market report we wrote (tests/articles/corvel-market-report.txt), read whole in every
mode: `The chief executive of Corvel, Dmitri Sokolov,` (parsed with the firm modifying the
name) is Sokolov, on the conference call, to analysts; analysts at a named firm speak for
it, in a note to clients; the firm's warning is dated to Wednesday."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "corvel-market-report.txt"
pytestmark = pytest.mark.model


def test_the_chief_executive_named_after_his_firm(extraction) -> None:
    timing = [s for s in extraction.statements if "timing issue" in s.text]
    assert timing and timing[0].speaker is not None
    assert timing[0].speaker.name == "Dmitri Sokolov"
    assert timing[0].venue.name == "conference call"
    assert timing[0].recipient.name == "analysts"


def test_the_analysts_note(extraction) -> None:
    overdone = [s for s in extraction.statements if "overdone" in s.text]
    assert overdone and overdone[0].speaker.name == "Harwick Securities"
    assert overdone[0].venue.name == "note" and overdone[0].recipient.name == "clients"


def test_the_firms_warning_on_wednesday(extraction) -> None:
    below = [s for s in extraction.statements if "meaningfully below" in s.text]
    assert below and below[0].speaker.name == "Corvel Instruments"
    assert below[0].said_on.value == "2027-01-06"
