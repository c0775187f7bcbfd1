"""Reactions to a ruling, which we wrote (tests/articles/voter-id-ruling-reactions.txt), read
whole in every mode: two lawmakers in one sentence, one `in a post on X`, the other `on
Facebook`, each placed by the occasion its own verb takes; the governor's statement; a
senator to reporters."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "voter-id-ruling-reactions.txt"
pytestmark = pytest.mark.model


def test_two_lawmakers_in_one_sentence(extraction) -> None:
    victory = [s for s in extraction.statements if "a victory for every eligible voter" in s.text]
    assert victory and victory[0].speaker.name == "Ruth Caldwell"
    assert victory[0].venue is not None and victory[0].venue.name == "X"  # hers, not Toomey's
    judgment = [s for s in extraction.statements if "substituted its judgment" in s.text]
    assert judgment and judgment[0].speaker.name == "Brian Toomey"
    assert judgment[0].venue.name == "Facebook"


def test_the_governor_and_the_senator(extraction) -> None:
    ground = [s for s in extraction.statements if "find common ground" in s.text]
    assert ground and ground[0].speaker.name == "Lisa Tran" and ground[0].venue.type == "document"
    drafted = [s for s in extraction.statements if "poorly drafted" in s.text]
    assert drafted and drafted[0].speaker.name == "Paul Hendricks"
