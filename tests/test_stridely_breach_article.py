"""A data breach we wrote (tests/articles/stridely-data-breach.txt), read whole in every
mode: `Stridely`, which the tagger reads as an adverb (`The fitness app Stridely said`),
ends the source and names the firm; the stolen data's list runs on past the parse's
break; `the company` is Stridely."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "stridely-data-breach.txt"
pytestmark = pytest.mark.model


def test_a_name_read_as_an_adverb(extraction) -> None:
    stolen = [s for s in extraction.statements if s.text.startswith("hackers had stolen")]
    assert stolen and stolen[0].source.text == "The fitness app Stridely"
    assert stolen[0].cue.text == "said" and stolen[0].speaker.name == "Stridely"
    assert "workout histories of about 2 million users" in stolen[0].text


def test_the_company_in_its_blog_post(extraction) -> None:
    access = [s for s in extraction.statements if "contractor's account" in s.text]
    assert access and access[0].speaker.name == "Stridely"
    assert access[0].venue.name == "blog post"


def test_the_researcher(extraction) -> None:
    emailed = [s for s in extraction.statements if "emailed them three times" in s.text]
    assert emailed and emailed[0].speaker.name == "Tom Becker"
    assert emailed[0].venue.name == "TechWire"
