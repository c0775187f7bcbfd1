"""A series renewal announced on a live stream, which we wrote
(tests/articles/streaming-renewal-instagram-live.txt), read whole in every mode: the
headline's `creator`, named in the lede; `The streaming service, Lumio,` (one word the
tagger calls a person, set beside a body's noun: the body); its star asked by the creator."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "streaming-renewal-instagram-live.txt"
pytestmark = pytest.mark.model


def test_the_service_by_its_name(extraction) -> None:
    households = [s for s in extraction.statements if "40 million households" in s.text]
    assert households and households[0].speaker is not None
    assert households[0].speaker.name == "Lumio"
    assert households[0].venue.name == "X"


def test_the_creator_in_the_headline_and_on_the_stream(extraction) -> None:
    renewed = [s for s in extraction.statements if "renewed for a third season" in s.text]
    assert renewed and renewed[0].speaker is not None
    assert renewed[0].speaker.name == "Marisol Vega"
    back = [s for s in extraction.statements if "We're coming back" in s.text]
    assert back and back[0].speaker.name == "Marisol Vega"
    assert back[0].said_on.value == "2026-06-16" and back[0].venue.type == "event"


def test_the_star_asked_by_the_creator(extraction) -> None:
    contract = [s for s in extraction.statements if "signed a contract" in s.text]
    assert contract and contract[0].speaker.name == "Oliver Grant"
    assert contract[0].recipient is not None and contract[0].recipient.name == "Vega"
