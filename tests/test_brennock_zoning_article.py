"""One local-politics explainer we wrote (tests/articles/brennock-zoning-oped.txt), read whole
in every mode: two speakers joined by `and` keep their own occasions; a meeting told is a
venue, not a listener; a month before an occasion noun (`a January news conference`)
leaves the venue whole."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "brennock-zoning-oped.txt"
pytestmark = pytest.mark.model


def test_the_trust_and_its_chair(extraction) -> None:
    cheque = [s for s in extraction.statements if "blank cheque" in s.text]
    assert cheque and cheque[0].speaker.name == "Brennock Heritage Trust"
    assert cheque[0].venue is None and cheque[0].recipient is None  # the chair's meeting
    challenge = [s for s in extraction.statements if "legal challenge" in s.text]
    assert challenge and challenge[0].speaker.name == "Margaret Osei-Whitfield"
    assert (challenge[0].venue.name, challenge[0].venue.type) == ("packed meeting", "event")
    assert challenge[0].recipient is None


def test_the_mayor_at_a_january_news_conference(extraction) -> None:
    compromise = [s for s in extraction.statements if "compromise both sides" in s.text]
    assert compromise and compromise[0].speaker.name == "Lena Castellano"
    assert (compromise[0].venue.name, compromise[0].venue.type) == ("news conference", "event")


def test_the_council_member(extraction) -> None:
    jobs = [s for s in extraction.statements if "11,000 jobs" in s.text]
    assert jobs and jobs[0].kind == "direct" and jobs[0].speaker.name == "Yusuf Adebayo-Clarke"
