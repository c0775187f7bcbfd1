"""A gallery protest, which we wrote (tests/articles/climate-activists-gallery.txt), read
whole in every mode: `one of the protesters, who gave her name only as Hazel,` (the name
she gave), a painting's title in quotes (no quotation), the gallery director, and `Last
Harvest` (the group's name whole)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "climate-activists-gallery.txt"
pytestmark = pytest.mark.model


def test_the_protester_by_the_name_she_gave(extraction) -> None:
    art = [s for s in extraction.statements if "not here to destroy art" in s.text]
    assert art and art[0].speaker is not None and art[0].speaker.name == "Hazel"


def test_the_title_is_no_quotation(extraction) -> None:
    assert not any(s.text.strip('",') == "Harvest at Dusk" for s in extraction.statements)


def test_the_director_and_the_group(extraction) -> None:
    target = [s for s in extraction.statements if "understand the target" in s.text]
    assert target and target[0].speaker.name == "Simon Pryce"
    fields = [s for s in extraction.statements if "new oil fields" in s.text]
    assert fields and fields[0].speaker.name == "Last Harvest"
    assert fields[0].venue is not None and fields[0].venue.name == "X"
