"""A documentary review we wrote (tests/articles/last-ferryman-review.txt), read whole in
every mode: the director's words in the press notes; the ferryman's line in the film; the
title that opens the review is no quotation."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "last-ferryman-review.txt"
pytestmark = pytest.mark.model


def test_the_press_notes(extraction) -> None:
    stop = [s for s in extraction.statements if "simply stop" in s.text]
    assert stop and stop[0].speaker.name == "Jonas Eklund"
    assert stop[0].venue is not None and stop[0].venue.type == "document"


def test_the_ferrymans_line(extraction) -> None:
    river = [s for s in extraction.statements if "doesn't care who crosses it" in s.text]
    assert river and river[0].speaker.name == "Anders Holm"


def test_the_title_is_no_quotation(extraction) -> None:
    assert not any(s.text.strip(' ,"') == "The Last Ferryman" for s in extraction.statements)
