"""A central bank governor's speech, which we wrote
(tests/articles/central-bank-prepared-remarks.txt), read whole in every mode: `The governor
of the Bank of Calder, Margaret Osei, said` (the name parsed beside the bank), prepared
remarks to a chamber of commerce (a body spoken to, no outlet), an analyst's note, and
`Finance Minister Paul Reyes, asked about …, said` (parsed as `Reyes asked`)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "central-bank-prepared-remarks.txt"
pytestmark = pytest.mark.model


def test_the_governor_beside_her_bank(extraction) -> None:
    time = [s for s in extraction.statements if "stay at their current level" in s.text]
    assert time and time[0].speaker.name == "Margaret Osei"
    assert time[0].said_on is not None and time[0].said_on.value == "2026-09-17"


def test_the_remarks_to_the_chamber(extraction) -> None:
    twice = [s for s in extraction.statements if "pay for twice" in s.text]
    assert twice and twice[0].speaker.name == "Margaret Osei"
    assert twice[0].venue is None or twice[0].venue.type != "outlet"
    assert twice[0].recipient is not None and "Chamber of Commerce" in twice[0].recipient.name


def test_the_minister_asked_about_it(extraction) -> None:
    sooner = [s for s in extraction.statements if "sooner rather than later" in s.text]
    assert len(sooner) == 1 and sooner[0].speaker.name == "Paul Reyes"
    assert sooner[0].source is not None and sooner[0].source.text.endswith("Paul Reyes")
    assert sooner[0].text.startswith("he")


def test_the_analyst(extraction) -> None:
    message = [s for s in extraction.statements if "itself a message" in s.text]
    assert message and message[0].speaker.name == "Leon Hart"
