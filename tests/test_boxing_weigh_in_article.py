"""A weigh-in that ended in a scuffle, which we wrote (tests/articles/boxing-weigh-in.txt),
read whole in every mode: `Cruz shouted as he was pulled away`, the champion to reporters,
a promoter, a commission spokesman, and `Cruz's trainer, Manny Ortiz, blamed …` (parsed as
two subjects of the verb: the name the speaker)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "boxing-weigh-in.txt"
pytestmark = pytest.mark.model


def test_the_fighters(extraction) -> None:
    stops = [s for s in extraction.statements if "Tomorrow he stops talking" in s.text]
    assert stops and stops[0].speaker.name == "Mateo Cruz"
    brave = [s for s in extraction.statements if "who's brave in round six" in s.text]
    assert brave and brave[0].recipient is not None and brave[0].recipient.name == "reporters"


def test_the_trainer_by_name(extraction) -> None:
    disrespect = [s for s in extraction.statements if "two days of disrespect" in s.text]
    assert disrespect and disrespect[0].speaker.name == "Manny Ortiz"
    hands = [s for s in extraction.statements if "kept his hands to himself" in s.text]
    assert hands and hands[0].speaker.name == "Manny Ortiz"


def test_the_promoter_and_the_commission(extraction) -> None:
    table = [s for s in extraction.statements if "paying for a new table" in s.text]
    assert table and table[0].speaker.name == "Lou Baxter"
    hurt = [s for s in extraction.statements if "no one had been hurt" in s.text]
    assert hurt and hurt[0].speaker.name == "Jim Hale"
