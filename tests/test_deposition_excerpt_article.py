"""A deposition excerpt in a fraud story, which we wrote
(tests/articles/deposition-excerpt.txt), read whole in every mode: `Q.`/`A.` turns, whose
answers are the witness's and questions nobody's statements, a headline's `Former
Halbrook CFO` (a role, no body), and a statement through a lawyer."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "deposition-excerpt.txt"
pytestmark = pytest.mark.model


def test_the_answers_are_the_witnesss(extraction) -> None:
    answers = [s for s in extraction.statements
               if "I don't recall creating it" in s.text or "Other people used it" in s.text]
    assert len(answers) == 2
    assert all(s.speaker.name == "Warren Pike" for s in answers)
    assert not any("Did you create this spreadsheet" in s.text for s in extraction.statements)


def test_the_headlines_cfo_is_the_witness(extraction) -> None:
    headline = [s for s in extraction.statements if "never saw" in s.text]
    assert headline and headline[0].speaker.name == "Warren Pike"


def test_through_his_lawyer_and_in_a_filing(extraction) -> None:
    untrue = [s for s in extraction.statements if "simply untrue" in s.text]
    assert untrue and untrue[0].speaker.name == "Gordon Halbrook"
    loyal = [s for s in extraction.statements if "a loyal employee" in s.text]
    assert loyal and loyal[0].speaker.name == "Simon Achebe"
    assert loyal[0].venue is not None and loyal[0].venue.name == "court filing"
