"""A speech analysis we wrote (tests/articles/brightwell-speech-analysis.txt), read whole in
every mode: the writer's guesses (`the phrase seems to be a signal that she intends to push
the plan`, `It is possible that Brightwell was also speaking to a different audience`)
are interpretations, and the intent guessed there is no statement of the mayor's; what
she and others said stays theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "brightwell-speech-analysis.txt"
pytestmark = pytest.mark.model


def test_the_guessed_intent_is_no_statement(extraction) -> None:
    assert not [s for s in extraction.statements if "push the plan" in s.text]
    guesses = [i for i in extraction.interpretations if "seems to be a signal" in i.span.text]
    assert guesses and guesses[0].speaker.name == "Celeste Brightwell"


def test_the_writers_possibilities_are_interpretations(extraction) -> None:
    audience = [i for i in extraction.interpretations
                if "speaking to a different audience" in i.span.text]
    assert audience and audience[0].speaker.name == "Celeste Brightwell"
    aimed = [i for i in extraction.interpretations if "aimed as much at" in i.span.text]
    assert aimed
    assert not [s for s in extraction.statements if "different audience" in s.text]


def test_her_own_words_stay_hers(extraction) -> None:
    city = [s for s in extraction.statements if s.text.startswith("We are going to build")]
    assert city and city[0].speaker.name == "Celeste Brightwell"
    assert "zip code is not your destiny" in city[0].text
    # the address she gave on Thursday night, which the sentence before names
    assert city[0].venue is not None and city[0].venue.type == "event"
    assert city[0].venue.name.endswith("State of the City address")
    assert city[0].said_on is not None and city[0].said_on.value == "2026-02-19"
    no = [s for s in extraction.statements if "cannot keep saying no" in s.text]
    assert no and no[0].speaker.name == "Celeste Brightwell"
    everything = [s for s in extraction.statements if s.text.startswith("It's about everything")]
    assert everything and everything[0].speaker.name == "Celeste Brightwell"


def test_the_council_president_and_the_chief_of_staff(extraction) -> None:
    easy = [s for s in extraction.statements if s.text.startswith("Speeches are easy")]
    assert easy and easy[0].speaker.name == "Walter Amundsen"
    words = [s for s in extraction.statements if s.text.startswith("The mayor's words")]
    assert words and words[0].speaker.name == "Priya Ramaswamy"
    assert (words[0].venue.name, words[0].venue.type) == ("email", "document")
