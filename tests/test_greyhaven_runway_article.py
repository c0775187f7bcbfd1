"""An aviation incident we wrote (tests/articles/greyhaven-runway-incident.txt), read whole in
every mode: `per a spokesperson for the hospital` attributes what comes before it, an
investigator's briefing is where she spoke, and people who speak on condition of anonymity
are no one in particular."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "greyhaven-runway-incident.txt"
pytestmark = pytest.mark.model


def test_per_a_spokesperson_attributes_the_clause_before_it(extraction) -> None:
    treated = [s for s in extraction.statements if s.cue is not None and s.cue.text == "per"]
    assert treated, "`…, per a spokesperson for …` is a relation of its own"
    assert treated[0].text == "Eleven people were treated for minor injuries"
    assert treated[0].source.text == "a spokesperson for Greyhaven General Hospital"
    assert treated[0].speaker.name == "Greyhaven General Hospital"


def test_the_investigator_at_her_briefing(extraction) -> None:
    recorder = [s for s in extraction.statements if "flight data recorder" in s.text]
    assert recorder and recorder[0].speaker.name == "Marguerite Olsson"
    assert (recorder[0].venue.name, recorder[0].venue.type) == ("briefing", "event")
    assert recorder[0].recipient.name == "reporters"


def test_anonymous_people_are_no_one_named(extraction) -> None:
    go_around = [s for s in extraction.statements if "called for a go-around" in s.text]
    assert go_around and go_around[0].speaker is None
    assert go_around[0].source.text == "Two people familiar with the investigation"


def test_the_passenger_spoke_on_monday(extraction) -> None:
    hit = [s for s in extraction.statements if s.text.startswith("We hit hard")]
    assert hit and hit[0].speaker.name == "Deborah Achebe"
    assert "Nobody screamed" in hit[0].text  # the second half of the split quotation
    assert hit[0].said_on is not None and hit[0].said_on.value == "2026-03-02"


def test_a_student_named_in_passing_is_the_speaker(extraction) -> None:
    lights = [s for s in extraction.statements if "cabin lights went out" in s.text]
    assert lights and lights[0].speaker.name == "Ivo Marchetti"
