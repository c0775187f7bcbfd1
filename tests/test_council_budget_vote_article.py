"""A council budget meeting, which we wrote (tests/articles/council-budget-vote-live.txt),
read whole in every mode: the leader to the chamber, `He blamed the government for "…"`, a
protester's shout and the opposition leader."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "council-budget-vote-live.txt"
pytestmark = pytest.mark.model


def test_the_leader(extraction) -> None:
    option = [s for s in extraction.statements if "least bad option" in s.text]
    assert option and option[0].speaker.name == "Paul Whitmore"
    assert option[0].recipient is not None and option[0].recipient.name == "the chamber"
    cuts = [s for s in extraction.statements if "a decade of cuts" in s.text]
    assert cuts and cuts[0].speaker.name == "Paul Whitmore"
    honest = [s for s in extraction.statements if "honest about the numbers" in s.text]
    assert honest and honest[0].speaker.name == "Paul Whitmore"


def test_the_opposition_and_the_gallery(extraction) -> None:
    mirror = [s for s in extraction.statements if "look in the mirror" in s.text]
    assert mirror and mirror[0].speaker.name == "Karen Dale"
    shame = [s for s in extraction.statements if "Shame on you" in s.text]
    assert shame and shame[0].speaker is None  # a protester, unnamed
