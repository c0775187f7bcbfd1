"""A tennis player's retirement, which we wrote (tests/articles/tennis-retirement-announcement.txt),
read whole in every mode: `Lena Markovic, the Serbian former world No. 2 who reached four
Grand Slam finals, announced on Friday that …` (`No.` one token now; `announced` read by
the parse as a participle of the name, the sentence having no other verb), her letter, a
rival's tribute, a news conference, and `The Women's Tennis Association` whole (not a
person called `Tennis Association` owned by `Women`)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tennis-retirement-announcement.txt"
pytestmark = pytest.mark.model


def test_the_announcement_has_its_speaker(extraction) -> None:
    retire = [s for s in extraction.statements if "she will retire after the U.S. Open" in s.text]
    assert len(retire) == 1
    assert retire[0].speaker is not None and retire[0].speaker.name == "Lena Markovic"
    assert retire[0].said_on is not None and retire[0].said_on.value == "2026-08-28"


def test_the_association_whole(extraction) -> None:
    credit = [s for s in extraction.statements if "a credit to the sport" in s.text]
    assert credit and credit[0].speaker.name == "Women's Tennis Association"


def test_the_letter_the_rival_and_the_news_conference(extraction) -> None:
    listened = [s for s in extraction.statements if "I finally listened" in s.text]
    assert listened and listened[0].speaker.name == "Lena Markovic"
    assert listened[0].venue.type == "document"
    toughest = [s for s in extraction.statements if "toughest opponent" in s.text]
    assert toughest and toughest[0].speaker.name == "Jordan Hayes"
    finals = [s for s in extraction.statements if "Four finals is not nothing" in s.text]
    assert finals and finals[0].speaker.name == "Lena Markovic"
