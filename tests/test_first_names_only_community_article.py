"""A community garden, which we wrote (tests/articles/first-names-only-community.txt), read
whole in every mode: people known by a first name only (`Bev, 71, who … asked that her
surname not be used, said`, parsed with `asked` as the verb `Bev` is subject of), a street
that is no body (`Maple Road`), and a councillor."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "first-names-only-community.txt"
pytestmark = pytest.mark.model


def test_bev_by_her_first_name(extraction) -> None:
    rides = [s for s in extraction.statements if "two bus rides away" in s.text]
    assert rides and rides[0].source is not None and rides[0].source.text.startswith("Bev, 71")
    assert rides[0].speaker.name == "Bev"
    drive = [s for s in extraction.statements if "I don't drive" in s.text]
    assert drive and drive[0].speaker.name == "Bev"


def test_the_street_speaks_for_no_one(extraction) -> None:
    assert not any(s.speaker is not None and s.speaker.name == "Maple Road"
                   for s in extraction.statements)


def test_dev_and_the_councillor(extraction) -> None:
    courgette = [s for s in extraction.statements if "courgette" in s.text]
    assert courgette and courgette[0].speaker.name == "Dev"
    promise = [s for s in extraction.statements if "they'll hear about it" in s.text]
    assert promise and promise[0].speaker.name == "Amy Price"
