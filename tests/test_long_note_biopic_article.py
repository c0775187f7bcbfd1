"""A film feature on an actor who learned the trumpet, which we wrote
(tests/articles/biopic-actor-director.txt), read whole in every mode: the actor to a
magazine, the director to a newspaper and at a screening on a named day, a critic writing
in a paper, and `his publicist`, who speaks for the actor, not for a place named before."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "biopic-actor-director.txt"
pytestmark = pytest.mark.model


def test_his_publicist_speaks_for_him(extraction) -> None:
    camden = [s for s in extraction.statements if "a bar in Camden" in s.text]
    assert len(camden) == 1
    assert camden[0].speaker is not None and camden[0].speaker.name == "Theo Marsh"


def test_the_director_at_the_screening(extraction) -> None:
    band = [s for s in extraction.statements if "whether the band can play" in s.text]
    assert band and band[0].speaker.name == "Alina Petrov"
    assert band[0].said_on is not None and band[0].said_on.value == "2025-10-04"  # Saturday
    assert band[0].venue is not None and band[0].venue.type == "event"


def test_the_actor_the_daughter_and_the_critic(extraction) -> None:
    mime = [s for s in extraction.statements if "going to mime it" in s.text]
    assert mime and mime[0].speaker.name == "Theo Marsh" and mime[0].venue.name == "Empire"
    drink = [s for s in extraction.statements if "bought him a drink" in s.text]
    assert drink and drink[0].speaker.name == "Marion Gaines"
    suit = [s for s in extraction.statements if "tribute act in a very good suit" in s.text]
    assert suit and suit[0].speaker.name == "Kit Nolan" and suit[0].venue.name == "The Observer"
