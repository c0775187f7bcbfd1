"""One TV finale explainer we wrote (tests/articles/marlow-finale-showrunner.txt), read whole
in every mode: the writer's guess about what the showrunner meant is an interpretation and
no statement of hers, even where a fact about her follows it after a semicolon; a venue
named between two of her statements starts a new occasion; a time inside a content dates
it though the clause also names the podcast; a sentence of its own is not content."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "marlow-finale-showrunner.txt"
pytestmark = pytest.mark.model


def test_the_writers_guess_is_an_interpretation(extraction) -> None:
    assert not [s for s in extraction.statements if "It seems" in s.text]
    guesses = [i for i in extraction.interpretations if i.span.text.startswith("It seems that")]
    assert guesses
    assert guesses[0].span.text.endswith("when she was a child")  # not the fact after ";"
    assert guesses[0].speaker is not None and guesses[0].speaker.name == "Dana Whitlock"


def test_the_showrunner_named_after_and(extraction) -> None:
    plan = [s for s in extraction.statements if "plan all along" in s.text]
    assert plan and plan[0].source.text == "showrunner Dana Whitlock"
    assert plan[0].speaker.name == "Dana Whitlock"


def test_the_podcast_answer_is_not_the_trade_interview(extraction) -> None:
    honest = [s for s in extraction.statements if "honestly" in s.text]
    assert honest and honest[0].speaker.name == "Dana Whitlock"
    assert honest[0].venue is None or honest[0].venue.name == "Draft Nine"
    hinted = [s for s in extraction.statements if s.cue.text.endswith("hinted at")]
    for statement in hinted:  # the rules take no `hinted at` for a cue
        assert statement.said_on is not None and statement.said_on.value == "2024-03"
        assert (statement.venue.name, statement.venue.type) == ("Draft Nine", "podcast")
        assert honest[0].said_on is not None and honest[0].said_on.value == "2024-03"


def test_a_sentence_of_its_own_is_no_content(extraction) -> None:
    assert not [s for s in extraction.statements if "Whitlock did not" in s.text]


def test_the_episode_title_is_not_a_quotation(extraction) -> None:
    assert not [s for s in extraction.statements if "Long Way Home" in s.text]
