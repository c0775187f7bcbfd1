"""A nightclub shooting we wrote (tests/articles/northgate-nightclub-shooting.txt), read
whole in every mode: a witness who asked not to be named is nobody; the owner's Facebook
post; the detective's appeal."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "northgate-nightclub-shooting.txt"
pytestmark = pytest.mark.model


def test_the_unnamed_witness(extraction) -> None:
    shots = [s for s in extraction.statements if "four or five shots" in s.text]
    assert shots and shots[0].speaker is None
    screaming = [s for s in extraction.statements if "Everyone was screaming" in s.text]
    assert screaming and screaming[0].speaker is None


def test_the_owners_post(extraction) -> None:
    safe = [s for s in extraction.statements if "keep everyone safe" in s.text]
    assert safe and safe[0].speaker.name == "Ray Dunn" and safe[0].venue.name == "Facebook"


def test_the_detective(extraction) -> None:
    mind = [s for s in extraction.statements if "open mind" in s.text]
    assert mind and mind[0].speaker.name == "Carla Mendes"
