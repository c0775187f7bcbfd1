"""One campaign story we wrote (tests/articles/senate-rally-campaign.txt), read whole in
every mode: a dateline is not a speaker; unnamed aides are nobody in particular; declined
speech and speech nobody gave are not statements; a poll's finding keeps its margin."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_reading import by_cue, by_source

ARTICLE = Path(__file__).resolve().parent / "articles" / "senate-rally-campaign.txt"
pytestmark = pytest.mark.model


def test_a_dateline_is_not_a_speaker(extraction) -> None:
    # the rules' `told` relation; the models join "and accused …" to it under that cue
    rally = [s for s in extraction.statements if s.source is not None
             and s.source.text.endswith("Margaret Ashworth") and s.kind != "direct"]
    assert rally and rally[0].source.text == "Sen. Margaret Ashworth"
    assert (rally[0].speaker.name, rally[0].said_on.value) == ("Margaret Ashworth", "2026-10-20")
    assert not any(s.speaker is not None and s.speaker.name == "DAYTON"
                   for s in extraction.statements)


def test_unnamed_aides_are_nobody_in_particular(extraction) -> None:
    aides = by_source(extraction, "Aides")[0]
    assert aides.speaker is None
    assert aides.text == "the senator had been frustrated by the pace of the race"


def test_declined_and_absent_speech_are_not_statements(extraction) -> None:
    cues = {s.cue.text for s in extraction.statements if s.cue is not None}
    assert "declined" not in cues  # "declined to share them"
    assert not any("comment on that point" in s.text for s in extraction.statements)


def test_a_polls_finding_keeps_its_margin(extraction) -> None:
    poll = by_cue(extraction, "showed")
    assert poll.text.startswith("the race within three points")
    assert poll.said_on.value == "2026-10-19"  # "released Monday"


def test_the_challenger_on_his_bus(extraction) -> None:
    for statement in by_source(extraction, "he") + by_source(extraction, "Okoro"):
        assert statement.speaker.name == "Daniel Okoro"
        assert statement.recipient.name == "reporters"
