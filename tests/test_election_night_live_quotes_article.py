"""An election night, which we wrote (tests/articles/election-night-live-quotes.txt), read
whole in every mode: `Diaz said the result showed that "…"` (the quotation hers, not the
result's), a quotation split by its cue, `his campaign said` (the loser's, not the city's)
and a written statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "election-night-live-quotes.txt"
pytestmark = pytest.mark.model


def test_the_result_says_nothing(extraction) -> None:
    hope = [s for s in extraction.statements if "voted for hope" in s.text]
    assert hope and all(s.speaker is not None and s.speaker.name == "Rosa Diaz" for s in hope)


def test_the_winner_to_her_supporters(extraction) -> None:
    yours = [s for s in extraction.statements if "this is yours" in s.text]
    assert len(yours) == 1 and yours[0].speaker.name == "Rosa Diaz"
    assert yours[0].recipient is not None and yours[0].recipient.name == "supporters"


def test_the_loser_and_his_campaign(extraction) -> None:
    conceded = [s for s in extraction.statements if s.text.startswith("Holt conceded")]
    assert conceded and conceded[0].speaker.name == "Gary Holt"
    help_ = [s for s in extraction.statements if "in every way I can" in s.text]
    assert help_ and help_[0].speaker.name == "Gary Holt"
    assert help_[0].venue is not None and help_[0].venue.type == "document"
