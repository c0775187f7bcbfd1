"""A central bank's decision we wrote (tests/articles/halvard-rates-decision.txt), read whole
in every mode: a quotation that the minutes report (`…," the minutes said`) ends at its
closing mark; the governor's words follow her news conference; the former member's words
ran in the outlet he told."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "halvard-rates-decision.txt"
pytestmark = pytest.mark.model


def test_the_minutes_closing_report_is_not_the_quotation(extraction) -> None:
    waiting = [s for s in extraction.statements if "waiting another quarter" in s.text]
    assert waiting and waiting[0].speaker.name == "Piet Vanhal"
    assert "the minutes said" not in waiting[0].text
    assert waiting[0].text.rstrip(' ,"').endswith("damage to hiring")


def test_the_governor_at_her_news_conference(extraction) -> None:
    cuts = [s for s in extraction.statements if "sooner than markets think" in s.text]
    assert cuts and cuts[0].speaker.name == "Elsa Marten"
    assert cuts[0].venue is not None and cuts[0].venue.name == "news conference"


def test_the_former_member_in_the_outlet(extraction) -> None:
    services = [s for s in extraction.statements if "stubbornly high" in s.text]
    assert services and services[0].speaker.name == "Tomas Eklund"
    assert services[0].venue.name == "Halvard Financial Times"


def test_the_minister_on_x(extraction) -> None:
    plan = [s for s in extraction.statements if "our plan is working" in s.text
            and s.speaker is not None and s.speaker.name == "Jonas Riedel"]
    assert plan and (plan[0].venue.name, plan[0].venue.type) == ("X", "platform")
