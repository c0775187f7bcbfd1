"""A founder denying a sale, which we wrote (tests/articles/startup-founder-x-spaces.txt),
read whole in every mode: `Bloomberg reported last week, citing people familiar with the
matter, that …` (the clause after the participle is what was reported, and the participle
the outlet's), an investor's statement and a co-founder asked by a listener."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "startup-founder-x-spaces.txt"
pytestmark = pytest.mark.model


def test_reported_citing_that(extraction) -> None:
    approached = [s for s in extraction.statements if "had approached Orbix" in s.text]
    assert approached and approached[0].speaker.name == "Bloomberg"
    assert approached[0].cue.text == "reported"
    assert not approached[0].text.startswith("citing")
    citing = [s for s in extraction.statements if s.cue is not None and s.cue.text == "citing"]
    assert all(s.speaker is not None and s.speaker.name == "Bloomberg" for s in citing)


def test_the_founder_and_the_investor(extraction) -> None:
    called = [s for s in extraction.statements if "Nobody from Datavault has called me" in s.text]
    assert called and called[0].speaker.name == "Jonas Keller"
    supports = [s for s in extraction.statements if "fully supports Jonas" in s.text]
    assert supports and supports[0].speaker.name == "Northwind Ventures"
    never = [s for s in extraction.statements if "Never say never" in s.text]
    assert never and never[0].speaker.name == "Mei Tanaka"
