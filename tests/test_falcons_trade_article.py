"""A trade reported from league sources we wrote (tests/articles/falcons-trade-sources.txt),
read whole in every mode: `the team said` is the Falcons (named again as `Falcons general
manager …`), not the outlet the sources told; `forward Eli Navarro` is a person whatever
the tagger made of him, so his joke is his and not the coach's before him."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "falcons-trade-sources.txt"
pytestmark = pytest.mark.model


def test_the_team_is_not_the_outlet(extraction) -> None:
    rumors = [s for s in extraction.statements if "comment on rumors" in s.text]
    assert rumors and rumors[0].speaker is not None
    assert rumors[0].speaker.name == "Portland Falcons"


def test_the_forward_jokes(extraction) -> None:
    coat = [s for s in extraction.statements if "bigger coat" in s.text]
    assert coat and coat[0].speaker.name == "Eli Navarro"
    grateful = [s for s in extraction.statements if "everything they did for me" in s.text]
    assert grateful and grateful[0].speaker.name == "Eli Navarro"


def test_league_sources_to_the_courier(extraction) -> None:
    trade = [s for s in extraction.statements if "two first-round picks" in s.text]
    assert trade and trade[0].speaker is None
    assert trade[0].venue.name == "Courier" and trade[0].said_on.value == "2027-02-03"


def test_the_deleted_post(extraction) -> None:
    post = [s for s in extraction.statements if "love you PDX" in s.text]
    assert post and post[0].speaker.name == "Malik Henson"
    assert post[0].venue.name == "X"
