"""A French director in guillemets, which we wrote (tests/articles/dumont-three-hour-epic.txt),
read whole in every mode: quotations in « », a mixed one in a critic's review, and
`Le Monde's critic, Hélène Brun,` writing in Le Monde."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "dumont-three-hour-epic.txt"
pytestmark = pytest.mark.model


def test_guillemets(extraction) -> None:
    novel = [s for s in extraction.statements if "Nobody asks a novel" in s.text]
    assert novel and novel[0].speaker.name == "Claire Dumont" and novel[0].kind == "direct"
    assert "the story needed" in novel[0].text
    assert novel[0].venue.name == "press conference in Cannes"
    assert novel[0].said_on.value == "2027-05-20"


def test_the_critic_in_her_paper(extraction) -> None:
    minutes = [s for s in extraction.statements if "exactly no minutes" in s.text]
    assert minutes and minutes[0].speaker.name == "Hélène Brun"
    assert minutes[0].venue.name == "Le Monde"
