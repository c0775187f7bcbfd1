"""One music interview we wrote (tests/articles/juniper-vale-album-interview.txt), read whole
in every mode: `the singer` is the profile's subject when no one else is named a singer;
an album title opening its sentence, which a participle describes, ends no quotation; a
name the tagger cut (`Anders` and `-Kim` around `Holloway`) is read whole; the host she
tells, paragraphs later, keeps the podcast."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "juniper-vale-album-interview.txt"
pytestmark = pytest.mark.model


def test_the_singer_is_the_subject(extraction) -> None:
    breakup = [s for s in extraction.statements if "breakup record" in s.text]
    assert breakup and breakup[0].speaker.name == "Juniper Vale"
    assert (breakup[0].venue.name, breakup[0].venue.type) == ("Liner Notes", "podcast")
    assert breakup[0].recipient.name == "Dara Quell"


def test_the_album_title_is_no_quotation(extraction) -> None:
    assert not [s for s in extraction.statements if "Glass Orchard" in s.text]


def test_the_same_host_keeps_the_podcast(extraction) -> None:
    cried = [s for s in extraction.statements if "cried the whole way through" in s.text]
    assert cried and cried[0].speaker.name == "Juniper Vale"
    assert cried[0].venue is not None and cried[0].venue.name == "Liner Notes"


def test_the_producer_read_whole(extraction) -> None:
    sure = [s for s in extraction.statements if "never been so sure" in s.text]
    assert sure and sure[0].speaker.name == "Anders Holloway-Kim"
