"""A comedian's remarks on a podcast and her apology, which we wrote
(tests/articles/podcast-guest-feud.txt), read whole in every mode: a show named in quotes
with its host, the host's reply, the co-star's video, and `On Sunday Moss posted` (the day
no part of the source)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "podcast-guest-feud.txt"
pytestmark = pytest.mark.model


def test_on_the_show(extraction) -> None:
    funny = [s for s in extraction.statements if "least funny man" in s.text]
    assert funny and funny[0].speaker.name == "Rita Moss"
    assert funny[0].venue is not None and funny[0].venue.name == "The Green Room"
    reply = [s for s in extraction.statements if "You can't say that" in s.text]
    assert reply and reply[0].speaker.name == "Jay Patel"


def test_the_day_is_no_part_of_the_source(extraction) -> None:
    posted = [s for s in extraction.statements if s.cue is not None and s.cue.text == "posted"]
    assert posted and posted[0].source.text == "Moss"
    kind = [s for s in extraction.statements if "Ben was kind to me" in s.text]
    assert kind and kind[0].speaker.name == "Rita Moss"
    assert kind[0].venue is not None and kind[0].venue.name == "Instagram"


def test_the_co_star(extraction) -> None:
    paid = [s for s in extraction.statements if "I was paid" in s.text]
    assert paid and paid[0].speaker.name == "Ben Hale"
