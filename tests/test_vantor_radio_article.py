"""A motor race we wrote (tests/articles/vantor-grand-prix-radio.txt), read whole in every
mode: `his teammate Tomi Adeyemi` is a person whatever the tagger made of him, so `he`
after `Adeyemi said` is Adeyemi; `Lahti was more measured. He said …` is Lahti (a
surname the tagger took for a common noun), and the winner's interview is not his."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "vantor-grand-prix-radio.txt"
pytestmark = pytest.mark.model


def test_the_teammate_on_the_radio(extraction) -> None:
    boxing = [s for s in extraction.statements if "Why are we boxing" in s.text]
    assert boxing and boxing[0].speaker.name == "Tomi Adeyemi"


def test_he_after_adeyemi_is_adeyemi(extraction) -> None:
    media = [s for s in extraction.statements if "through the media" in s.text]
    assert media and media[0].speaker.name == "Tomi Adeyemi"


def test_the_runner_up_is_not_the_winner(extraction) -> None:
    left = [s for s in extraction.statements if "nothing left" in s.text]
    assert left and left[0].speaker.name == "Henrik Lahti"
    assert left[0].venue is None or left[0].venue.name != "Sky Sports"


def test_the_winner_to_sky_sports(extraction) -> None:
    tyres = [s for s in extraction.statements if "tyres would last" in s.text]
    assert tyres and tyres[0].speaker.name == "Max Vantor"
    assert tyres[0].venue.name == "Sky Sports"
