"""A theatre review we wrote (tests/articles/quiet-house-review.txt), read whole in every
mode: the playwright's programme note and her words to the critic before press night."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "quiet-house-review.txt"
pytestmark = pytest.mark.model


def test_the_programme_note(extraction) -> None:
    manners = [s for s in extraction.statements if "only manners" in s.text]
    assert manners and manners[0].speaker.name == "Leah Okafor"
    assert manners[0].venue.name == "programme note"


def test_before_press_night(extraction) -> None:
    funny = [s for s in extraction.statements if "stopped being funny" in s.text]
    assert funny and funny[0].speaker.name == "Leah Okafor"
