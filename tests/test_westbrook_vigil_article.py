"""A vigil after a school lockdown we wrote (tests/articles/westbrook-school-shooting-vigil.txt),
read whole in every mode: a text message quoted inside a parent's quotation is hers to
tell, not a statement of its own; the superintendent's letter went to families; the
principal spoke to the crowd."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "westbrook-school-shooting-vigil.txt"
pytestmark = pytest.mark.model


def test_the_parent(extraction) -> None:
    texted = [s for s in extraction.statements if "never forget reading that" in s.text]
    assert texted and texted[0].speaker.name == "Carla Mendez"


def test_the_superintendents_letter(extraction) -> None:
    review = [s for s in extraction.statements if "review how it communicates" in s.text]
    assert review and review[0].speaker.name == "Lisa Harmon"
    assert review[0].venue.name == "letter" and review[0].recipient.name == "families"


def test_the_principal_to_the_crowd(extraction) -> None:
    training = [s for s in extraction.statements if "followed their training" in s.text]
    assert training and training[0].speaker.name == "Kevin Osei"
    assert training[0].recipient.name == "the crowd"


def test_the_class_president(extraction) -> None:
    together = [s for s in extraction.statements if "we are together" in s.text]
    assert together and together[0].speaker.name == "Jordan Reeves"
