"""A university president's apology we wrote (tests/articles/brookfield-president-apology.txt),
read whole in every mode: her email to students; `told the campus newspaper, The Brookfield
Bulletin,` ran in the Bulletin."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "brookfield-president-apology.txt"
pytestmark = pytest.mark.model


def test_the_email(extraction) -> None:
    sorry = [s for s in extraction.statements if "acted more slowly" in s.text]
    assert sorry and sorry[0].speaker.name == "Helen Marsh"
    assert sorry[0].venue.name == "email" and sorry[0].recipient.name == "students"


def test_the_campus_newspaper_by_its_name(extraction) -> None:
    dropped = [s for s in extraction.statements if "charges dropped" in s.text]
    assert dropped and dropped[0].speaker.name == "Daniel Kim"
    assert dropped[0].venue.name == "The Brookfield Bulletin"
