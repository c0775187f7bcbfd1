"""A press release we wrote (tests/articles/verity-biotech-release.txt), read whole in every
mode: its dateline (`BOSTON, Aug. 18, 2026 —`) is its publication date, a stock listing
(`(Nasdaq: VRTY)`) is no firm of its own, `Verity Therapeutics, Inc.` and `Verity
Therapeutics` are one firm, and `the company` is that firm, not the university hospital
named after it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "verity-biotech-release.txt"
pytestmark = pytest.mark.model


def test_the_dateline_gives_the_publication_date(extraction) -> None:
    assert extraction.article.published == date(2026, 8, 18)


def test_the_company_is_the_firm_not_its_ticker(extraction) -> None:
    names = {s.speaker.name for s in extraction.statements if s.speaker is not None}
    assert "VRTY" not in names and "Nasdaq" not in names
    slowly = [s for s in extraction.statements if "kidney function decline" in s.text]
    assert slowly and slowly[0].speaker.name.startswith("Verity Therapeutics")


def test_one_firm_under_both_its_names(extraction) -> None:
    firms = {s.speaker.name for s in extraction.statements
             if s.speaker is not None and s.speaker.name.startswith("Verity")}
    assert len(firms) == 1


def test_the_company_is_not_the_hospital(extraction) -> None:
    plans = [s for s in extraction.statements if "present the full data" in s.text]
    for statement in plans:
        assert statement.speaker is None or "Lakeshore" not in statement.speaker.name


def test_the_executives_quoted(extraction) -> None:
    signal = [s for s in extraction.statements if s.text.startswith("These results are")]
    assert signal and signal[0].speaker.name == "Anneliese Voss"
    assert "We owe that to the patients" in signal[0].text
    options = [s for s in extraction.statements if s.text.startswith("Chronic kidney disease")]
    assert options and options[0].speaker.name == "Rafael Ng"
    assert options[0].cue.text == "added"
