"""One court story we wrote (tests/articles/orchard-ruling-court.txt), read whole in every
mode: a lede's unnamed judge is the judge the article names next; a ruling is where the
judge's words were given; a relative clause's content starts at its own relative."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from article_reading import by_cue, by_source

ARTICLE = Path(__file__).resolve().parent / "articles" / "orchard-ruling-court.txt"
pytestmark = pytest.mark.model


def test_the_ledes_unnamed_judge_is_the_judge_named_next(extraction) -> None:
    assert extraction.article.published == date(2026, 3, 12)
    finding = by_cue(extraction, "finding", "A federal judge")
    assert finding.speaker.name == "Harriet Okafor"
    assert finding.said_on.value == "2026-03-10"  # "on Tuesday", before Thursday the 12th


def test_the_ruling_is_where_the_judge_wrote(extraction) -> None:
    for statement in (*by_source(extraction, "Okafor"), *by_source(extraction, "The judge")):
        assert statement.speaker.name == "Harriet Okafor"
        assert (statement.venue.name, statement.venue.type) == ("38-page ruling", "document")
    lawyer = by_source(extraction, "Kole")[0]
    assert lawyer.venue is None and lawyer.recipient.name == "reporters"


def test_a_relative_clause_leads_with_its_own_relative(extraction) -> None:
    experts = by_cue(extraction, "say", "some experts")
    assert experts.text == "which gives counties far less room than they assumed"
    assert experts.speaker is None  # nobody in particular


def test_residents_and_officials(extraction) -> None:
    brandt = by_cue(extraction, "said in an emailed statement")
    assert (brandt.speaker.name, brandt.venue.type) == ("Miles Brandt", "document")
    assert by_cue(extraction, "added", "She").speaker.name == "Dana Kole"
    assert by_source(extraction, "Marsh")[0].speaker.name == "Ellen Marsh"
