"""A denied celebrity wedding we wrote (tests/articles/celebrity-wedding-rumor.txt), read
whole in every mode: `her representative said` in the lede is the representative named
just after (`the representative, Dana Pruitt`); a caption is written on Instagram;
`He made the remark on the Couch Talk podcast` places the words quoted just before."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "celebrity-wedding-rumor.txt"
pytestmark = pytest.mark.model


def test_the_representative_named_after(extraction) -> None:
    lede = [s for s in extraction.statements if "has not married her longtime partner" in s.text]
    assert lede and lede[0].speaker.name == "Dana Pruitt"


def test_the_caption(extraction) -> None:
    house = [s for s in extraction.statements if "only wedding in this house" in s.text]
    assert house and house[0].speaker.name == "Nova Reyes"
    assert (house[0].venue.name, house[0].venue.type) == ("Instagram", "platform")


def test_the_remark_placed_after(extraction) -> None:
    weeks = [s for s in extraction.statements if "longest two weeks of my life" in s.text]
    langford = [s for s in weeks if s.speaker is not None and s.speaker.name == "Theo Langford"]
    assert langford and all(s.source.text == "Langford" for s in langford)
    assert all((s.venue.name, s.venue.type) == ("Couch Talk", "podcast") for s in langford)
    # the outlets' report of a split was not made on the podcast
    outlets = [s for s in weeks if s.source is not None and s.source.text == "several outlets"]
    assert all(s.venue is None for s in outlets)
