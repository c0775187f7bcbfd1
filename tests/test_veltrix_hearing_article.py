"""One story of a Senate hearing we wrote (tests/articles/veltrix-senate-hearing.txt), read
whole in every mode: a that-clause after the verb is what was written, not a participle
fronted before the subject; a quotation inside a model's span is that quotation's; a
time the content's span took in still dates the words when it hangs on the cue."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_reading import by_cue

ARTICLE = Path(__file__).resolve().parent / "articles" / "veltrix-senate-hearing.txt"
pytestmark = pytest.mark.model


def test_the_letter_says_what_follows_that(extraction) -> None:
    letter = by_cue(extraction, "wrote", "a coalition of eleven chipmakers")
    assert letter.text.startswith("the restrictions had cost the industry")
    assert "In a letter" not in letter.text
    assert (letter.venue.name, letter.venue.type) == ("letter", "document")
    assert letter.recipient.name == "lawmakers"


def test_a_quotation_closing_a_span_is_the_spans_own(extraction) -> None:
    thanks = [s for s in extraction.statements if "a fair hearing" in s.text]
    if "polnear" not in extraction.statements[0].extractor_version:
        assert not thanks  # the rules know no `thank` cue: nothing, rather than half
        return
    assert thanks
    # `the committee for "a fair hearing"`: the closing mark closes the inner quotation
    assert thanks[0].kind == "mixed"
    assert thanks[0].text.count('"') % 2 == 0
    assert thanks[0].speaker.name == "Arjun Malhotra"
    assert (thanks[0].venue.name, thanks[0].venue.type) == ("blog post", "document")


def test_a_weekday_inside_the_urging(extraction) -> None:
    urged = by_cue(extraction, "urged")
    assert urged.speaker.name == "Arjun Malhotra"
    assert urged.said_on.value == "2025-09-17"  # the Wednesday before Thursday 18 September


def test_unnamed_sources_stay_unnamed(extraction) -> None:
    weeks = [s for s in extraction.statements if "within weeks" in s.text]
    assert weeks and weeks[0].speaker is None
    familiar = [s for s in extraction.statements if "narrower set of rules" in s.text]
    assert familiar and familiar[0].speaker is None


def test_the_senator_tells_the_witness(extraction) -> None:
    profits = [s for s in extraction.statements if "made record profits" in s.text]
    assert profits
    assert profits[0].speaker.name == "Laura Whitfield"
    assert profits[0].recipient.name == "Malhotra"
