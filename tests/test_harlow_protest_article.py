"""A campus protest we wrote (tests/articles/harlow-campus-protest.txt), read whole in every
mode: an organiser the tagger called a firm (`Oyelaran Bakare, a junior who …`) is a
person, so a later `Bakare said` is his; the president's words came in an email she sent;
a student who asked not to be named is no one named; and `did not respond to messages
seeking comment` is no statement of the trustee's."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "harlow-campus-protest.txt"
pytestmark = pytest.mark.model


def test_the_organiser_by_his_surname(extraction) -> None:
    vote = [s for s in extraction.statements if "planned to hold a vote" in s.text]
    assert vote and vote[0].speaker.name == "Oyelaran Bakare"
    leaving = [s for s in extraction.statements if s.text.startswith("We are not leaving")]
    assert leaving and leaving[0].speaker.name == "Oyelaran Bakare"


def test_the_presidents_email(extraction) -> None:
    reopen = [s for s in extraction.statements if "library must reopen" in s.text]
    assert reopen and reopen[0].speaker.name == "Helen Marsh-Ito"
    assert (reopen[0].venue.name, reopen[0].venue.type) == ("email", "document")
    assert reopen[0].recipient.name == "students"
    assert reopen[0].said_on is not None and reopen[0].said_on.value == "2026-04-22"


def test_the_unnamed_sophomore(extraction) -> None:
    job = [s for s in extraction.statements if "second job" in s.text]
    assert job and job[0].speaker is None
    nights = [s for s in extraction.statements if s.text.startswith("I work nights")]
    assert nights and nights[0].speaker is None


def test_no_reply_is_no_statement_of_the_trustee(extraction) -> None:
    assert not [s for s in extraction.statements
                if s.speaker is not None and s.speaker.name == "Walter Bryce"]


def test_the_professor_to_the_crowd(extraction) -> None:
    money = [s for s in extraction.statements if s.text.startswith("The money is there")]
    assert money and money[0].speaker.name == "Imani Koroma"
    assert money[0].recipient.name == "the crowd"
