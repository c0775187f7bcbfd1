"""A developer's Reddit AMA we wrote (tests/articles/driftwood-dev-ama.txt), read whole in
every mode: `the publisher` is the firm named as `her publisher, Lantern Games` (the
tagger calls it an event), not the game in the same sentence; the designer's answers are
hers, the one put to a user's question given to that user."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "driftwood-dev-ama.txt"
pytestmark = pytest.mark.model


def test_the_publisher_is_the_firm(extraction) -> None:
    sold = [s for s in extraction.statements if "two million copies" in s.text]
    assert sold and sold[0].speaker is not None and sold[0].speaker.name == "Lantern Games"


def test_the_designers_answers(extraction) -> None:
    sequel = [s for s in extraction.statements if "no sequel in development" in s.text]
    assert sequel and sequel[0].speaker.name == "Noor Haddad"
    real = [s for s in extraction.statements if "exactly as real" in s.text]
    assert real and real[0].speaker.name == "Noor Haddad"
    assert real[0].recipient.name == "one user"
