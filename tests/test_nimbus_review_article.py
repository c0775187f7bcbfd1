"""A product review we wrote (tests/articles/nimbus-x2-review.txt), read whole in every
mode: the maker's claims, `according to the company`, its spokesperson, and a tester named
with her group."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "nimbus-x2-review.txt"
pytestmark = pytest.mark.model


def test_the_makers_claims(extraction) -> None:
    quietest = [s for s in extraction.statements if "the quietest on the market" in s.text]
    assert quietest and quietest[0].speaker.name == "Nimbus"
    minutes = [s for s in extraction.statements if "under ten minutes" in s.text]
    assert minutes and minutes[0].speaker.name == "Nimbus"


def test_the_spokesperson_and_the_tester(extraction) -> None:
    space = [s for s in extraction.statements if "complexity of the space" in s.text]
    assert space and space[0].speaker.name == "Nimbus"
    floor = [s for s in extraction.statements if "clean a floor" in s.text]
    assert floor and floor[0].speaker.name == "Ellen Park"
