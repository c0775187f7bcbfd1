"""One parliamentary story we wrote (tests/articles/commons-housing-debate.txt), read whole
in every mode: British single quotation marks; MPs addressed, not an outlet; a committee's
name held together across a particle; the presenter named after his role; a subject that
a forecast raises out of its clause stays a person a later pronoun can mean."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_reading import by_cue

ARTICLE = Path(__file__).resolve().parent / "articles" / "commons-housing-debate.txt"
pytestmark = pytest.mark.model


def test_single_curly_quotes_are_quotations(extraction) -> None:
    honest = [s for s in extraction.statements if s.text.startswith("We were always honest")]
    assert honest and honest[0].kind == "direct"
    assert honest[0].speaker.name == "Dominic Whitcombe"
    assert "pretend otherwise" in honest[0].text  # the second sentence joins the first
    overdue = [s for s in extraction.statements if "long overdue" in s.text]
    assert overdue and overdue[0].kind == "mixed"
    assert overdue[0].speaker.name == "Rosalind Achebe"


def test_mps_are_the_audience_not_an_outlet(extraction) -> None:
    numbers = [s for s in extraction.statements if "numbers simply are not there" in s.text]
    assert numbers
    assert numbers[0].venue is None
    assert numbers[0].recipient.name == "MPs"


def test_a_committee_named_across_a_particle(extraction) -> None:
    delays = [s for s in extraction.statements if s.text.startswith("planning delays")]
    assert delays
    assert delays[0].recipient.name == "the levelling up select committee"


def test_the_presenter_by_name_on_the_programme_before(extraction) -> None:
    statement = by_cue(extraction, "told")
    assert statement.speaker.name == "Tobias Reeve"
    assert statement.recipient.name == "Nick Harlow"
    # the occasion of the sentence before (the BBC, on Thursday) goes on
    assert (statement.venue.name, statement.venue.type) == ("BBC", "outlet")
    assert statement.said_on.value == "2025-03-13"


def test_he_after_a_forecast_about_the_minister(extraction) -> None:
    # `Mr Whitcombe is expected to set out …` puts him in the forecast's span; he is still
    # the man `he laughed and said` means, not the anonymous MP of the paragraph before.
    grade = [s for s in extraction.statements if "above my pay grade" in s.text]
    assert grade
    assert grade[0].speaker.name == "Dominic Whitcombe"
    assert grade[0].recipient.name == "Ms Achebe"
