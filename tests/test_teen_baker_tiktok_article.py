"""A baker's TikTok we wrote (tests/articles/teen-baker-tiktok.txt), read whole in every
mode: her words in the video on TikTok on Sunday; her publisher's press release; her
mother to the Columbus Dispatch."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "teen-baker-tiktok.txt"
pytestmark = pytest.mark.model


def test_the_video(extraction) -> None:
    kitchen = [s for s in extraction.statements if "my mom's kitchen" in s.text]
    assert kitchen and kitchen[0].speaker.name == "Ava Brennan"
    assert kitchen[0].venue.name == "TikTok" and kitchen[0].said_on.value == "2027-05-16"


def test_the_publisher(extraction) -> None:
    spring = [s for s in extraction.statements if "published next spring" in s.text]
    assert spring and spring[0].speaker.name == "Juniper House"
    assert spring[0].venue.name == "press release"


def test_the_mother(extraction) -> None:
    bread = [s for s in extraction.statements if "burned a lot of bread" in s.text]
    assert bread and bread[0].venue.name == "Columbus Dispatch"
