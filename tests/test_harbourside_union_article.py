"""A strike vote we wrote (tests/articles/harbourside-union-vote.txt), read whole in every
mode: `their union announced` in the lede is the Dockers' Union named after it, not the
terminal; the union's message went to its members; the chief executive's statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "harbourside-union-vote.txt"
pytestmark = pytest.mark.model


def test_their_union_is_the_one_named_after(extraction) -> None:
    voted = [s for s in extraction.statements if "voted overwhelmingly" in s.text]
    assert voted and voted[0].speaker is not None
    assert voted[0].speaker.name == "Dockers' Union"


def test_the_message_to_members(extraction) -> None:
    walkout = [s for s in extraction.statements if "backed a walkout" in s.text
               and s.speaker is not None and s.speaker.name == "Dockers' Union"]
    assert walkout and walkout[0].venue.name == "message"
    assert walkout[0].recipient.name == "members"


def test_the_chief_executives_statement(extraction) -> None:
    fair = [s for s in extraction.statements if "fair and affordable" in s.text]
    assert fair and fair[0].speaker.name == "Paul Evans"
    assert fair[0].venue.name == "statement"
