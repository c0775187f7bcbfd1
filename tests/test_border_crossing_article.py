"""A border crossing we wrote (tests/articles/border-crossing-refugees.txt), read whole in
every mode: a mother `who gave only her first name, Olena,` is Olena, and her `she said`
is hers; `Tomasz Wrobel, who coordinates volunteers`, tagged a place, is a person; an
older man who would not give his name is who `he said` means (no one named, not the
captain quoted before him); `The United Nations refugee agency` is that body; aid workers
are nobody in particular."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "border-crossing-refugees.txt"
pytestmark = pytest.mark.model


def test_the_mother_by_the_name_she_gave(extraction) -> None:
    village = [s for s in extraction.statements if "left their village" in s.text]
    assert village and village[0].speaker.name == "Olena"
    weeks = [s for s in extraction.statements if s.text.startswith("We thought it would be")]
    assert weeks and weeks[0].speaker.name == "Olena"


def test_a_name_with_a_who_clause_is_a_person(extraction) -> None:
    meals = [s for s in extraction.statements if "2,000 meals" in s.text]
    assert meals and meals[0].speaker.name == "Tomasz Wrobel"
    shifts = [s for s in extraction.statements if s.text.startswith("We are cooking")]
    assert shifts and shifts[0].speaker.name == "Tomasz Wrobel"


def test_the_unnamed_man_is_not_the_captain(extraction) -> None:
    safe = [s for s in extraction.statements if s.text.startswith("Safe from what")]
    assert safe and safe[0].speaker is None


def test_the_refugee_agency(extraction) -> None:
    concerned = [s for s in extraction.statements if "deeply concerned" in s.text]
    assert concerned and concerned[0].speaker.name == "United Nations refugee agency"
    assert concerned[0].venue.name == "statement"


def test_aid_workers_are_nobody_in_particular(extraction) -> None:
    doubled = [s for s in extraction.statements if "arrivals had doubled" in s.text]
    assert doubled and doubled[0].speaker is None


def test_the_border_guard_spokesman(extraction) -> None:
    safe = [s for s in extraction.statements if "keep everyone safe" in s.text]
    assert safe and safe[0].speaker.name == "Artur Zielinski"
    assert safe[0].recipient.name == "reporters"
