"""One layoffs story we wrote (tests/articles/quillon-layoffs-memo.txt), read whole in every
mode: the lede's `its chief executive` is the chief executive the article names a paragraph
later; `a recruiter named Callum Fairweather` is Fairweather; the memo and the podcast are
where the words were given; an employee who asked not to be named is nobody we can name."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "quillon-layoffs-memo.txt"
pytestmark = pytest.mark.model


def test_the_lede_names_the_chief_executive_later(extraction) -> None:
    cuts = [s for s in extraction.statements if "will cut about 1,200 jobs" in s.text]
    assert cuts and cuts[0].source.text == "its chief executive"
    assert cuts[0].speaker.name == "Rafael Montoya-Birch"
    assert cuts[0].recipient is not None and cuts[0].recipient.name == "employees"


def test_a_person_named_by_a_participle(extraction) -> None:
    grateful = [s for s in extraction.statements if "grateful for three great years" in s.text]
    assert grateful and grateful[0].speaker.name == "Callum Fairweather"


def test_the_memo_and_the_podcast(extraction) -> None:
    sorry = [s for s in extraction.statements if "That is on me" in s.text]
    assert sorry and sorry[0].speaker.name == "Rafael Montoya-Birch"
    assert (sorry[0].venue.name, sorry[0].venue.type) == ("memo", "document")
    decade = [s for s in extraction.statements if "next decade" in s.text]
    assert decade and decade[0].speaker.name == "Rafael Montoya-Birch"
    assert decade[0].venue.type == "podcast"
    assert decade[0].said_on is not None and decade[0].said_on.value == "2025-09"


def test_the_unnamed_designer_is_nobody(extraction) -> None:
    laptop = [s for s in extraction.statements if "laptop would be locked" in s.text]
    assert laptop and laptop[0].speaker is None
