"""A leak from anonymous sources we wrote (tests/articles/rowan-leak-anonymous.txt), read
whole in every mode: the people familiar with the plans are nobody named; `without
elaborating` is how the words were given, not part of them; a memo `sent by … Owen
Brandt, to his staff` is his, and so is `It urged …` after it; `could add two points to
the margin` is a sum."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "rowan-leak-anonymous.txt"
pytestmark = pytest.mark.model


def test_anonymous_people_are_nobody_named(extraction) -> None:
    people = [s for s in extraction.statements if "400 engineers" in s.text]
    assert people and people[0].speaker is None


def test_without_elaborating_is_not_her_words(extraction) -> None:
    stack = [s for s in extraction.statements if "parts of the stack" in s.text]
    assert stack and stack[0].speaker.name == "Maya Lindqvist"
    assert "elaborating" not in stack[0].text
    assert stack[0].recipient.name == "analysts"


def test_the_memo_is_its_senders(extraction) -> None:
    memo = [s for s in extraction.statements if "most important in our history" in s.text]
    assert memo and memo[0].speaker is not None and memo[0].speaker.name == "Owen Brandt"
    assert "staff" not in memo[0].speaker.name


def test_it_after_the_memo_is_the_memos_sender(extraction) -> None:
    urged = [s for s in extraction.statements if "not to discuss the project" in s.text]
    assert urged and urged[0].speaker is not None and urged[0].speaker.name == "Owen Brandt"


def test_a_sum_is_no_statement(extraction) -> None:
    assert not [s for s in extraction.statements
                if s.source is not None and s.source.text == "the switch"]
