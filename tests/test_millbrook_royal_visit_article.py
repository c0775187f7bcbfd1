"""A royal visit to a school, which we wrote (tests/articles/royal-visit-school.txt), read
whole in every mode: `Princess Eleanor`, a title and one given name the tagger leaves
unlabelled, whom `she told them` means; the head teacher; a pupil; a Palace spokesperson."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "royal-visit-school.txt"
pytestmark = pytest.mark.model


def test_the_princess_by_her_given_name(extraction) -> None:
    radio = [s for s in extraction.statements if "heard on the radio this year" in s.text]
    assert len(radio) == 1
    assert radio[0].speaker is not None and radio[0].speaker.name == "Eleanor"


def test_the_head_the_pupil_and_the_palace(extraction) -> None:
    sentence = [s for s in extraction.statements if "a very long sentence" in s.text]
    assert sentence and sentence[0].speaker.name == "Sandra Boyd"
    lunch = [s for s in extraction.statements if "I said lunch" in s.text]
    assert lunch and lunch[0].speaker.name == "Archie Dunn"
    recovery = [s for s in extraction.statements if "followed the school's recovery" in s.text]
    assert recovery and recovery[0].speaker.name == "Palace"
