"""One "ending explained" article we wrote (tests/articles/harbour-lights-ending.txt), read
whole in every mode: a headline topic, declined speech and the writer's guesses are not
statements; an answer before a colon, a scene-setting sentence, `told the outlet`, a
surname the tagger misreads and a source running into its content all come out right."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord import extract

ARTICLE = Path(__file__).resolve().parent / "articles" / "harbour-lights-ending.txt"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module", params=["fast", "accurate", "rules"])
def result(request):
    return extract(ARTICLE.read_text(encoding="utf-8"), model=request.param)


def _by_cue(result, cue: str):
    found = [s for s in result.statements if s.cue is not None and s.cue.text == cue]
    assert found, f"no statement cued {cue!r}"
    return found[0]


def test_not_statements(result) -> None:
    cues = {s.cue.text for s in result.statements if s.cue is not None}
    assert "says about" not in cues  # the headline's "what Calloway says about …" is a topic
    assert not {"declined", "asked"} & cues  # declined speech, a question put to her
    said = " ".join(s.text for s in result.statements)
    assert "childhood in Galway" not in said and "rushed" not in said  # the writer's guesses


def test_occasions(result) -> None:
    interview = _by_cue(result, "told")
    assert (interview.venue.name, interview.said_on.value) == ("Screen Daily", "2024-11")
    assert interview.recipient is None  # "the outlet" is Screen Daily, not a person
    podcast = _by_cue(result, "explained")
    assert (podcast.venue.name, podcast.venue.type) == ("Draft Two", "podcast")
    assert podcast.recipient.name == "Milo Brandt"
    assert "keep sailing toward the rocks" in podcast.text  # the quote runs on a paragraph


def test_speakers(result) -> None:
    answer = _by_cue(result, "answer")
    assert answer.speaker.name == "Ines Calloway" and answer.text.startswith("We needed")
    according = _by_cue(result, "According to")
    assert (according.source.text, according.speaker.name) == ("producer Tomas Reyes",
                                                               "Tomas Reyes")
    reyes = [s for s in result.statements if s.source is not None and s.source.text == "Reyes"]
    assert reyes and all(s.speaker.name == "Tomas Reyes" for s in reyes)
    studio = [s for s in result.statements if s.source is not None and s.source.text == "the studio"]
    assert all(s.speaker is None for s in studio)  # not the outlet, not Galway


def test_interpretations(result) -> None:
    speakers = {i.span.text.split()[0]: i.speaker for i in result.interpretations}
    assert speakers["It"].name == "Ines Calloway"
    assert speakers["Critics"] is None
