"""A profile written in the first person, which we wrote
(tests/articles/writer-first-person-interview.txt), read whole in every mode: a headline
`Baker: "…"`, `he says, shaking his head.` before the quotation goes on (parsed with the
verb hung on the participle), an aside inside a quotation, and `he told me`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "writer-first-person-interview.txt"
pytestmark = pytest.mark.model


def test_the_quotation_goes_on_past_the_participle(extraction) -> None:
    traffic = [s for s in extraction.statements if "The traffic in this city" in s.text]
    assert len(traffic) == 1 and traffic[0].speaker.name == "Sean Baker"
    assert "the only plot twist I can't control" in traffic[0].text


def test_the_headline_and_the_aside(extraction) -> None:
    endings = [s for s in extraction.statements if "I never explain my endings" in s.text]
    assert endings and endings[0].speaker.name == "Sean Baker"
    smaller = [s for s in extraction.statements if "the film is smaller" in s.text]
    assert smaller and "and I say this with love" in smaller[0].text


def test_the_producer(extraction) -> None:
    pier = [s for s in extraction.statements if "where the whole story started" in s.text]
    assert pier and pier[0].speaker.name == "Alex Coco"
