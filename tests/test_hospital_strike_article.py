"""A nurses' strike we wrote (tests/articles/hospital-strike-nurses.txt), read whole in
every mode: the hospital speaks in a statement; a union named in apposition speaks as
itself; its president, named after `Its president`, is a person of her own."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "hospital-strike-nurses.txt"
pytestmark = pytest.mark.model


def test_the_hospitals_statement(extraction) -> None:
    hired = [s for s in extraction.statements if "150 replacement nurses" in s.text]
    assert hired and hired[0].speaker.name == "St. Brendan's Hospital"
    assert hired[0].venue.name == "statement"


def test_the_union_and_its_president(extraction) -> None:
    short = [s for s in extraction.statements if "fell far short" in s.text]
    assert short and short[0].speaker.name == "Northern Nurses Alliance"
    teeth = [s for s in extraction.statements if "promise with no teeth" in s.text]
    assert teeth and teeth[0].speaker.name == "Grace Obi"


def test_a_patient_given_an_age(extraction) -> None:
    polite = [s for s in extraction.statements if "waved me through" in s.text]
    assert polite and polite[0].speaker.name == "Tom Harris"
