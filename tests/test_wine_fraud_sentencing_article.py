"""A sentencing, which we wrote (tests/articles/wine-fraud-sentencing.txt), read whole in
every mode: `his barrister, Hugh Parrish KC` (a rank after the name, no one of its own),
`the judge said`, a victim's statement read to the court, and `Outside court,` before a
detective's name (where she spoke, not who)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "wine-fraud-sentencing.txt"
pytestmark = pytest.mark.model


def test_the_barrister_by_name(extraction) -> None:
    debt = [s for s in extraction.statements if "drowning in debt" in s.text]
    assert debt and debt[0].speaker.name == "Hugh Parrish"


def test_the_judge(extraction) -> None:
    lying = [s for s in extraction.statements if "very good at lying" in s.text]
    assert lying and lying[0].speaker.name == "Patricia Keane"


def test_outside_court_is_no_part_of_the_source(extraction) -> None:
    fraud = [s for s in extraction.statements if "most sophisticated wine frauds" in s.text]
    assert fraud and fraud[0].speaker.name == "Amy Doyle"
    assert fraud[0].source.text.startswith("Detective Sergeant Amy Doyle")


def test_the_victims_statement(extraction) -> None:
    worth = [s for s in extraction.statements if "worth nothing" in s.text]
    assert worth and worth[0].venue is not None and worth[0].venue.type == "document"
