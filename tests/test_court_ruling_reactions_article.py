"""A judge's ruling and the reactions, which we wrote
(tests/articles/court-ruling-reactions-nested.txt), read whole in every mode: the judge's
34-page opinion (the venue), testimony she cites, the mayor to reporters and an ACLU
lawyer's inverted quotation."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "court-ruling-reactions-nested.txt"
pytestmark = pytest.mark.model


def test_the_opinion(extraction) -> None:
    overbroad = [s for s in extraction.statements if "done nothing wrong" in s.text]
    assert overbroad and overbroad[0].speaker.name == "Miriam Cole"
    assert overbroad[0].venue is not None and overbroad[0].venue.type == "document"
    assert "opinion" in overbroad[0].venue.name


def test_the_mayor_and_the_lawyer(extraction) -> None:
    begged = [s for s in extraction.statements if "begged us to do something" in s.text]
    assert begged and begged[0].speaker.name == "Tom Bradley"
    crime = [s for s in extraction.statements if "Being young is not a crime" in s.text]
    assert crime and crime[0].speaker.name == "Dana Ortiz"
