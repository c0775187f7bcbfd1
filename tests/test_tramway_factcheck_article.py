"""One fact-check article we wrote (tests/articles/tramway-fare-factcheck.txt), read whole in
every mode: a dateline gives the publication date that the weekdays resolve against; the
headline's question, declined speech and the writer's guess are not statements; a report
speaks for its author and is where the words were given; a claim's content stops where
the writer's verdict on it begins."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from article_reading import by_cue

from onrecord import extract

ARTICLE = Path(__file__).resolve().parent / "articles" / "tramway-fare-factcheck.txt"
pytestmark = pytest.mark.model


def test_dateline_dates_the_article(extraction) -> None:
    assert extraction.article.published == date(2025, 6, 12)  # "Published 2025-06-12"
    conference = by_cue(extraction, "said", "the mayor")
    assert conference.speaker.name == "Lena Ostrova"
    assert (conference.venue.name, conference.said_on.value) == ("news conference", "2025-06-10")
    ledger = by_cue(extraction, "told", "Raman")
    assert (ledger.venue.name, ledger.said_on.value) == ("Valley Ledger", "2025-04")
    authority = by_cue(extraction, "said", "the Metro Transit Authority")
    assert (authority.venue.type, authority.said_on.value) == ("document", "2025-06-11")


def test_not_statements(extraction) -> None:
    cues = {s.cue.text for s in extraction.statements if s.cue is not None}
    assert "promise" not in cues  # the headline asks "Did Mayor Ostrova promise …?"
    assert not {"declined", "comment", "Asked"} & cues
    said = " ".join(s.text for s in extraction.statements)
    assert "construction bonds" not in said  # "It seems that …": the writer's guess
    assert "is misleading" not in said  # the writer's verdict on Okafor's claim
    guesses = [i for i in extraction.interpretations if "construction bonds" in i.span.text]
    assert guesses and guesses[0].speaker.name == "Lena Ostrova"


def test_a_report_speaks_for_its_author(extraction) -> None:
    report = by_cue(extraction, "According to")
    assert report.speaker.name == "Priya Raman"
    assert (report.venue.name, report.venue.type) == ("report", "document")
    assert report.text == "operating costs for the line rose 18 percent last year"


def test_speakers(extraction) -> None:
    assert by_cue(extraction, "added").speaker.name == "Hannah Greer"
    called = by_cue(extraction, "called")
    assert (called.source.text, called.speaker.name) == ("He", "Darius Okafor")
    assert called.kind == "mixed"
    phelps = by_cue(extraction, "said", "Phelps")
    assert phelps.speaker.name == "Walter Phelps" and phelps.kind == "direct"


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_claim_content_is_the_clause(mode: str) -> None:
    found = extract(ARTICLE.read_text(encoding="utf-8"), model=mode)
    assert by_cue(found, "claim").text == "she promised frozen fares"
