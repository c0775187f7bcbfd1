"""A Security Council veto, which we wrote (tests/articles/un-security-council.txt), read
whole in every mode: `Veranda's ambassador, Ilya Marek,` (a country's envoy, not a writer
for an outlet called Veranda) to the council; the British ambassador; the
Secretary-General to reporters; a foreign ministry's statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "un-security-council.txt"
pytestmark = pytest.mark.model


def test_a_countrys_ambassador_is_no_outlets_writer(extraction) -> None:
    unworkable = [s for s in extraction.statements if "one-sided and unworkable" in s.text]
    assert len(unworkable) == 1
    assert unworkable[0].speaker.name == "Ilya Marek"
    assert unworkable[0].venue is None
    assert unworkable[0].recipient is not None and unworkable[0].recipient.name == "the council"


def test_the_ambassador_the_secretary_general_and_the_ministry(extraction) -> None:
    history = [s for s in extraction.statements if "History will remember" in s.text]
    assert history and history[0].speaker.name == "Helen Ward"
    catastrophic = [s for s in extraction.statements if "beyond catastrophic" in s.text]
    assert catastrophic and catastrophic[0].speaker.name == "Amadou Diallo"
    paralysis = [s for s in extraction.statements if "council's paralysis" in s.text]
    assert paralysis and paralysis[0].venue.type == "document"
