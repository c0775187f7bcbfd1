"""A band's reunion, which we wrote (tests/articles/band-reunion-announcement.txt), read whole
in every mode: the announcement on a day named, the singer in the video, the guitarist to
a newspaper and the band's former manager to a radio programme."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "band-reunion-announcement.txt"
pytestmark = pytest.mark.model


def test_the_announcement(extraction) -> None:
    reunite = [s for s in extraction.statements if "they will reunite" in s.text]
    assert reunite and reunite[0].speaker.name == "Velvet Hours"
    assert reunite[0].said_on is not None and reunite[0].said_on.value == "2026-04-01"


def test_the_singer_the_guitarist_and_the_manager(extraction) -> None:
    doing = [s for s in extraction.statements if "We're doing it" in s.text]
    assert doing and doing[0].speaker.name == "Jo Kerr"
    apologised = [s for s in extraction.statements if "apologised to everyone" in s.text]
    assert apologised and apologised[0].speaker.name == "Sam Whitlow"
    assert apologised[0].venue.name == "Guardian"
    offers = [s for s in extraction.statements if "offers got too big" in s.text]
    assert offers and offers[0].speaker.name == "Ray Dunn" and offers[0].venue.name == "BBC"
