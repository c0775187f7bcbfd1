"""One "ending explained" article we wrote (tests/articles/harbour-lights-ending.txt), read
whole in every mode: a headline topic, declined speech and the writer's guesses are not
statements; an answer before a colon, a scene-setting sentence, `told the outlet`, a
surname the tagger misreads and a source running into its content all come out right."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_reading import by_cue

ARTICLE = Path(__file__).resolve().parent / "articles" / "harbour-lights-ending.txt"
pytestmark = pytest.mark.model


def test_not_statements(extraction) -> None:
    cues = {s.cue.text for s in extraction.statements if s.cue is not None}
    assert "says about" not in cues  # the headline's "what Calloway says about …" is a topic
    assert not {"declined", "asked"} & cues  # declined speech, a question put to her
    said = " ".join(s.text for s in extraction.statements)
    assert "childhood in Galway" not in said and "rushed" not in said  # the writer's guesses


def test_occasions(extraction) -> None:
    interview = by_cue(extraction, "told")
    assert (interview.venue.name, interview.said_on.value) == ("Screen Daily", "2024-11")
    assert interview.recipient is None  # "the outlet" is Screen Daily, not a person
    podcast = by_cue(extraction, "explained")
    assert (podcast.venue.name, podcast.venue.type) == ("Draft Two", "podcast")
    assert podcast.recipient.name == "Milo Brandt"
    assert "keep sailing toward the rocks" in podcast.text  # the quote runs on a paragraph


def test_speakers(extraction) -> None:
    answer = by_cue(extraction, "answer")
    assert answer.speaker.name == "Ines Calloway" and answer.text.startswith("We needed")
    according = by_cue(extraction, "According to")
    assert (according.source.text, according.speaker.name) == ("producer Tomas Reyes",
                                                               "Tomas Reyes")
    reyes = [s for s in extraction.statements if s.source is not None and s.source.text == "Reyes"]
    assert reyes and all(s.speaker.name == "Tomas Reyes" for s in reyes)
    studio = [s for s in extraction.statements if s.source is not None and s.source.text == "the studio"]
    assert all(s.speaker is None for s in studio)  # not the outlet, not Galway


def test_interpretations(extraction) -> None:
    speakers = {i.span.text.split()[0]: i.speaker for i in extraction.interpretations}
    assert speakers["It"].name == "Ines Calloway"
    assert speakers["Critics"] is None
