"""One breaking-news story we wrote (tests/articles/kettle-river-flood.txt), read whole in
every mode: a posted date beats an update's; a quotation runs on over paragraphs; an
office a qualifier names is its own speaker, not the outlet named before it; a post on X
at a sentence's end is on X."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from article_reading import by_cue, by_source

ARTICLE = Path(__file__).resolve().parent / "articles" / "kettle-river-flood.txt"
pytestmark = pytest.mark.model


def test_the_posted_date_dates_the_news_conference(extraction) -> None:
    assert extraction.article.published == date(2026, 4, 7)  # not the update of April 8
    mayor = by_source(extraction, "Mayor Carla Vance")[0]
    assert mayor.speaker.name == "Carla Vance"
    assert (mayor.venue.name, mayor.said_on.value) == ("news conference at City Hall",
                                                       "2026-04-06")  # "Monday evening"


def test_a_quotation_over_two_paragraphs(extraction) -> None:
    last = by_source(extraction, "she")[-1]
    assert last.text.startswith("We've had a long night")
    assert last.text.endswith("Stay out until we say it is safe.")
    assert (last.speaker.name, last.said_on.value) == ("Carla Vance", "2026-04-07")


def test_a_named_office_speaks_for_itself(extraction) -> None:
    sheriff = by_source(extraction, "the county sheriff's office")[0]
    assert sheriff.speaker.name == "county sheriff's office"
    assert (sheriff.venue.name, sheriff.venue.type) == ("Facebook", "platform")
    chief = by_source(extraction, "Fire Chief Robert Lange")[0]
    assert (chief.venue.name, chief.venue.type) == ("Marlow Sentinel", "outlet")
    assert by_cue(extraction, "urged", "He").speaker.name == "Robert Lange"


def test_a_post_on_x_ends_the_sentence(extraction) -> None:
    post = by_cue(extraction, "wrote", "she")
    assert post.speaker.name == "Elise Brandt"
    assert (post.venue.name, post.venue.type) == ("X", "platform")
