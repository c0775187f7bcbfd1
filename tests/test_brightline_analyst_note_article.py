"""An earnings piece with an analysts' note we wrote (tests/articles/brightline-analyst-note.txt),
read whole in every mode: the chief executive on the conference call, the analysts' note
to clients, and a portfolio manager whose firm is named in his source."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "brightline-analyst-note.txt"
pytestmark = pytest.mark.model


def test_the_call(extraction) -> None:
    quality = [s for s in extraction.statements if "disappoint on volume" in s.text]
    assert quality and quality[0].speaker.name == "Ingrid Solberg"
    assert quality[0].venue.name == "conference call" and quality[0].recipient.name == "analysts"


def test_the_note_to_clients(extraction) -> None:
    note = [s for s in extraction.statements if "we struggle to see" in s.text]
    assert note and note[0].speaker.name == "Carver & Lowe"
    assert note[0].venue.type == "document" and note[0].recipient.name == "clients"


def test_the_portfolio_manager(extraction) -> None:
    excuse = [s for s in extraction.statements if "new excuse" in s.text]
    assert excuse and excuse[0].speaker.name == "Leonard Fisk"
