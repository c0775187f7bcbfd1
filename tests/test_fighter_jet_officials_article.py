"""Anonymous officials we wrote (tests/articles/fighter-jet-order-officials.txt), read whole
in every mode: officials who spoke on condition of anonymity are nobody, in every sentence
they speak; the minister, named, to reporters on Friday."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "fighter-jet-order-officials.txt"
pytestmark = pytest.mark.model


def test_the_officials_are_nobody(extraction) -> None:
    for words in ("before the summer recess", "the mood has shifted", "told informally"):
        found = [s for s in extraction.statements if words in s.text]
        assert found and found[0].speaker is None, words


def test_the_minister(extraction) -> None:
    speculate = [s for s in extraction.statements if "speculate about decisions" in s.text]
    assert speculate and speculate[0].speaker.name == "Katrin Vogel"
    assert speculate[0].recipient.name == "reporters"
    assert speculate[0].said_on.value == "2027-06-04"
