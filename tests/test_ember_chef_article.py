"""A restaurant profile we wrote (tests/articles/ember-kitchen-chef-profile.txt), read whole
in every mode: `Chef Teodora Vlahos`, a name the tagger missed, is the chef every later
`Vlahos` and `she` means (never `bin`, which the tagger called a person); her letter to
the neighbours is the venue of what she wrote in it, and not of her answer when asked."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ember-kitchen-chef-profile.txt"
pytestmark = pytest.mark.model


def test_the_chef_by_her_full_name(extraction) -> None:
    measured = [s for s in extraction.statements if s.text.startswith("My grandmother never")]
    assert measured and measured[0].speaker.name == "Teodora Vlahos"
    review = [s for s in extraction.statements if "review changed everything" in s.text]
    assert review and review[0].speaker.name == "Teodora Vlahos"


def test_no_common_noun_is_a_person(extraction) -> None:
    names = {s.speaker.name for s in extraction.statements if s.speaker is not None}
    assert "bin" not in names


def test_her_letter_and_her_answer(extraction) -> None:
    bakery = [s for s in extraction.statements if s.text.startswith("I grew up in an apartment")]
    assert bakery and bakery[0].speaker.name == "Teodora Vlahos"
    assert (bakery[0].venue.name, bakery[0].venue.type) == ("letter", "document")
    salt = [s for s in extraction.statements if s.text.startswith("She would say the pies")]
    assert salt and salt[0].speaker.name == "Teodora Vlahos"
    assert salt[0].venue is None  # asked by the writer, not in the letter


def test_the_critic_in_his_outlet(extraction) -> None:
    pie = [s for s in extraction.statements if "lamb pie" in s.text]
    assert pie and pie[0].speaker.name == "Bernard Ashdown"
    assert (pie[0].venue.name, pie[0].venue.type) == ("Harbor Review", "outlet")


def test_the_sommelier(extraction) -> None:
    bread = [s for s in extraction.statements if s.text.startswith("We have never once")]
    assert bread and bread[0].speaker.name == "Kofi Mensah-Bright"
