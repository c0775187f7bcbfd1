"""A retracted study, which we wrote (tests/articles/journal-retraction.txt), read whole
in every mode: the journal's retraction notice, the author's email, an analyst's blog post
and her words to a magazine, and no statement made of `the journal that published it`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "journal-retraction.txt"
pytestmark = pytest.mark.model


def test_the_retraction_notice(extraction) -> None:
    notice = [s for s in extraction.statements if "can no longer be relied upon" in s.text]
    assert notice and notice[0].speaker.name == "Cognitive Ageing Research"
    assert notice[0].venue is not None and notice[0].venue.type == "document"
    assert notice[0].said_on is not None and notice[0].said_on.value == "2026-10-05"


def test_the_author_and_the_analyst(extraction) -> None:
    sorry = [s for s in extraction.statements if "I apologise to the readers" in s.text]
    assert sorry and sorry[0].speaker.name == "Martin Hale"
    assert sorry[0].venue is not None and sorry[0].venue.name == "email"
    blog = [s for s in extraction.statements if "share identical ages" in s.text]
    assert blog and blog[0].speaker.name == "Ruth Okafor"
    assert blog[0].said_on is not None and blog[0].said_on.value == "2026-03"
    minutes = [s for s in extraction.statements if "about twenty minutes" in s.text]
    assert minutes and minutes[0].venue.name == "Science Weekly"


def test_no_statement_straddles_the_relative_clause(extraction) -> None:
    assert not any(s.text.startswith("adults") for s in extraction.statements)
    assert not any(s.source is not None and s.source.text == "that" for s in extraction.statements)
