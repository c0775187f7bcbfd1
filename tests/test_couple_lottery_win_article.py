"""A couple's lottery win, which we wrote (tests/articles/couple-lottery-win.txt), read
whole in every mode: `Karen and Steve Whitaker`, then `Mr Whitaker` and `Mrs Whitaker`
(the honorific says which), and `he said`, `she said` after each."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "couple-lottery-win.txt"
pytestmark = pytest.mark.model


def test_the_honorific_says_which_whitaker(extraction) -> None:
    retire = [s for s in extraction.statements if "retire early" in s.text]
    assert retire and retire[0].speaker.name == "Steve Whitaker"
    loan = [s for s in extraction.statements if "student loan" in s.text]
    assert loan and loan[0].speaker.name == "Karen Whitaker"


def test_the_pronouns_after(extraction) -> None:
    route = [s for s in extraction.statements if "I like my route" in s.text]
    assert route and route[0].speaker.name == "Steve Whitaker"
    caravan = [s for s in extraction.statements if "a caravan" in s.text]
    assert caravan and caravan[0].speaker.name == "Karen Whitaker"
    eleven = [s for s in extraction.statements if "eleven times" in s.text]
    assert eleven and eleven[0].venue is not None and eleven[0].venue.type == "event"
    assert eleven[0].said_on is not None and eleven[0].said_on.value == "2026-02-23"
