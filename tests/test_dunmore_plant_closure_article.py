"""A car plant's closure, which we wrote (tests/articles/factory-closure-union.txt), read whole
in every mode: `… at 7 a.m. "They didn't even have the decency …," said Gary Nolan`, where
the abbreviation's full stop ends the sentence the quotation follows (the parser ran them
together, and the convener's words were lost to the sentence before); the company's
statement, the MP, its spokeswoman, and a worker who did not give his name."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "factory-closure-union.txt"
pytestmark = pytest.mark.model


def test_the_quotation_after_a_m(extraction) -> None:
    decency = [s for s in extraction.statements if "the decency to tell us" in s.text]
    assert len(decency) == 1
    assert decency[0].kind == "direct" and decency[0].speaker.name == "Gary Nolan"
    assert "canteen" not in decency[0].text
    canteen = [s for s in extraction.statements if "canteen at 7 a.m." in s.text]
    assert canteen and canteen[0].source.text == "Union officials"


def test_the_company_the_mp_and_the_worker(extraction) -> None:
    viable = [s for s in extraction.statements if "no viable alternative" in s.text]
    assert viable and viable[0].speaker.name == "Vantor Motors"
    assert viable[0].venue is not None and viable[0].venue.type == "document"
    exists = [s for s in extraction.statements if "the reason Dunmore exists" in s.text]
    assert exists and exists[0].speaker.name == "Siobhan Marr"
    son = [s for s in extraction.statements if "I thought my son would" in s.text]
    assert son and son[0].speaker is None
