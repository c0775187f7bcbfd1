"""A film director's interviews we wrote (tests/articles/moreau-translated-interview.txt),
read whole in every mode: the film's title set beside `her latest` is no quotation, and
the clause around it is her report; a press conference set by the sentence before (`Speaking
through an interpreter at a press conference in Toronto on Saturday, …`) is where she was
asked, and the star `told reporters at the same event`; `Screen Ledger's Amara Diallo` is
a person of an outlet; `in the Le Quotidien interview` names that paper."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "moreau-translated-interview.txt"
pytestmark = pytest.mark.model


def test_the_title_is_no_quotation(extraction) -> None:
    assert not [s for s in extraction.statements if s.text.strip(' ,"') == "Les Heures Bleues"]
    letter = [s for s in extraction.statements if "began as a private letter" in s.text]
    assert letter and letter[0].speaker.name == "Lucie Moreau"
    assert letter[0].text.startswith('her latest, "Les Heures Bleues,"')
    assert letter[0].kind == "indirect"


def test_the_press_conference_set_the_sentence_before(extraction) -> None:
    mother = [s for s in extraction.statements if "every mother in every film" in s.text]
    assert mother and mother[0].speaker.name == "Lucie Moreau"
    assert mother[0].venue is not None and mother[0].venue.type == "event"
    assert mother[0].venue.name.startswith("press conference")


def test_the_star_at_the_same_event(extraction) -> None:
    cried = [s for s in extraction.statements if "cried on set" in s.text]
    assert cried and cried[0].speaker.name == "Camille Okafor-Roux"
    assert cried[0].venue is not None and cried[0].venue.name.startswith("press conference")
    assert cried[0].recipient.name == "reporters"


def test_a_critic_named_with_her_outlet(extraction) -> None:
    generous = [s for s in extraction.statements if "most generous film" in s.text]
    assert generous and generous[0].speaker.name == "Amara Diallo"


def test_the_paper_named_before_interview(extraction) -> None:
    drawer = [s for s in extraction.statements if s.text.startswith("I did not plan")]
    assert drawer and drawer[0].speaker.name == "Lucie Moreau"
    assert drawer[0].venue.name == "Le Quotidien"
    one = [s for s in extraction.statements if "for one person at a time" in s.text]
    assert one and one[0].speaker.name == "Lucie Moreau"
    assert one[0].venue is not None and one[0].venue.name == "Le Quotidien"
