"""An election-night live blog we wrote (tests/articles/calder-election-liveblog.txt), read
whole in every mode: entries under time stamps, a post on X, and a spokeswoman for an
office the article names only by its noun (`the clerk's office`), who speaks for that
office and not for the hall named before it."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "calder-election-liveblog.txt"
pytestmark = pytest.mark.model


def test_a_spokeswoman_for_an_office_named_by_its_noun(extraction) -> None:
    late = [s for s in extraction.statements if "opened 40 minutes late" in s.text]
    assert late and late[0].source.text == "a spokeswoman for the clerk's office"
    assert late[0].speaker is None or late[0].speaker.name != "Union Hall"


def test_the_campaign_manager_on_x(extraction) -> None:
    returns = [s for s in extraction.statements if "early returns were" in s.text]
    assert returns and returns[0].speaker.name == "Theo Lindahl"
    assert (returns[0].venue.name, returns[0].venue.type) == ("X", "platform")


def test_the_challenger_to_his_supporters(extraction) -> None:
    conceding = [s for s in extraction.statements if s.text.startswith("We are not conceding")]
    assert conceding and conceding[0].speaker.name == "Marcus Feeney"
    assert conceding[0].recipient.name == "supporters"
    assert "Every ballot gets counted" in conceding[0].text


def test_the_clerk_and_the_superintendent(extraction) -> None:
    by_speaker = {s.speaker.name for s in extraction.statements if s.speaker is not None}
    assert {"Yolanda Brisbane", "Graham Osei"} <= by_speaker
    patient = [s for s in extraction.statements if s.text.startswith("People should be patient")]
    assert patient and patient[0].speaker.name == "Yolanda Brisbane"
