"""Trial testimony we wrote (tests/articles/dunmore-trial-testimony.txt), read whole in every
mode: `Testifying for the prosecution` names a side, not what was said; `Under
cross-examination, Whitlow's lawyer, Jonathan Reyes, suggested …` is the lawyer's (the
parse also makes `examination` a subject); a cue inside what a lawyer `asked whether …`
is in question; the lawyer's own question is no statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "dunmore-trial-testimony.txt"
pytestmark = pytest.mark.model


def test_testifying_for_a_side_is_not_what_was_said(extraction) -> None:
    assert not [s for s in extraction.statements if s.text.strip() == "the prosecution"]


def test_the_lawyer_under_cross_examination(extraction) -> None:
    signed = [s for s in extraction.statements if "signed off on the same accounts" in s.text]
    assert signed and signed[0].speaker is not None
    assert signed[0].speaker.name == "Jonathan Reyes"


def test_what_was_asked_is_not_said(extraction) -> None:
    assert not [s for s in extraction.statements if s.text.strip() == "leniency"]
    assert not [s for s in extraction.statements if "didn't you" in s.text]


def test_the_witness_answers(extraction) -> None:
    regret = [s for s in extraction.statements if "I regret it" in s.text]
    assert regret and regret[0].speaker.name == "Alicia Romero"
    numbers = [s for s in extraction.statements if "did not add up" in s.text]
    assert numbers and numbers[0].speaker.name == "Alicia Romero"
