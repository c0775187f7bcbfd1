"""A press gaggle on a plane, which we wrote (tests/articles/harmon-veto-press-gaggle.txt),
read whole in every mode: `his press secretary said Thursday` in the lede is the press
secretary named just after; the president's words to residents stay his."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "harmon-veto-press-gaggle.txt"
pytestmark = pytest.mark.model


def test_the_press_secretary_named_after_the_lede(extraction) -> None:
    veto = [s for s in extraction.statements if s.text.startswith("President Harmon will veto")]
    assert veto and veto[0].speaker is not None and veto[0].speaker.name == "Nadia Flores"
    assert veto[0].said_on.value == "2027-09-16"


def test_the_podium(extraction) -> None:
    podium = [s for s in extraction.statements if "negotiate from the podium" in s.text]
    assert podium and podium[0].speaker.name == "Nadia Flores"


def test_the_speaker_of_the_house(extraction) -> None:
    theatre = [s for s in extraction.statements if "political theatre" in s.text]
    assert theatre and theatre[0].speaker.name == "Glenn Avery"
