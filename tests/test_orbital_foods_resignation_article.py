"""A chief executive's resignation, which we wrote (tests/articles/ceo-resignation-letter.txt),
read whole in every mode: the headline's `Orbital Foods chief`, who is the chief executive
named in the lede beside her firm (`The chief executive of Orbital Foods, Hannah Reyes`);
`telling staff in a letter that …`, the clause parsed as the letter's; a plan `pushed by`
an investor, which is no statement; a spokesman for the investor."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ceo-resignation-letter.txt"
pytestmark = pytest.mark.model


def test_the_headline_chief_is_the_chief_executive(extraction) -> None:
    citing = [s for s in extraction.statements if s.text.startswith("a board that wants")]
    assert citing and citing[0].speaker is not None and citing[0].speaker.name == "Hannah Reyes"


def test_told_in_a_letter(extraction) -> None:
    direction = [s for s in extraction.statements if "no longer agreed on the company" in s.text]
    assert len(direction) == 1
    assert direction[0].speaker.name == "Hannah Reyes"
    assert direction[0].venue is not None and direction[0].venue.type == "document"
    assert direction[0].recipient is not None and direction[0].recipient.name == "staff"


def test_a_plan_pushed_by_someone_is_not_said(extraction) -> None:
    assert not [s for s in extraction.statements if s.cue is not None and s.cue.text == "pushed"]


def test_the_letter_and_the_investor(extraction) -> None:
    leave = [s for s in extraction.statements if "I am entitled to leave" in s.text]
    assert leave and leave[0].speaker.name == "Hannah Reyes" and leave[0].venue.type == "document"
    speculation = [s for s in extraction.statements if "comment on speculation" in s.text]
    assert speculation and speculation[0].speaker.name == "Corbel Capital"
    trapped = [s for s in extraction.statements if "trapped inside a slow one" in s.text]
    assert trapped and trapped[0].speaker.name == "Victor Lam"
    assert trapped[0].said_on is not None and trapped[0].said_on.value == "2026-09"
