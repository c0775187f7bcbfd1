"""One business article we wrote (tests/articles/norrland-battery-earnings.txt), read whole in
every mode: a "Posted on" line dates the article; a that-clause the parse misplaces is still
what the chief executive told analysts, on the call the quotes after it carry on; single
quotation marks quote; an outlet vouches by "according to"; unnamed people stay unnamed; a
question and an unanswered request for comment are not statements."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from article_reading import by_cue

ARTICLE = Path(__file__).resolve().parent / "articles" / "norrland-battery-earnings.txt"
pytestmark = pytest.mark.model


def test_the_call(extraction) -> None:
    assert extraction.article.published == date(2025, 5, 14)  # "Posted on 14 May 2025"
    told = by_cue(extraction, "told")
    assert told.speaker.name == "Astrid Vik" and told.kind == "indirect"
    assert told.text == "the company's new plant in Ohio would not be delayed"
    assert (told.venue.name, told.recipient.name) == ("conference call", "analysts")
    quoted = [s for s in extraction.statements if s.text.startswith("We are confident")]
    assert quoted and quoted[0].kind == "direct" and quoted[0].speaker.name == "Astrid Vik"
    assert quoted[0].venue.name == "conference call"  # the call carries over to the quote


def test_sources(extraction) -> None:
    assert by_cue(extraction, "According to").speaker.name == "Bloomberg"
    unnamed = [s for s in extraction.statements if s.source is not None
               and s.source.text == "People familiar with the matter"]
    assert unnamed and unnamed[0].speaker is None
    cnbc = [s for s in extraction.statements if "never build a factory" in s.text]
    assert cnbc and (cnbc[0].venue.name, cnbc[0].said_on.value) == ("CNBC", "2019")
    post = [s for s in extraction.statements if s.text.startswith("Every cycle ends")]
    assert post and post[0].speaker.name == "Jonas Berg"
    assert (post[0].venue.name, post[0].said_on.value) == ("LinkedIn", "2025-05-14")


def test_not_statements(extraction) -> None:
    said = " ".join(s.text for s in extraction.statements)
    assert "meets that test" not in said  # "Analysts have since questioned whether …"
    assert "request for comment" not in said
