"""A minister's announcement we wrote (tests/articles/immigration-policy-minister.txt), read
whole in every mode: words told to the House of Commons; a spokesperson for a department
speaks for it; an opposition spokesperson named in apposition is himself."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "immigration-policy-minister.txt"
pytestmark = pytest.mark.model


def test_the_minister_to_the_commons(extraction) -> None:
    absorb = [s for s in extraction.statements if "can absorb" in s.text]
    assert absorb and absorb[0].speaker.name == "Daniel Okoro"
    assert absorb[0].recipient.name == "the House of Commons"


def test_the_department_spokesperson(extraction) -> None:
    sector = [s for s in extraction.statements if "working closely with the sector" in s.text]
    assert sector and sector[0].speaker.name == "Department for Education"


def test_the_opposition_spokesperson(extraction) -> None:
    headlines = [s for s in extraction.statements if "chasing headlines" in s.text]
    assert headlines and headlines[0].speaker.name == "Rhys Morgan"
