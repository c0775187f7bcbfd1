"""An earthquake, which we wrote (tests/articles/earthquake-seismologist.txt), read whole in
every mode: an institute unnamed but for its noun, its seismologist, a fisherman, and the
civil protection chief to state television."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "earthquake-seismologist.txt"
pytestmark = pytest.mark.model


def test_the_institute_the_seismologist_and_the_fisherman(extraction) -> None:
    tsunami = [s for s in extraction.statements if "no risk of a tsunami" in s.text]
    assert tsunami and tsunami[0].source.text == "The institute"
    strongest = [s for s in extraction.statements if "strongest shaking" in s.text]
    assert strongest and strongest[0].speaker.name == "Lucia Ferraro"
    wardrobe = [s for s in extraction.statements if "wardrobe fell" in s.text]
    assert wardrobe and wardrobe[0].speaker.name == "Paolo Greco"
    injuries = [s for s in extraction.statements if "minor injuries" in s.text]
    assert injuries and injuries[0].speaker.name == "Marco Bellini"
