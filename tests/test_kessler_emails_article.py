"""An investigation we wrote (tests/articles/kessler-emails-investigation.txt), read whole in
every mode: emails obtained by the paper are a document no one speaks for; a reply `the
next day` is dated from the email it answers (Aug. 17 of the year before); a deposition is
where the health officer testified."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "kessler-emails-investigation.txt"
pytestmark = pytest.mark.model


def test_the_inspectors_email(extraction) -> None:
    action = [s for s in extraction.statements if "well above the action level" in s.text]
    assert action and action[0].speaker is None  # an inspector the article does not name
    assert action[0].venue.type == "document"
    assert action[0].said_on is not None and action[0].said_on.value == "2025-08-17"


def test_the_reply_the_next_day(extraction) -> None:
    legal = [s for s in extraction.statements if "discuss timing with legal" in s.text]
    assert legal and legal[0].speaker.name == "Gordon Velasquez"
    assert legal[0].said_on is not None and legal[0].said_on.value == "2025-08-18"


def test_the_deposition(extraction) -> None:
    notice = [s for s in extraction.statements if "immediate public notice" in s.text]
    assert notice and notice[0].speaker.name == "Anand Sethi"
    assert (notice[0].venue.name, notice[0].venue.type) == ("deposition", "document")


def test_the_parent(extraction) -> None:
    son = [s for s in extraction.statements if s.text.startswith("I sent my son")]
    assert son and son[0].speaker.name == "Latrice Monroe"
    assert "I cannot get past that" in son[0].text


def test_the_executives_written_statement(extraction) -> None:
    experts = [s for s in extraction.statements if "advice of experts" in s.text]
    assert experts and experts[0].speaker.name == "Bernadette Huang"
    assert experts[0].venue.name == "written statement"
    assert experts[0].said_on is not None and experts[0].said_on.value == "2026-05-05"
