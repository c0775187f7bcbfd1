"""A cyclist's inquest we wrote (tests/articles/kelham-cyclist-inquest.txt), read whole in
every mode: `Sgt.` keeps its full stop and its name; `told the inquest that he had
complained …` is what the partner said, though the parse reads a relative clause; a
statement `read to the court` is not part of what it says; `confirmed under questioning
that …`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "kelham-cyclist-inquest.txt"
pytestmark = pytest.mark.model


def _first(extraction, words):
    found = [s for s in extraction.statements if words in s.text]
    assert found, words
    return found[0]


def test_the_sergeant_keeps_his_title(extraction) -> None:
    lorry = _first(extraction, "travelling at about 15 mph")
    assert lorry.speaker.name == "Colin Reid"
    assert lorry.source.text.startswith("Sgt. Colin Reid")


def test_the_partner_told_the_inquest(extraction) -> None:
    told = [s for s in extraction.statements if "almost every week" in s.text
            and s.cue is not None and s.cue.text == "told"]
    assert told, "no statement cued `told`"
    told = told[0]
    assert told.speaker.name == "Amira Saleh"
    assert told.text.startswith("he had complained about the junction")
    assert told.recipient.name == "the inquest"


def test_the_statement_read_to_the_court(extraction) -> None:
    mirrors = _first(extraction, "checked his mirrors")
    assert mirrors.speaker.name == "Keith Marsh"
    assert mirrors.text.startswith("he had checked his mirrors")
    assert mirrors.venue.type == "document"


def test_the_engineer_under_questioning(extraction) -> None:
    petition = _first(extraction, "residents had petitioned")
    assert petition.speaker.name == "Priya Nandakumar"
    assert petition.text.startswith("residents had petitioned")


def test_the_coroner(extraction) -> None:
    known = _first(extraction, "It was known for years")
    assert known.speaker.name == "Helen Draycott"
