"""A museum's exhibition of forgeries, which we wrote (tests/articles/museum-exhibit-curator.txt),
read whole in every mode: a pencilled label and a painter's name in quotation marks, which
are nobody's words; the curator; the director, with a report set inside his sentence
(`Some trustees, he said, had worried …`); a forger reached by phone."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "museum-exhibit-curator.txt"
pytestmark = pytest.mark.model


def test_a_label_and_a_name_in_marks_are_no_statements(extraction) -> None:
    assert not [s for s in extraction.statements if s.text.strip('".') in ("Doubtful", "Rembrandt")]


def test_the_curator_and_the_director(extraction) -> None:
    shut = [s for s in extraction.statements if "keep the door shut" in s.text]
    assert shut and shut[0].speaker.name == "Esther Lin"
    humility = [s for s in extraction.statements if "lesson in humility" in s.text]
    assert humility and humility[0].speaker.name == "Esther Lin"
    trustees = [s for s in extraction.statements if "embarrass the museum" in s.text
                and s.source is not None and s.source.text == "he"]
    assert trustees and trustees[0].speaker.name == "Paul Mercer"
    assert trustees[0].text.startswith("Some trustees")


def test_the_forger(extraction) -> None:
    flattered = [s for s in extraction.statements if "flattered to be in such company" in s.text]
    assert flattered and all(s.speaker is None or s.speaker.name == "Karl Weber" for s in flattered)
