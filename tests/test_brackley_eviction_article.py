"""A judge halting an eviction, which we wrote (tests/articles/tenant-eviction-court.txt),
read whole in every mode: the judge's ruling, a tenant, the landlord (`Kingsway Estates`,
which the tagger calls a place and the apposition `the landlord, …` a person's name)
that `said it was disappointed … and would serve fresh notices …` (one content), its
spokesman, and the tenants' lawyer."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tenant-eviction-court.txt"
pytestmark = pytest.mark.model


def test_the_landlord_said_both(extraction) -> None:
    notices = [s for s in extraction.statements if "disappointed with the decision" in s.text]
    assert len(notices) == 1
    assert notices[0].text.endswith('"in full compliance with the law."')
    assert notices[0].speaker.name == "Kingsway Estates"


def test_the_spokesman_speaks_for_the_landlord(extraction) -> None:
    repairs = [s for s in extraction.statements if "urgent and extensive" in s.text]
    assert repairs and repairs[0].speaker is not None
    assert repairs[0].speaker.name == "Kingsway Estates"


def test_the_judge_the_tenant_and_the_lawyer(extraction) -> None:
    defective = [s for s in extraction.statements if "defective on their face" in s.text]
    assert defective and defective[0].speaker.name == "Patricia Oduya"
    assert defective[0].venue.type == "document"
    sleep = [s for s in extraction.statements if "going to sleep tonight" in s.text]
    assert sleep and sleep[0].speaker.name == "Fatima Begum"
    fight = [s for s in extraction.statements if "without a fight" in s.text]
    assert fight and fight[0].speaker.name == "Simon Achebe"
