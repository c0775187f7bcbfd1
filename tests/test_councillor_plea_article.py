"""A first court appearance we wrote (tests/articles/councillor-fraud-plea.txt), read whole
in every mode: `The charity, Homes for Carlford,` speaks as Homes for Carlford, not as the
court named before; the prosecutor and the defence lawyer."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "councillor-fraud-plea.txt"
pytestmark = pytest.mark.model


def test_the_charity_by_its_name(extraction) -> None:
    police = [s for s in extraction.statements if "co-operated fully" in s.text]
    assert police and police[0].speaker is not None
    assert police[0].speaker.name == "Homes for Carlford"


def test_the_prosecutor_and_the_defence(extraction) -> None:
    holidays = [s for s in extraction.statements if "holidays and home improvements" in s.text]
    assert holidays and holidays[0].speaker.name == "Hannah Ellis"
    assert holidays[0].recipient.name == "the court"
    denies = [s for s in extraction.statements if "strongly denies every allegation" in s.text]
    assert denies and denies[0].speaker.name == "Simon Price"
