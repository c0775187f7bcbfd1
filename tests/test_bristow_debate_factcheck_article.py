"""A fact check of a mayoral debate, which we wrote (tests/articles/election-debate-factcheck.txt),
read whole in every mode: each claim set out as `CLAIM: "…" — Mayor Helen Cho`, the label
heading the quotation and the signature after it naming the speaker; a report's finding
whose subject the parse made the verb's object (`found average journey times on the
routes fell by 11 percent`)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "election-debate-factcheck.txt"
pytestmark = pytest.mark.model


def test_each_claim_is_its_signers(extraction) -> None:
    crime = [s for s in extraction.statements if "Crime has gone up 40 percent" in s.text]
    assert len(crime) == 1 and crime[0].speaker.name == "Dan Reyes"
    homes = [s for s in extraction.statements if "more affordable homes than any" in s.text]
    assert len(homes) == 1 and homes[0].speaker.name == "Helen Cho"
    buses = [s for s in extraction.statements if "cut journey times in half" in s.text]
    assert len(buses) == 1 and buses[0].speaker.name == "Helen Cho"
    assert not [s for s in extraction.statements
                if s.speaker is not None and s.speaker.name.upper() == "CLAIM"]


def test_the_reports_finding_whole(extraction) -> None:
    fell = [s for s in extraction.statements if "fell by 11 percent" in s.text]
    assert len(fell) == 1
    assert fell[0].text == "average journey times on the routes fell by 11 percent"
    assert fell[0].venue is not None and fell[0].venue.type == "document"


def test_the_spokesman_speaks_for_the_mayor(extraction) -> None:
    busiest = [s for s in extraction.statements if "busiest routes" in s.text]
    assert busiest and busiest[0].speaker.name == "Helen Cho"
