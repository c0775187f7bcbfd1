"""A film festival's prize, which we wrote (tests/articles/film-festival-jury.txt), read whole
in every mode: a dateline with an accented capital (`SAN SEBASTIÁN, Spain —`, which the
tagger calls a person), the headline's `Jury president`, named in the lede as `The
president of the … jury, the French actress Claire Moreau`; the winner; a critic; a juror."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "film-festival-jury.txt"
pytestmark = pytest.mark.model


def test_the_headline_president_is_named_in_the_lede(extraction) -> None:
    defends = [s for s in extraction.statements if s.text == "Golden Shell winner"]
    assert defends and defends[0].speaker is not None
    assert defends[0].speaker.name == "Claire Moreau"


def test_the_dateline_is_no_one(extraction) -> None:
    assert not [s for s in extraction.statements
                if s.speaker is not None and "SEBASTI" in s.speaker.name]


def test_the_president_the_winner_the_critic_and_the_juror(extraction) -> None:
    care = [s for s in extraction.statements if "That means they care" in s.text]
    assert care and care[0].speaker.name == "Claire Moreau"
    assert care[0].recipient.name == "reporters" and care[0].venue.type == "event"
    father = [s for s in extraction.statements if "never saw a film of mine" in s.text]
    assert father and father[0].speaker.name == "Tomás Vidal"
    distance = [s for s in extraction.statements if "best film in competition" in s.text]
    assert distance and distance[0].speaker.name == "Owen Hartley"
    assert distance[0].venue.name == "Variety"
    closer = [s for s in extraction.statements if "closer than anyone will ever know" in s.text]
    assert closer and closer[0].speaker.name == "Lucía Paz" and closer[0].venue.name == "El País"
