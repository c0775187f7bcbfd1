"""An opera premiere, which we wrote (tests/articles/opera-premiere-translated.txt), read
whole in every mode: a composer quoted in translation and in a programme note, a director
through an interpreter, a soprano named with her voice type before her name, and shouts
from the seats that no verb of the sentence speaks."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "opera-premiere-translated.txt"
pytestmark = pytest.mark.model


def test_the_soprano_by_her_name(extraction) -> None:
    rattled = [s for s in extraction.statements if "not rattled the cast" in s.text]
    assert len(rattled) == 1 and rattled[0].speaker.name == "Maria Lund"
    boos = [s for s in extraction.statements if "mostly for the composer" in s.text]
    assert boos and boos[0].speaker.name == "Maria Lund"


def test_no_verb_speaks(extraction) -> None:
    assert not [s for s in extraction.statements
                if s.source is not None and s.source.text == "drew"]


def test_the_composer_in_two_places(extraction) -> None:
    booed = [s for s in extraction.statements if "rather be booed" in s.text]
    assert booed and booed[0].speaker.name == "Ingrid Solberg"
    assert booed[0].venue.name == "Aftenposten"
    tower = [s for s in extraction.statements if "church tower comes up" in s.text]
    assert tower and tower[0].speaker.name == "Ingrid Solberg"
    assert tower[0].venue is not None and tower[0].venue.type == "document"
