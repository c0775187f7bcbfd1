"""A weather advisory we wrote (tests/articles/clearwater-freezing-rain.txt), read whole in
every mode: `Forecasters` are nobody in particular; what they said keeps its subject, `up
to a quarter of an inch of ice`, which the parse hung on `said`; the advisory issued on
Saturday."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "clearwater-freezing-rain.txt"
pytestmark = pytest.mark.model


def test_the_forecasters(extraction) -> None:
    ice = [s for s in extraction.statements if "could accumulate by Monday morning" in s.text]
    assert ice and ice[0].speaker is None
    assert ice[0].text.startswith("up to a quarter of an inch of ice")


def test_the_advisory(extraction) -> None:
    coat = [s for s in extraction.statements if "could coat roads" in s.text]
    assert coat and coat[0].speaker.name == "National Weather Service"
    assert coat[0].venue.name == "advisory" and coat[0].said_on.value == "2027-01-09"


def test_the_meteorologist(extraction) -> None:
    bridges = [s for s in extraction.statements if "bridges treacherous" in s.text]
    assert bridges and bridges[0].speaker.name == "Jenna Ortiz"
