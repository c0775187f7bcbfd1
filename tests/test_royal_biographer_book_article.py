"""A royal biography's claims, which we wrote (tests/articles/royal-biographer-book.txt),
read whole in every mode: `Hartley writes that Edmund told a friend in 2009: "…"` (the
quotation stays in the biographer's words in the modes whose filter drops it as a
statement of its own), an extract printed by a newspaper, and a headline's `biographer`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "royal-biographer-book.txt"
pytestmark = pytest.mark.model


def test_the_quotation_in_the_book_stays_on_record(extraction) -> None:
    son = [s for s in extraction.statements if "second son" in s.text]
    assert son
    writes = [s for s in son if s.speaker.name == "Clive Hartley"]
    assert writes and "Edmund told a friend in 2009" in writes[0].text
    assert writes[0].venue is not None
    assert (writes[0].venue.name, writes[0].venue.type) == ("Sunday Chronicle", "outlet")


def test_the_headlines_biographer(extraction) -> None:
    headline = [s for s in extraction.statements if s.cue.text == "says" and s.source.start < 80]
    assert headline and headline[0].speaker.name == "Clive Hartley"


def test_the_palace_the_secretary_and_the_historian(extraction) -> None:
    fiction = [s for s in extraction.statements if "rather poor fiction" in s.text]
    assert fiction and fiction[0].speaker.name == "Buckingham Palace"
    kind = [s for s in extraction.statements if "anything of the kind" in s.text]
    assert kind and kind[0].speaker.name == "James Fallow"
    crisis = [s for s in extraction.statements if "constitutional crisis" in s.text]
    assert crisis and crisis[0].speaker.name == "Anne Colby"
