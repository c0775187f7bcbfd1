"""A Prime Minister's Questions exchange, which we wrote (tests/articles/pmqs-exchange.txt),
read whole in every mode: the opposition leader's question (a question, no statement), her
jibe, the Prime Minister to MPs, the accusation and the retort, Downing Street later."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "pmqs-exchange.txt"
pytestmark = pytest.mark.model


def test_the_exchange(extraction) -> None:
    cut = [s for s in extraction.statements if "It's a pay cut" in s.text]
    assert cut and cut[0].speaker.name == "Rachel Moss"
    years = [s for s in extraction.statements if "in thirteen years" in s.text]
    assert years and years[0].speaker.name == "James Carter"
    assert years[0].recipient is not None and years[0].recipient.name == "MPs"
    pennies = [s for s in extraction.statements if "counting the pennies" in s.text]
    assert pennies and pennies[0].speaker.name == "Rachel Moss"
    assert pennies[0].text.startswith("him of")  # whom, and what of
    calculator = [s for s in extraction.statements if "find a calculator" in s.text]
    assert calculator and calculator[0].speaker.name == "James Carter"


def test_the_question_is_no_statement(extraction) -> None:
    assert not [s for s in extraction.statements if "£600 a year" in s.text]
