"""A vaccine trial's preprint, which we wrote (tests/articles/vaccine-trial-preprint.txt), read
whole in every mode: `according to results posted online on Wednesday that have not yet
been reviewed …`, whose relative clause (hung by the parse on the sentence) is no part of
the content; `preprint` a document, no speaker; the trial's lead and an outside expert."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "vaccine-trial-preprint.txt"
pytestmark = pytest.mark.model


def test_the_sources_clause_is_not_the_content(extraction) -> None:
    results = [s for s in extraction.statements if s.cue.text == "according to"]
    assert len(results) == 1
    assert results[0].text.endswith("in a trial of 2,400 adults")
    assert results[0].speaker is None
    assert results[0].said_on is not None and results[0].said_on.value == "2026-01-07"


def test_the_headline_preprint_is_a_document(extraction) -> None:
    headline = [s for s in extraction.statements if s.text.startswith("Nasal vaccine cuts")]
    assert headline and headline[0].speaker is None
    assert headline[0].venue is not None and headline[0].venue.type == "document"


def test_the_trial_lead_and_the_expert(extraction) -> None:
    milder = [s for s in extraction.statements if "milder ones" in s.text]
    assert milder and milder[0].speaker.name == "Sofie Lindgren"
    data = [s for s in extraction.statements if "see the full data" in s.text]
    assert data and data[0].speaker.name == "Paul Anand"
    spring = [s for s in extraction.statements if "larger trial this spring" in s.text]
    assert spring and spring[0].speaker.name == "Halden Institute"
