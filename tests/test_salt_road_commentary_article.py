"""A film essay we wrote around a commentary track (tests/articles/salt-road-commentary-track.txt),
read whole in every mode: `the film quarterly Long Take` names the outlet of a 2020
interview; the cinematographer's words on the track are his; a Reddit user is nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "salt-road-commentary-track.txt"
pytestmark = pytest.mark.model


def test_the_quarterly_is_the_outlet(extraction) -> None:
    ending = [s for s in extraction.statements if "how to feel" in s.text]
    assert ending and ending[0].speaker.name == "Iris Calder"
    assert ending[0].venue is not None and ending[0].venue.name == "Long Take"
    assert ending[0].venue.type == "outlet" and ending[0].recipient is None
    assert ending[0].said_on.value == "2020"


def test_the_cinematographer_on_the_track(extraction) -> None:
    water = [s for s in extraction.statements if "ran out of water" in s.text]
    assert water and water[0].speaker.name == "Ben Okoro"


def test_the_reddit_user_is_nobody(extraction) -> None:
    changes = [s for s in extraction.statements if "changes everything" in s.text]
    assert changes and changes[0].speaker is None
    assert changes[0].venue.name == "Reddit"
