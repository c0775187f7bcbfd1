"""A post-match news conference we wrote (tests/articles/tidewater-coach-presser.txt), read
whole in every mode: the headline's `Tidewater coach` is not the other club's coach named
later; `he said nothing at all` records no words; a closing `saying only that …` the parse
hung on `reports that Harbor City had offered …` is the coach's, not the club's; `told the
club's website` names where the words ran."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tidewater-coach-presser.txt"
pytestmark = pytest.mark.model


def test_the_headlines_coach_is_not_the_other_clubs(extraction) -> None:
    headline = [s for s in extraction.statements if s.source is not None
                and s.source.text == "Tidewater coach"]
    for statement in headline:
        assert statement.speaker is None or statement.speaker.name != "Lorenzo Feld"


def test_saying_nothing_is_no_statement(extraction) -> None:
    assert not [s for s in extraction.statements if s.text.strip() == "nothing at all"]


def test_the_closing_participle_is_the_coachs(extraction) -> None:
    summer = [s for s in extraction.statements if "talk about that in the summer" in s.text]
    assert summer and summer[0].speaker.name == "Lorenzo Feld"


def test_the_captain_on_the_clubs_website(extraction) -> None:
    game = [s for s in extraction.statements if s.text.startswith("We gave them the game")]
    assert game and game[0].speaker.name == "Ama Boateng"
    assert (game[0].venue.name, game[0].venue.type) == ("club's website", "outlet")
    assert game[0].recipient is None


def test_the_manager_at_the_news_conference(extraction) -> None:
    again = [s for s in extraction.statements if s.text.startswith("I would do it again")]
    assert again and again[0].speaker.name == "Sven Halloran"
    assert again[0].venue is not None and again[0].venue.type == "event"
    assert again[0].recipient.name == "reporters"
