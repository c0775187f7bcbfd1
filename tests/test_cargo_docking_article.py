"""A wire story on a cargo ship docking, which we wrote
(tests/articles/nasa-style-docking-presser.txt), read whole in every mode: a dateline with
the wire's name (`HOUSTON (Wire) —`), which speaks for no one, a flight director on the
mission audio and at a news conference, the station commander from orbit."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "nasa-style-docking-presser.txt"
pytestmark = pytest.mark.model


def test_the_dateline_speaks_for_no_one(extraction) -> None:
    agency = [s for s in extraction.statements if "stay at the station for about six weeks" in s.text]
    assert len(agency) == 1
    assert agency[0].speaker is None or agency[0].speaker.name != "HOUSTON"


def test_the_flight_director_and_the_commander(extraction) -> None:
    fault = [s for s in extraction.statements if "traced Sunday's fault" in s.text]
    assert fault and fault[0].speaker.name == "Elena Vasquez"
    assert fault[0].venue is not None and fault[0].venue.name == "news conference"
    oranges = [s for s in extraction.statements if "box with the oranges" in s.text]
    assert oranges and oranges[0].speaker.name == "Yuki Tanabe"
    complacent = [s for s in extraction.statements if "confident but not complacent" in s.text]
    assert complacent and complacent[0].speaker.name == "David Osei"
