"""A scrubbed launch, which we wrote (tests/articles/space-launch-scrub.txt), read whole in
every mode: a controller heard on a webcast, a chief executive on X, a launch director to
reporters, a regulator's statement and an agency's `which said`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "space-launch-scrub.txt"
pytestmark = pytest.mark.model


def test_the_chief_on_x(extraction) -> None:
    healthy = [s for s in extraction.statements if "healthy" in s.text]
    assert healthy and healthy[0].speaker.name == "Rosa Lindqvist"
    assert healthy[0].venue is not None
    assert (healthy[0].venue.name, healthy[0].venue.type) == ("X", "platform")


def test_the_launch_director(extraction) -> None:
    scrub = [s for s in extraction.statements if "A scrub is not a failure" in s.text]
    assert scrub and scrub[0].speaker.name == "Ben Okafor"
    sure = [s for s in extraction.statements if "until we know for sure" in s.text]
    assert sure and sure[0].recipient is not None and sure[0].recipient.name == "reporters"


def test_the_regulator_and_the_agency(extraction) -> None:
    licence = [s for s in extraction.statements if "continue to work with Vantage" in s.text]
    assert licence and licence[0].speaker.name == "Federal Aviation Administration"
    assert licence[0].venue is not None and licence[0].venue.name == "statement"
    supportive = [s for s in extraction.statements if "fully supportive" in s.text]
    assert supportive and supportive[0].speaker.name == "ESA"
