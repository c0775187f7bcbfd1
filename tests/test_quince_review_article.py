"""A product review we wrote (tests/articles/quince-phone-review.txt), read whole in every
mode: the tagger calls the phone (`Quince Fold 3`) a person, which no name with a number
in it is; an early buyer on Reddit is no one named; the product lead spoke at a launch
event last month."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "quince-phone-review.txt"
pytestmark = pytest.mark.model


def test_the_phone_is_no_speaker(extraction) -> None:
    names = {s.speaker.name for s in extraction.statements if s.speaker is not None}
    assert "Quince Fold 3" not in names


def test_an_early_buyer_on_reddit(extraction) -> None:
    pixel = [s for s in extraction.statements if "dead pixel" in s.text]
    assert pixel and pixel[0].speaker is None
    assert (pixel[0].venue.name, pixel[0].venue.type) == ("Reddit", "platform")


def test_the_product_lead_at_the_launch(extraction) -> None:
    hinge = [s for s in extraction.statements if s.text.startswith("A visible hinge")]
    assert hinge and hinge[0].speaker.name == "Maren Falk"
    assert hinge[0].venue.type == "event" and hinge[0].venue.name.startswith("launch event")
    assert hinge[0].said_on is not None and hinge[0].said_on.value == "2026-08"


def test_the_analyst(extraction) -> None:
    market = [s for s in extraction.statements if s.text.startswith("This is a beautiful product")]
    assert market and market[0].speaker.name == "Priyanka Deshmukh"
