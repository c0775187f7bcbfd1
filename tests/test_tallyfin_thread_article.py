"""A founder's deleted thread, which we wrote (tests/articles/ceo-x-thread.txt), read whole
in every mode: his words quoted in the lede (`in which he said employees … "don't really
want to win," drew thousands of angry replies`), which `drew` gives no second speaker; his
apology in a new post; employees' anonymous posts; the head of people's email to staff."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ceo-x-thread.txt"
pytestmark = pytest.mark.model


def test_the_quoted_words_have_one_cue(extraction) -> None:
    win = [s for s in extraction.statements if "really want to win" in s.text]
    assert len(win) == 1 and win[0].cue.text == "said"
    assert not [s for s in extraction.statements if s.cue is not None and s.cue.text == "drew"]


def test_the_apology_and_the_email(extraction) -> None:
    wrong = [s for s in extraction.statements if "I got this badly wrong" in s.text]
    assert wrong and wrong[0].speaker.name == "Marcus Hale"
    assert wrong[0].venue is not None and wrong[0].venue.type == "document"
    hours = [s for s in extraction.statements if "review its policies on working hours" in s.text]
    assert hours and hours[0].speaker.name == "Grace Oyelaran"
    assert hours[0].recipient is not None and hours[0].recipient.name == "staff"
