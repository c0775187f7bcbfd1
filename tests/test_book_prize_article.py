"""A literary prize night we wrote (tests/articles/book-prize-speech.txt), read whole in
every mode: `Last year's winner` names who posted, not when (no date); the judges' chair
is named in a second apposition (`The chair of the judges, the critic Philippa Rowe,`);
the winner's speech and her words to reporters keep their listeners."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "book-prize-speech.txt"
pytestmark = pytest.mark.model


def test_last_years_winner_is_not_a_date(extraction) -> None:
    wish = [s for s in extraction.statements if "the one I wish I had written" in s.text]
    assert wish and wish[0].speaker.name == "Julian Frost"
    assert wish[0].said_on is None
    assert wish[0].venue.name == "Instagram"


def test_the_chair_named_in_a_second_apposition(extraction) -> None:
    trusts = [s for s in extraction.statements if "trusts its readers" in s.text]
    assert trusts and trusts[0].speaker.name == "Philippa Rowe"


def test_the_winner_to_reporters(extraction) -> None:
    truth = [s for s in extraction.statements if "tell me the truth" in s.text]
    assert truth and truth[0].speaker.name == "Ama Owusu"
    assert truth[0].recipient.name == "reporters"
