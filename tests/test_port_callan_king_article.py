"""A royal visit we wrote (tests/articles/port-callan-lighthouse-king.txt), read whole in
every mode: `King Edmund`, which the tagger calls an organisation, is a person, whom `the
king` and `he` mean; a `short speech` is a speech."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "port-callan-lighthouse-king.txt"
pytestmark = pytest.mark.model


def test_the_king(extraction) -> None:
    light = [s for s in extraction.statements if "back its light" in s.text]
    assert light and light[0].speaker is not None and light[0].speaker.name == "Edmund"
    assert light[0].speaker.type == "person"
    assert light[0].venue.name == "speech"


def test_the_keepers_daughter(extraction) -> None:
    tea = [s for s in extraction.statements if "carry his tea" in s.text]
    assert tea and tea[0].speaker.name == "Margaret Doyle"


def test_the_protester(extraction) -> None:
    bus = [s for s in extraction.statements if "A bus to the hospital" in s.text]
    assert bus and bus[0].speaker.name == "Ellie Chan"
