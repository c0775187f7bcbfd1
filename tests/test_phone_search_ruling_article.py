"""A divided court's ruling, which we wrote (tests/articles/court-dissent-ruling.txt), read
whole in every mode: the majority's author, a dissent (`In a sharply worded dissent,`, a
document), the attorney general, the driver's lawyer, and officers who `found messages
they said showed …` (no one named: not the court)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "court-dissent-ruling.txt"
pytestmark = pytest.mark.model


def test_the_dissent_is_a_document(extraction) -> None:
    handcuffed = [s for s in extraction.statements if "handcuffed the officers" in s.text]
    assert len(handcuffed) == 1
    assert handcuffed[0].speaker.name == "Robert Kline"
    assert handcuffed[0].venue is not None and handcuffed[0].venue.type == "document"


def test_they_are_the_officers_not_the_court(extraction) -> None:
    stolen = [s for s in extraction.statements if s.text.endswith("carrying stolen goods")
              and s.source is not None and s.source.text == "they"]
    assert all(s.speaker is None for s in stolen)


def test_the_majority_and_the_lawyer(extraction) -> None:
    glove = [s for s in extraction.statements if "not a glove compartment" in s.text]
    assert glove and glove[0].speaker.name == "Maria Ochoa"
    victory = [s for s in extraction.statements if "a victory for every person" in s.text]
    assert victory and victory[0].speaker.name == "Samir Haddad"
