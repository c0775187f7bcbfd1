"""A campaign advertisement we wrote (tests/articles/ruiz-harlan-ad.txt), read whole in every
mode: `the Ruiz campaign` is not `The Harlan campaign` named before it; the rival's
spokesman; the ad's unnamed narrator is nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ruiz-harlan-ad.txt"
pytestmark = pytest.mark.model


def test_each_campaign_its_own(extraction) -> None:
    run = [s for s in extraction.statements if "broadcast stations in Denver" in s.text]
    assert run and run[0].speaker.name == "Ruiz campaign"
    dishonest = [s for s in extraction.statements if "dishonest and desperate" in s.text]
    assert dishonest and dishonest[0].speaker.name == "Harlan campaign"


def test_the_spokesman(extraction) -> None:
    insulin = [s for s in extraction.statements if "cap insulin prices" in s.text]
    assert insulin and insulin[0].speaker.name == "Kyle Benton"


def test_the_narrator_is_nobody(extraction) -> None:
    chose = [s for s in extraction.statements if "He chose them" in s.text]
    assert chose and chose[0].speaker is None
