"""A transfer story whose manager quotes a phone call, which we wrote
(tests/articles/transfer-nested-quotes.txt), read whole in every mode: quotations inside
a quotation, the player's words in a video posted on the club's X account, and a rival
manager at his press conference."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "transfer-nested-quotes.txt"
pytestmark = pytest.mark.model


def test_the_phone_call_is_the_managers_quotation(extraction) -> None:
    call = [s for s in extraction.statements if "left wing on Saturday" in s.text]
    assert len(call) == 1 and call[0].speaker.name == "Ian Castle"
    assert "Gaffer, I'll be there" in call[0].text  # one statement, over both sentences
    assert call[0].venue is not None and call[0].venue.name == "club's website"


def test_the_player_in_a_video_on_x(extraction) -> None:
    repay = [s for s in extraction.statements if "I want to repay that" in s.text]
    assert repay and repay[0].speaker.name == "David Okoro"
    assert repay[0].venue is not None
    assert (repay[0].venue.name, repay[0].venue.type) == ("X", "platform")


def test_the_rival_manager(extraction) -> None:
    worth = [s for s in extraction.statements if "nowhere near what he's worth" in s.text]
    assert worth and worth[0].speaker.name == "Pete Varga"
    assert worth[0].venue is not None and worth[0].venue.type == "event"
    told = [s for s in extraction.statements if "Nobody asked me" in s.text]
    assert told and told[0].speaker.name == "Pete Varga"
