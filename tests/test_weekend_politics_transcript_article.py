"""A broadcast interview's transcript, which we wrote (tests/articles/sunday-show-transcript.txt),
read whole in every mode: turns labelled with the speaker's name in capitals, in full and
then by surname alone, and a shadow minister's reaction after it."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "sunday-show-transcript.txt"
pytestmark = pytest.mark.model


def test_each_turn_is_its_speakers(extraction) -> None:
    oil = [s for s in extraction.statements if "oil price fell by a third" in s.text]
    assert oil and oil[0].speaker.name == "Alan Petrie"
    promise = [s for s in extraction.statements if "make a promise I can't keep" in s.text]
    assert promise and promise[0].speaker.name == "Alan Petrie"  # `PETRIE:` alone
    rises = [s for s in extraction.statements if "further rises this year" in s.text]
    assert rises and rises[0].speaker.name == "Sarah King"  # `KING:` alone


def test_the_reaction_after_the_transcript(extraction) -> None:
    calculator = [s for s in extraction.statements if "trusted with a calculator" in s.text]
    assert calculator and calculator[0].speaker.name == "Grace Obi"
    rejected = [s for s in extraction.statements if "discussed but rejected" in s.text]
    assert rejected and rejected[0].speaker is None  # `A Treasury source`
