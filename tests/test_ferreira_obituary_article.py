"""One obituary we wrote (tests/articles/ferreira-obituary.txt), read whole in every mode:
the writer of the byline is nobody's antecedent; a father and a daughter who share a
surname are told apart by the honorific and the role in apposition; an old interview keeps
its year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from article_reading import by_cue, by_source

ARTICLE = Path(__file__).resolve().parent / "articles" / "ferreira-obituary.txt"
pytestmark = pytest.mark.model


def test_the_daughter_not_the_writer(extraction) -> None:
    assert extraction.article.published == date(2026, 11, 14)
    quote = by_source(extraction, "she")[0]
    assert quote.text.startswith("He could hear a ship's engine")
    assert quote.speaker.name == "Mara Ferreira"
    assert not any(s.speaker is not None and s.speaker.name == "Lena Whitcombe"
                   for s in extraction.statements)


def test_mr_ferreira_is_the_father(extraction) -> None:
    interview = by_cue(extraction, "said", "Mr. Ferreira")
    assert interview.speaker.name == "Tomas Ferreira"
    assert (interview.venue.name, interview.said_on.value) == ("Halden Gazette", "2009")
    told = by_cue(extraction, "told", "he")
    assert (told.speaker.name, told.venue.name) == ("Tomas Ferreira", "Halden Gazette")


def test_the_port_and_a_friend(extraction) -> None:
    assert by_cue(extraction, "called").speaker.name == "Ruth Amsel"
    assert by_cue(extraction, "recalled").speaker.name == "Joaquim Reis"
