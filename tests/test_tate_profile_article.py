"""One literary profile we wrote (tests/articles/tate-novelist-profile.txt), read whole in
every mode: a full name the tagger missed, a quotation that runs on over two paragraphs
after a reported clause, a podcast's host named after a possessive, a present-tense cue
that is not the 2019 interview, and the writer's "It seems that … is her answer to …"."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_reading import by_cue

ARTICLE = Path(__file__).resolve().parent / "articles" / "tate-novelist-profile.txt"
pytestmark = pytest.mark.model


def _cued(extraction, prefix: str):
    return [s for s in extraction.statements if s.cue is not None and s.cue.text.startswith(prefix)]


def test_the_surname_links_to_the_full_name_the_tagger_missed(extraction) -> None:
    # `Imogen Tate did not plan …`: the tagger labels no person there; `Tate` later is.
    before = _cued(extraction, "has said")
    assert before and before[0].speaker.name == "Imogen Tate"
    # `Tate rejects that reading`, where the tagger took `Tate` for a noun (the rules do
    # not read `rejects` as a cue)
    for rejects in _cued(extraction, "rejects"):
        assert rejects.speaker.name == "Imogen Tate"


def test_a_quotation_over_two_paragraphs_goes_on_from_the_reported_clause(extraction) -> None:
    # `the novelist said the idea arrived "uninvited …"` + two paragraphs of quotation
    # that name no one: one statement, as PolNeAR marks such a run
    arrived = [s for s in extraction.statements if "uninvited" in s.text]
    assert len(arrived) == 1
    statement = arrived[0]
    assert statement.kind == "mixed"
    assert "I had finished with those people" in statement.text
    assert statement.text.rstrip('"').endswith("That is really all there is to it.")
    assert statement.source.text == "the novelist"
    assert (statement.venue.name, statement.venue.type) == ("Bookshelf podcast", "podcast")
    assert statement.recipient.name == "Ada Murray"
    assert statement.said_on.value == "2025-03"
    assert not any(s.text.startswith("I had finished") for s in extraction.statements)


def test_a_present_tense_cue_is_not_the_old_interview(extraction) -> None:
    called = by_cue(extraction, "called")
    assert (called.venue.name, called.said_on.value) == ("The Literary Review", "2019")
    for rejects in _cued(extraction, "rejects"):
        assert rejects.venue is None and rejects.said_on is None
    arguments = [s for s in extraction.statements if "win arguments" in s.text]
    assert arguments and arguments[0].said_on is None


def test_a_title_beside_its_noun_is_not_a_quotation(extraction) -> None:
    # `the new novel, "Winter Quarters," is …`: the commas do not make it speech
    assert not any(s.text.startswith("Winter Quarters") for s in extraction.statements)


def test_the_writers_reading_is_an_interpretation(extraction) -> None:
    readings = [i for i in extraction.interpretations if "her answer to critics" in i.span.text]
    assert readings
    assert readings[0].cue.text == "It seems that"
    assert readings[0].speaker.name == "Imogen Tate"
    assert not any("her answer to critics" in s.text for s in extraction.statements)


def test_a_gerund_on_the_object_is_what_was_recalled(extraction) -> None:
    recalled = by_cue(extraction, "recalled")
    assert recalled.speaker.name == "Felix Grant"
    assert recalled.text.startswith("Tate sending him three different final chapters")
