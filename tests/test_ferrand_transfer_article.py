"""One transfer story we wrote (tests/articles/ferrand-transfer-saga.txt), read whole in
every mode: full names the entity tagger calls a place or a firm (`Lucas Ferrand`, the
hyphenated `Elena Ruiz-Tagle`) are people, so `He` and `she` find them; a source does not
end on `all but`; a headline's object runs on over the quoted verb that follows it."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ferrand-transfer-saga.txt"
pytestmark = pytest.mark.model


def test_the_striker_posted(extraction) -> None:
    posted = [s for s in extraction.statements if s.cue.text == "posted"]
    for statement in posted:  # a cue PolNeAR's models take, the rules do not
        assert statement.speaker.name == "Lucas Ferrand"


def test_the_sporting_director(extraction) -> None:
    respect = [s for s in extraction.statements if "question of respect" in s.text]
    assert respect and respect[0].speaker.name == "Elena Ruiz-Tagle"
    assert respect[0].venue is None or respect[0].venue.name != "Radio Sport Nove"


def test_all_but_is_no_part_of_the_manager(extraction) -> None:
    over = [s for s in extraction.statements if "time at the club was over" in s.text]
    assert over and over[0].source.text == "Holloway Athletic manager Gareth Penhaligon"
    assert over[0].speaker.name == "Gareth Penhaligon"
    assert over[0].said_on is not None and over[0].said_on.value == "2026-01-22"


def test_the_headline_keeps_the_quoted_verb(extraction) -> None:
    wants = [s for s in extraction.statements if s.cue.text == "admits"]
    assert wants and wants[0].text == 'striker "wants to go"'


def test_the_agent_on_the_radio(extraction) -> None:
    signed = [s for s in extraction.statements if "nothing is signed" in s.text]
    assert signed and signed[0].speaker.name == "Paolo Brancati"
    assert signed[0].venue.name == "Radio Sport Nove"
