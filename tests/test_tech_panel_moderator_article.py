"""A conference panel, which we wrote (tests/articles/tech-panel-moderator.txt), read
whole in every mode: a moderator's questions (no statements), two chiefs answering each
other, `shot back that`, and `she noted` inside another sentence's words."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tech-panel-moderator.txt"
pytestmark = pytest.mark.model


def test_the_two_chiefs(extraction) -> None:
    gift = [s for s in extraction.statements if "They're a gift" in s.text]
    assert gift and gift[0].speaker.name == "Priya Menon"
    sentence = [s for s in extraction.statements if "a beautiful sentence" in s.text]
    assert sentence and sentence[0].speaker.name == "Daniel Ortiz"
    reckless = [s for s in extraction.statements if "reckless" in s.text]
    assert reckless and reckless[0].speaker.name == "Daniel Ortiz"


def test_the_moderators_question_is_no_statement(extraction) -> None:
    assert not any("a gift or a gamble" in s.text for s in extraction.statements)


def test_after_the_panel(extraction) -> None:
    friends = [s for s in extraction.statements if "old friends" in s.text]
    assert friends and friends[0].speaker.name == "Daniel Ortiz"
    assert friends[0].recipient is not None and friends[0].recipient.name == "reporters"
