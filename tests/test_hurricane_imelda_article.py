"""A hurricane landfall we wrote (tests/articles/hurricane-imelda-landfall.txt), read whole in
every mode: `the center` is the National Hurricane Center named before it, the governor's
news conference Thursday is where she spoke, and a utility's statement is its venue."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "hurricane-imelda-landfall.txt"
pytestmark = pytest.mark.model


def test_the_center_is_the_hurricane_center(extraction) -> None:
    warned = [s for s in extraction.statements if s.text.startswith("This is a life-threatening")]
    assert warned and warned[0].speaker.name == "National Hurricane Center"


def test_the_governors_news_conference(extraction) -> None:
    deaths = [s for s in extraction.statements if s.text.startswith("We have not confirmed")]
    assert deaths and deaths[0].speaker.name == "Renata Whitfield"
    assert deaths[0].venue is not None and deaths[0].venue.type == "event"
    assert deaths[0].said_on is not None and deaths[0].said_on.value == "2026-09-10"


def test_the_meteorologist(extraction) -> None:
    water = [s for s in extraction.statements if s.text.startswith("The wind gets the headlines")]
    assert water and water[0].speaker.name == "Daniel Oyelowo"


def test_the_resident(extraction) -> None:
    roof = [s for s in extraction.statements if s.text.startswith("The roof sounded")]
    assert roof and roof[0].speaker.name == "Marguerite Ellison"


def test_the_utilitys_statement(extraction) -> None:
    weeks = [s for s in extraction.statements if "two weeks" in s.text]
    assert weeks and weeks[0].speaker.name == "Gulfline Power"
    assert (weeks[0].venue.name, weeks[0].venue.type) == ("statement", "document")
