"""A singer on a late-night show we wrote (tests/articles/late-night-singer-appearance.txt),
read whole in every mode: `told Bell` is told to the host of "The Late Hour with Marcus
Bell" (tagged an organisation), who is no outlet; the show and its Tuesday carry over."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "late-night-singer-appearance.txt"
pytestmark = pytest.mark.model


def test_told_the_host(extraction) -> None:
    room = [s for s in extraction.statements if "no phone signal" in s.text]
    assert room and room[0].speaker.name == "Lena Voss"
    assert room[0].recipient is not None and room[0].recipient.name == "Bell"
    assert room[0].venue.name == "The Late Hour with Marcus Bell"
    assert room[0].said_on.value == "2026-10-06"


def test_the_bandmate_by_phone(extraction) -> None:
    deserves = [s for s in extraction.statements if "every bit of it" in s.text]
    assert deserves and deserves[0].speaker.name == "Jonah Pike"
    assert deserves[0].said_on.value == "2026-10-07"
