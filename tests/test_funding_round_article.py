"""A startup's funding round we wrote (tests/articles/startup-funding-round.txt), read whole
in every mode: `the company said` is the startup named in the same sentence; an investor,
a chief executive named in apposition and his `He told Reuters`; a sceptical academic."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "startup-funding-round.txt"
pytestmark = pytest.mark.model


def test_the_company(extraction) -> None:
    raised = [s for s in extraction.statements if "has raised $80 million" in s.text]
    assert raised and raised[0].speaker.name == "Verdant"
    assert raised[0].said_on.value == "2027-03-09"


def test_the_chief_executive_to_reuters(extraction) -> None:
    airlines = [s for s in extraction.statements if "two airlines" in s.text]
    assert airlines and airlines[0].speaker.name == "Jonas Weber"
    assert airlines[0].venue.name == "Reuters"


def test_the_sceptic(extraction) -> None:
    physics = [s for s in extraction.statements if "The physics works" in s.text]
    assert physics and physics[0].speaker.name == "Amara Osei"
