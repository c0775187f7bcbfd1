"""One business article we wrote (tests/articles/norrland-battery-earnings.txt), read whole in
every mode: a "Posted on" line dates the article; a that-clause the parse misplaces is still
what the chief executive told analysts, on the call the quotes after it carry on; single
quotation marks quote; an outlet vouches by "according to"; unnamed people stay unnamed; a
question and an unanswered request for comment are not statements."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from onrecord import extract

ARTICLE = Path(__file__).resolve().parent / "articles" / "norrland-battery-earnings.txt"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module", params=["fast", "accurate", "rules"])
def result(request):
    return extract(ARTICLE.read_text(encoding="utf-8"), model=request.param)


def _by_cue(result, cue: str):
    found = [s for s in result.statements if s.cue is not None and s.cue.text == cue]
    assert found, f"no statement cued {cue!r}"
    return found[0]


def test_the_call(result) -> None:
    assert result.article.published == date(2025, 5, 14)  # "Posted on 14 May 2025"
    told = _by_cue(result, "told")
    assert told.speaker.name == "Astrid Vik" and told.kind == "indirect"
    assert told.text == "the company's new plant in Ohio would not be delayed"
    assert (told.venue.name, told.recipient.name) == ("conference call", "analysts")
    quoted = [s for s in result.statements if s.text.startswith("We are confident")]
    assert quoted and quoted[0].kind == "direct" and quoted[0].speaker.name == "Astrid Vik"
    assert quoted[0].venue.name == "conference call"  # the call carries over to the quote


def test_sources(result) -> None:
    assert _by_cue(result, "According to").speaker.name == "Bloomberg"
    unnamed = [s for s in result.statements if s.source is not None
               and s.source.text == "People familiar with the matter"]
    assert unnamed and unnamed[0].speaker is None
    cnbc = [s for s in result.statements if "never build a factory" in s.text]
    assert cnbc and (cnbc[0].venue.name, cnbc[0].said_on.value) == ("CNBC", "2019")
    post = [s for s in result.statements if s.text.startswith("Every cycle ends")]
    assert post and post[0].speaker.name == "Jonas Berg"
    assert (post[0].venue.name, post[0].said_on.value) == ("LinkedIn", "2025-05-14")


def test_not_statements(result) -> None:
    said = " ".join(s.text for s in result.statements)
    assert "meets that test" not in said  # "Analysts have since questioned whether …"
    assert "request for comment" not in said
