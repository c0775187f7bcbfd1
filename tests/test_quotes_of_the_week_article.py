"""A weekly roundup of quotations, which we wrote (tests/articles/quotes-of-the-week.txt),
read whole in every mode: each quotation a paragraph of its own, signed on the next line
after a dash, the signature naming the speaker with a role in lower case before the name
(`— Defence lawyer Owen Pryce, speaking outside …`), the place and the day after it."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "quotes-of-the-week.txt"
pytestmark = pytest.mark.model


def _one(extraction, words):
    found = [s for s in extraction.statements if words in s.text]
    assert len(found) == 1, [s.text for s in extraction.statements]
    return found[0]


def test_a_signature_with_a_role_in_lower_case(extraction) -> None:
    verdict = _one(extraction, "read the verdict twice")
    assert verdict.speaker is not None and verdict.speaker.name == "Owen Pryce"
    assert verdict.source.text == "Defence lawyer Owen Pryce"
    assert verdict.said_on is not None and verdict.said_on.value == "2026-11-24"  # Tuesday


def test_a_signature_naming_the_firm_and_the_role(extraction) -> None:
    merger = _one(extraction, "lose their job because of the merger")
    assert merger.speaker is not None and merger.speaker.name == "Ian Doyle"
    assert merger.venue is not None and merger.venue.type == "document"


def test_the_other_signatures_and_the_told_quotation(extraction) -> None:
    fight = _one(extraction, "We did not choose this fight")
    assert fight.speaker.name == "Carla Mendes" and fight.said_on.value == "2026-11-23"
    late = _one(extraction, "The 7.42 is not late")
    assert late.speaker.name == "Priya Nair" and late.venue.name == "Instagram"
    march = _one(extraction, "Ask me again in March")
    assert march.speaker.name == "Jean Mbeki" and march.venue.name == "Darnell Echo"
