"""A village row told in British single quotation marks, which we wrote
(tests/articles/village-fete-row.txt), read whole in every mode: quotations in single
marks with a double-marked quotation inside, and `A council spokesman` after the body was
tagged to the quotation mark (`the council of 'hiding …'`)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "village-fete-row.txt"
pytestmark = pytest.mark.model


def test_single_marks_hold_the_quotation_and_the_one_inside_it(extraction) -> None:
    told = [s for s in extraction.statements if "I have run this fete since 1998" in s.text]
    assert len(told) == 1 and told[0].kind == "direct"
    assert told[0].speaker.name == "Margaret Lowe"
    assert "It's not our problem" in told[0].text  # the nested quotation stays hers
    assert not any(s.text.startswith("It's not our problem") for s in extraction.statements)


def test_the_chairman_to_the_gazette(extraction) -> None:
    money = [s for s in extraction.statements if "cannot spend money" in s.text]
    assert money and money[0].speaker.name == "Graham Pettifer"
    assert money[0].venue is not None and money[0].venue.name == "Ashby Gazette"
    assert money[0].said_on is not None and money[0].said_on.value == "2026-07-28"


def test_a_council_spokesman_is_no_council_of(extraction) -> None:
    sponsor = [s for s in extraction.statements if "if a sponsor comes forward" in s.text]
    assert sponsor
    assert sponsor[0].speaker is None or "of" not in sponsor[0].speaker.name.split()


def test_the_publican_and_the_mp(extraction) -> None:
    hurt = [s for s in extraction.statements if "Somebody was going to get hurt" in s.text]
    assert hurt and hurt[0].speaker.name == "Tom Riley"
    tea = [s for s in extraction.statements if "cup of tea" in s.text]
    assert tea and tea[0].speaker.name == "Sarah Quint"
