"""Voters in a swing county, which we wrote (tests/articles/marlow-county-voters.txt), read
whole in every mode: each voter's words stay with the voter, through `he said` and `she
said` set inside a sentence, on the Tuesday the reporter met them."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "marlow-county-voters.txt"
pytestmark = pytest.mark.model


def test_the_machinist(extraction) -> None:
    groceries = [s for s in extraction.statements if "week of groceries" in s.text]
    assert groceries and groceries[0].speaker.name == "Dave Kessler"
    prices = [s for s in extraction.statements if "come down to prices" in s.text]
    assert prices and prices[0].speaker.name == "Dave Kessler"
    assert prices[0].said_on.value == "2028-10-24"


def test_the_salon_owner(extraction) -> None:
    daycare = [s for s in extraction.statements if "daycare than for rent" in s.text]
    assert daycare and daycare[0].speaker.name == "Alicia Moreno"
    childcare = [s for s in extraction.statements if "childcare" in s.text]
    assert childcare and childcare[0].speaker.name == "Alicia Moreno"


def test_the_teacher(extraction) -> None:
    country = [s for s in extraction.statements if "same country" in s.text]
    assert country and country[0].speaker.name == "Ruth Ellison"
