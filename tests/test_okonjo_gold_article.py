"""An Olympic final we wrote (tests/articles/okonjo-butterfly-gold.txt), read whole in every
mode: `not today` inside the swimmer's quotation is no date for her words; the coach and
the minister's statement on Saturday."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "okonjo-butterfly-gold.txt"
pytestmark = pytest.mark.model


def test_a_day_inside_the_quotation_is_not_when_it_was_said(extraction) -> None:
    turn = [s for s in extraction.statements if "at the last turn" in s.text]
    assert turn and turn[0].speaker.name == "Adaeze Okonjo"
    assert turn[0].recipient.name == "reporters"
    assert turn[0].said_on is None or turn[0].said_on.value != "2028-08-03"


def test_the_coach(extraction) -> None:
    nine = [s for s in extraction.statements if "She was nine" in s.text]
    assert nine and nine[0].speaker.name == "Femi Adebayo"


def test_the_runner_up(extraction) -> None:
    excuses = [s for s in extraction.statements if "no excuses" in s.text]
    assert excuses and excuses[0].speaker.name == "Mia Lindqvist"


def test_the_bronze_medallist_on_instagram(extraction) -> None:
    field = [s for s in extraction.statements if "fastest field" in s.text]
    assert field and field[0].speaker.name == "Rachel Tam"
    assert field[0].venue.name == "Instagram"
