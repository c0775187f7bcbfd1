"""A bribery verdict we wrote (tests/articles/jury-verdict-juror.txt), read whole in every
mode: a juror who asked that her name not be used is nobody named, and so is the `she`
just after her (not the prosecutor named before); a witness who `testified against
Delgado` took a side, which is no statement; the defence lawyer told reporters."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "jury-verdict-juror.txt"
pytestmark = pytest.mark.model


def test_the_unnamed_jurors_she(extraction) -> None:
    texts = [s for s in extraction.statements if s.text.startswith("The texts did it")]
    assert texts and texts[0].speaker is None


def test_testifying_against_is_no_statement(extraction) -> None:
    assert not any(s.cue is not None and s.cue.text == "testified against"
                   for s in extraction.statements)


def test_the_defence_lawyer(extraction) -> None:
    errors = [s for s in extraction.statements if "serious errors" in s.text]
    assert errors and errors[0].speaker.name == "Martin Hale"


def test_the_prosecutors_closing(extraction) -> None:
    sale = [s for s in extraction.statements if "was for sale" in s.text]
    assert sale and sale[0].speaker.name == "Janet Cruz"
    assert sale[0].recipient.name == "jurors" and sale[0].said_on.value == "2026-06-09"
