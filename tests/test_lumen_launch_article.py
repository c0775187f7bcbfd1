"""One product-launch story we wrote (tests/articles/lumen-beacon-launch.txt), read whole in
every mode: a firm the entity tagger takes for a person is a firm when an apposition says
so; a product named in quotation marks speaks for no one; a product recall is not speech;
a speaker is never a word of their own content."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_reading import by_cue, by_source

ARTICLE = Path(__file__).resolve().parent / "articles" / "lumen-beacon-launch.txt"
pytestmark = pytest.mark.model


def test_the_company_is_the_firm_not_its_product(extraction) -> None:
    price = by_cue(extraction, "said", "the company")
    assert price.text == "Beacon will cost $249"
    assert (price.speaker.name, price.speaker.type) == ("Lumen", "organization")
    assert not any(s.speaker is not None and s.speaker.name == "Beacon"
                   for s in extraction.statements)


def test_anonymous_people_are_the_source_not_the_content(extraction) -> None:
    talks = [s for s in extraction.statements if "large carrier" in s.text]
    assert len(talks) == 1 and talks[0].source.text.startswith("Two people familiar")
    assert talks[0].speaker is None  # unnamed


def test_a_recall_of_goods_is_not_speech(extraction) -> None:
    assert not any("battery problems" in s.text for s in extraction.statements)


def test_two_that_clauses_are_one_claim(extraction) -> None:
    note = by_cue(extraction, "wrote", "Harlow & Finch analyst Meera Desai")
    assert note.text.endswith("but that Lumen's demonstration was convincing")
    assert note.recipient.name == "clients"


def test_venues_of_the_chief_executive(extraction) -> None:
    post = by_cue(extraction, "later posted", "Solberg")
    assert (post.venue.name, post.venue.type) == ("X", "platform")
    interview = [s for s in by_source(extraction, "Solberg") if s.venue and s.venue.name == "The Verge"]
    assert interview and interview[0].recipient.name == "Priya Nair"
    assert interview[0].said_on.value == "2026-08"  # "last month", published in September
    assert by_source(extraction, "she")[-1].speaker.name == "Ingrid Solberg"


def test_the_writers_inference_names_no_speaker(extraction) -> None:
    for statement in extraction.statements:
        if statement.source is not None and statement.source.text == "That":
            assert statement.speaker is None
