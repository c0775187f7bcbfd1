"""A transfer exclusive on anonymous sources, which we wrote
(tests/articles/anonymous-sources-transfer.txt), read whole in every mode: `two people with
knowledge of the negotiations`, one of them `who spoke on condition of anonymity`, and `A
person close to Costa` are nobody named; the manager at his press conference is."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "anonymous-sources-transfer.txt"
pytestmark = pytest.mark.model


def test_the_anonymous_sources_are_nobody_named(extraction) -> None:
    for words in ("in advanced talks", "as early as Friday", "excited by the project"):
        found = [s for s in extraction.statements if words in s.text]
        assert found and found[0].speaker is None, words


def test_the_manager(extraction) -> None:
    nine = [s for s in extraction.statements if "a number nine" in s.text]
    assert nine and nine[0].speaker.name == "Leon Ward"
    assert nine[0].venue is not None and nine[0].venue.type == "event"
