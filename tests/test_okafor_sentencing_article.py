"""One sentencing story we wrote (tests/articles/okafor-sentencing-court.txt), read whole in
every mode: the judge, the prosecutor and the defence each keep their own words; `the
statement said` names no one, for a statement is not a speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "okafor-sentencing-court.txt"
pytestmark = pytest.mark.model


def test_the_bench_and_the_bar(extraction) -> None:
    smile = [s for s in extraction.statements if "with a smile on your face" in s.text]
    assert smile and smile[0].speaker.name == "Miriam Castellanos"
    holiday = [s for s in extraction.statements if "holiday home" in s.text]
    assert holiday and holiday[0].speaker.name == "Owen Delacourt"
    appeal = [s for s in extraction.statements if "would not appeal" in s.text]
    assert appeal and appeal[0].speaker.name == "Fiona Mbeki-Laurent"
    sorry = [s for s in extraction.statements if "I am sorry" in s.text]
    assert sorry and sorry[0].speaker.name == "Bernard Okafor"


def test_a_statement_is_not_a_speaker(extraction) -> None:
    hope = [s for s in extraction.statements if "children's hope" in s.text]
    assert hope and hope[0].speaker is None
    assert (hope[0].venue.name, hope[0].venue.type) == ("statement", "document")
