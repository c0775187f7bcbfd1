"""A select committee hearing we wrote (tests/articles/southvale-water-committee.txt), read
whole in every mode: `Labour MP Sadia Rahman`, tagged `Rahman`, keeps her first name; the
spills `last year` date the spills, not the apology."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "southvale-water-committee.txt"
pytestmark = pytest.mark.model


def test_the_mp_keeps_her_first_name(extraction) -> None:
    water = [s for s in extraction.statements if "They want clean water" in s.text]
    assert water and water[0].speaker.name == "Sadia Rahman"


def test_a_date_of_the_spills_is_not_of_the_words(extraction) -> None:
    let_down = [s for s in extraction.statements if "let down the communities" in s.text]
    assert let_down and let_down[0].recipient.name == "MPs"
    assert let_down[0].said_on is None or let_down[0].said_on.value == "2027-03-17"


def test_the_chief_executive_replied(extraction) -> None:
    charity = [s for s in extraction.statements if "given it to charity" in s.text]
    assert charity and charity[0].speaker.name == "Claire Hammond"
