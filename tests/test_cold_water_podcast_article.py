"""A true-crime podcast's finale, which we wrote (tests/articles/podcast-recap-true-crime.txt),
read whole in every mode: the host speaking in her own show (no listener named: she is
the host, who listens when others speak), a retired detective telling her, the missing
woman's sister to this newspaper, and the police statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "podcast-recap-true-crime.txt"
pytestmark = pytest.mark.model


def test_the_host_speaks_to_no_one_named(extraction) -> None:
    anne = [s for s in extraction.statements if "what happened to Anne" in s.text]
    assert len(anne) == 1
    assert anne[0].speaker.name == "Maya Deacon"
    assert anne[0].venue is not None and anne[0].venue.name == "Cold Water"
    assert anne[0].recipient is None  # not herself


def test_the_detective_tells_the_host(extraction) -> None:
    followed = [s for s in extraction.statements if "never followed up" in s.text]
    assert followed and followed[0].speaker.name == "Frank Moss"
    assert followed[0].recipient is not None and followed[0].recipient.name == "Deacon"


def test_the_sister_and_the_police(extraction) -> None:
    true = [s for s in extraction.statements if "Now we know that wasn't true" in s.text]
    assert true and true[0].speaker.name == "Claire Lowry"
    assert true[0].said_on is not None and true[0].said_on.value == "2025-12-02"
    review = [s for s in extraction.statements if "review any new information" in s.text]
    assert review and review[0].speaker.name == "Northshire Police"
