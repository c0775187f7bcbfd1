"""One ending explainer we wrote (tests/articles/lowtide-ending-explained.txt), read whole in
every mode, the kind of article onrecord is for: a relation the model finds nested in a
reported clause (`the first thing he wrote`) leaves the clause's own statement standing;
a named podcast is where he spoke, though no verb of speech comes before it; a clause
that opens a quotation runs to its close; the writer's `Perhaps Wren meant` is an
interpretation."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "lowtide-ending-explained.txt"
pytestmark = pytest.mark.model


def test_the_outer_statement_stands_beside_a_nested_one(extraction) -> None:
    ferry = [s for s in extraction.statements if "ferry scene was the first thing" in s.text]
    assert ferry and ferry[0].cue.text == "telling"
    assert ferry[0].speaker.name == "Tobias Wren"
    assert (ferry[0].venue.name, ferry[0].venue.type) == ("Cutting Room", "podcast")
    assert not [s for s in extraction.statements if s.speaker and s.speaker.name == "Naledi Brandt"]


def test_the_long_quotation_on_the_podcast(extraction) -> None:
    ending = [s for s in extraction.statements if s.text.startswith("I had the ending")]
    assert ending and ending[0].speaker.name == "Tobias Wren"
    assert "working backwards from that shot" in ending[0].text  # the next paragraph too
    assert ending[0].venue.name == "Cutting Room"


def test_the_trade_interview_last_november(extraction) -> None:
    trapped = [s for s in extraction.statements if "She isn't trapped" in s.text]
    assert trapped and trapped[0].speaker.name == "Tobias Wren"
    assert trapped[0].venue.name == "Reel Dispatch"
    assert trapped[0].said_on is not None and trapped[0].said_on.value == "2024-11"


def test_the_star_on_instagram(extraction) -> None:
    mourning = [s for s in extraction.statements if "is mourning" in s.text]
    assert mourning and mourning[0].text == 'Elsie "is mourning, whatever Tobias says,"'
    assert mourning[0].speaker.name == "Agathe Lindqvist"
    assert (mourning[0].venue.name, mourning[0].venue.type) == ("Instagram", "platform")


def test_the_writers_perhaps(extraction) -> None:
    assert [i for i in extraction.interpretations if i.span.text.startswith("Perhaps Wren meant")]
    assert not [s for s in extraction.statements if "rebuke to the studio" in s.text]
