"""A Christmas sermon we wrote (tests/articles/archbishop-christmas-sermon.txt), read whole
in every mode: `used his Christmas Day sermon to call on` is one cue and the archbishop its
speaker, never the sermon; `A spokesperson for the archbishop` speaks for the archbishop,
not for `X` of the paragraph before."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "archbishop-christmas-sermon.txt"
pytestmark = pytest.mark.model


def test_the_sermon_is_the_means_not_the_speaker(extraction) -> None:
    call = [s for s in extraction.statements if s.text.startswith("the government to halt")]
    assert call and call[0].speaker.name == "Thomas Alder"
    assert call[0].cue.text == "used his Christmas Day sermon to call on"


def test_the_spokesperson_speaks_for_the_archbishop(extraction) -> None:
    offer = [s for s in extraction.statements if "accepted the minister's offer" in s.text]
    assert offer and offer[0].speaker is not None
    assert offer[0].speaker.name == "Thomas Alder"


def test_the_minister_on_the_bbc(extraction) -> None:
    sums = [s for s in extraction.statements if "record sums" in s.text]
    assert sums and sums[0].speaker.name == "Clare Dunmore"
    assert sums[0].venue.name == "BBC"


def test_the_spokesman_on_x(extraction) -> None:
    basics = [s for s in extraction.statements if "remind ministers of the basics" in s.text]
    assert basics and basics[0].speaker.name == "Aled Rhys" and basics[0].venue.name == "X"
