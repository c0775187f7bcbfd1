"""A podcast recap we wrote (tests/articles/nightshift-podcast-recap.txt), read whole in every
mode: the novelist told the host of the named podcast, and `said on the show` means that
podcast, whose conversation her later answers continue; her debut's title is no
quotation."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "nightshift-podcast-recap.txt"
pytestmark = pytest.mark.model


def test_she_told_the_host_on_the_podcast(extraction) -> None:
    dreams = [s for s in extraction.statements if "still dreams about the hospital" in s.text]
    assert dreams and dreams[0].speaker.name == "Rosalind Achterberg"
    assert (dreams[0].venue.name, dreams[0].venue.type) == ("Night Shift", "podcast")
    assert "Marcus Bellweather" in dreams[0].recipient.name


def test_on_the_show_is_the_podcast_named_before(extraction) -> None:
    book = [s for s in extraction.statements if "not autobiographical" in s.text]
    assert book and book[0].speaker.name == "Rosalind Achterberg"
    assert book[0].venue is not None and book[0].venue.name == "Night Shift"


def test_no_bare_noun_is_a_venue(extraction) -> None:
    assert not [s for s in extraction.statements
                if s.venue is not None and s.venue.name in ("show", "podcast")]


def test_the_title_is_no_quotation(extraction) -> None:
    assert not [s for s in extraction.statements if s.text.strip(' ,"') == "The Quiet Ward"]


def test_the_producer(extraction) -> None:
    downloaded = [s for s in extraction.statements if "most downloaded" in s.text]
    assert downloaded and downloaded[0].speaker.name == "Daniela Fuentes"
