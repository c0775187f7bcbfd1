"""Climate talks we wrote (tests/articles/ostrava-climate-summit.txt), read whole in every
mode: `In a statement, it said …` after `Saudi Arabia's delegation rejected that account`
is the delegation, not the European Union named a paragraph before; the summit's
president is dated to Friday; the chant is nobody named."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ostrava-climate-summit.txt"
pytestmark = pytest.mark.model


def test_it_is_the_delegation_named_before(extraction) -> None:
    engaged = [s for s in extraction.statements if "engaged constructively" in s.text]
    assert engaged and engaged[0].speaker is not None
    assert engaged[0].speaker.name == "Saudi Arabia's delegation"
    assert engaged[0].venue.name == "statement"


def test_the_presidents_friday_morning(extraction) -> None:
    reach = [s for s in extraction.statements if "within reach" in s.text]
    assert reach and reach[0].speaker.name == "Luiza Campos"
    assert reach[0].said_on.value == "2026-11-20"


def test_the_commissioner_to_reporters(extraction) -> None:
    job = [s for s in extraction.statements if "finish the job" in s.text]
    assert job and job[0].speaker.name == "Henrik Aalto"
    assert job[0].recipient.name == "reporters"


def test_the_island_negotiator(extraction) -> None:
    islands = [s for s in extraction.statements if "our islands exist" in s.text]
    assert islands and islands[0].speaker.name == "Tala Mavaega"
