"""A settlement with a correction at its foot, as we wrote it
(tests/articles/correction-note-article.txt), read whole in every mode: `An earlier
version of this article misstated …` is the publication's note, nobody's statement; the
byline's name, tagged a place, is no organisation for `The city of Brantwood` to mean,
which is the city named."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "correction-note-article.txt"
pytestmark = pytest.mark.model


def test_the_correction_is_no_statement(extraction) -> None:
    assert not any("length of time" in s.text for s in extraction.statements)


def test_the_byline_is_no_speaker(extraction) -> None:
    assert not any(s.speaker is not None and s.speaker.name == "Helen Park"
                   for s in extraction.statements)


def test_the_lawyers_statement(extraction) -> None:
    back = [s for s in extraction.statements if "that year back" in s.text]
    assert back and back[0].speaker.name == "Priscilla Navarro"
    assert back[0].venue.name == "statement"


def test_the_man_himself(extraction) -> None:
    law = [s for s in extraction.statements if "study law" in s.text]
    assert law and law[0].speaker.name == "Darnell Hughes"
