"""An energy company's annual meeting, which we wrote
(tests/articles/shareholder-meeting-protest.txt), read whole in every mode: a trust's
chair, the company's chairman to shareholders, a protester, the chief executive and an
analyst set after his quotation."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "shareholder-meeting-protest.txt"
pytestmark = pytest.mark.model


def test_the_chairman_to_shareholders(extraction) -> None:
    hands = [s for s in extraction.statements if "tie the company's hands" in s.text]
    assert len(hands) == 1
    assert hands[0].speaker.name == "Robert Vance"
    assert hands[0].recipient is not None and hands[0].recipient.name == "shareholders"


def test_the_trust_the_chief_executive_and_the_analyst(extraction) -> None:
    defeat = [s for s in extraction.statements if "That is not a defeat" in s.text]
    assert defeat and defeat[0].speaker.name == "Alison Hart"
    plan = [s for s in extraction.statements if "let the plan speak for itself" in s.text]
    assert plan and plan[0].speaker.name == "Nadia Qureshi"
    date = [s for s in extraction.statements if "a different date on it" in s.text]
    assert date and date[0].speaker.name == "Tom Baird"


def test_the_protester_is_nobody_named(extraction) -> None:
    weather = [s for s in extraction.statements if "vote down the weather" in s.text]
    assert weather and weather[0].speaker is None
