"""A chef's profile, which we wrote (tests/articles/as-she-put-it-profile.txt), read whole
in every mode: statements a phrase gives their speaker, with no verb of saying (`As she put
it at the time:`, `In her words,`, `To quote Aubert, who …,`), a critic in a magazine and
`Rocher's response, to Le Monde, was short:`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "as-she-put-it-profile.txt"
pytestmark = pytest.mark.model


def test_as_she_put_it(extraction) -> None:
    inspectors = [s for s in extraction.statements if "cooking for inspectors" in s.text]
    assert len(inspectors) == 1 and inspectors[0].speaker.name == "Hélène Rocher"
    assert inspectors[0].kind == "direct"


def test_in_her_words(extraction) -> None:
    kitchen = [s for s in extraction.statements if "a kitchen with a dining room" in s.text]
    assert len(kitchen) == 1 and kitchen[0].speaker.name == "Hélène Rocher"
    assert kitchen[0].cue.text == "In her words"
    assert kitchen[0].text.startswith("the new place is")


def test_to_quote_her_partner(extraction) -> None:
    stars = [s for s in extraction.statements if "The stars left her" in s.text]
    assert len(stars) == 1 and stars[0].speaker.name == "Marc Aubert"
    assert stars[0].source.text == "Aubert"


def test_the_critic_and_her_answer(extraction) -> None:
    crown = [s for s in extraction.statements if "thrown away a crown" in s.text]
    assert crown and crown[0].speaker.name == "Jean-Paul Serre"
    assert crown[0].venue is not None
    assert (crown[0].venue.name, crown[0].venue.type) == ("Le Gourmand", "outlet")
    hats = [s for s in extraction.statements if "Hats are more comfortable" in s.text]
    assert hats and hats[0].speaker.name == "Hélène Rocher"
