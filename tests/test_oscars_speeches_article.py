"""An awards night's speeches, which we wrote (tests/articles/oscars-speech-recap.txt), read
whole in every mode: a winner's speech, a director's thanks with a quotation hung on `who
he said`, the host's opening joke, and `Backstage, best supporting actor winner Luis
Paredes told reporters`, whose source starts after `Backstage,`."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "oscars-speech-recap.txt"
pytestmark = pytest.mark.model


def test_the_source_starts_after_the_opening_word(extraction) -> None:
    happen = [s for s in extraction.statements if "did not think this would happen" in s.text]
    assert len(happen) == 1
    assert happen[0].source.text == "best supporting actor winner Luis Paredes"
    assert happen[0].speaker.name == "Luis Paredes"
    assert happen[0].recipient is not None and happen[0].recipient.name == "reporters"


def test_the_winner_the_director_and_the_host(extraction) -> None:
    small = [s for s in extraction.statements if "It never was" in s.text]
    assert small and small[0].speaker.name == "Naomi Achterberg"
    # (the rules miss `who he said had "sold …"`, the cue inside the relative clause)
    ring = [s for s in extraction.statements if "sold her wedding ring" in s.text]
    assert all(s.speaker.name == "Kenji Mori" for s in ring)
    goodnight = [s for s in extraction.statements if "goodnight" in s.text]
    assert goodnight and goodnight[0].speaker.name == "Dana Fields"
