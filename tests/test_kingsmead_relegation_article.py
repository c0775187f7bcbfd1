"""A relegation fight in British style, which we wrote (tests/articles/kingsmead-relegation-fight.txt),
read whole in every mode: quotations in single marks, a mixed quotation in single marks,
a captain to reporters."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "kingsmead-relegation-fight.txt"
pytestmark = pytest.mark.model


def test_single_marks(extraction) -> None:
    final = [s for s in extraction.statements if "every one of them is a cup final" in s.text]
    assert final and final[0].speaker.name == "Paul Hartley" and final[0].kind == "direct"
    assert "wasn't worried" in final[0].text
    assert final[0].venue.name == "pre-match press conference"


def test_a_mixed_quotation_in_single_marks(extraction) -> None:
    off = [s for s in extraction.statements if "switching off" in s.text]
    assert off and off[0].speaker.name == "Paul Hartley" and off[0].kind == "mixed"


def test_the_captain(extraction) -> None:
    show = [s for s in extraction.statements if "Now we have to show it" in s.text]
    assert show and show[0].speaker.name == "Lee Barton" and show[0].recipient.name == "reporters"
