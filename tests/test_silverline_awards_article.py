"""An awards night we wrote (tests/articles/silverline-awards-night.txt), read whole in every
mode: film titles in quotation marks are no quotations; `posted the rest of the speech on
Instagram, writing that …` ran on Instagram, and the platform is not part of what was
posted; a quotation after `apologized in a statement on Monday` is the statement's."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "silverline-awards-night.txt"
pytestmark = pytest.mark.model


def test_film_titles_are_not_quotations(extraction) -> None:
    for title in ("The Long Quiet", "Northern Line"):
        assert not [s for s in extraction.statements if s.text.strip(' ,."') == title]


def test_the_acceptance_speech(extraction) -> None:
    boat = [s for s in extraction.statements if "borrowed boat" in s.text]
    assert boat and boat[0].speaker.name == "Ayla Demir"
    assert boat[0].venue.name == "acceptance speech"


def test_the_rest_of_the_speech_on_instagram(extraction) -> None:
    full = [s for s in extraction.statements if "said in full" in s.text]
    assert full and full[0].speaker.name == "Jonah Reyes"
    assert (full[0].venue.name, full[0].venue.type) == ("Instagram", "platform")
    posted = [s for s in extraction.statements if "rest of the speech" in s.text]
    assert all("Instagram" not in s.text for s in posted)


def test_the_presidents_statement_on_monday(extraction) -> None:
    finish = [s for s in extraction.statements if "allowed to finish" in s.text]
    assert finish and finish[0].speaker.name == "Helen Cho"
    assert finish[0].venue.name == "statement"
    assert finish[0].said_on is not None and finish[0].said_on.value == "2026-02-16"
