"""A UN climate report we wrote (tests/articles/climate-report-un.txt), read whole in every
mode: a report `compiled by` a body speaks for that body; a spokesperson for `the Indian
government` speaks for it, not for the ministry named before; a secretary-general speaks
in a video message; no word is in a statement twice."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "climate-report-un.txt"
pytestmark = pytest.mark.model


def test_the_report_speaks_for_who_compiled_it(extraction) -> None:
    fall = [s for s in extraction.statements if "fall by 42 percent" in s.text]
    assert fall and fall[0].speaker.name == "UN Environment Programme"
    assert fall[0].venue.name == "annual assessment"


def test_the_indian_governments_spokesperson(extraction) -> None:
    faster = [s for s in extraction.statements if "go faster" in s.text]
    assert faster and faster[0].speaker.name == "Indian government"
    assert faster[0].venue is None  # not the ministry's statement before


def test_the_video_message(extraction) -> None:
    excuses = [s for s in extraction.statements if "running out of excuses" in s.text]
    assert excuses and excuses[0].speaker.name == "Amina Diallo"
    assert excuses[0].venue.name == "video message"


def test_no_word_twice(extraction) -> None:
    for statement in extraction.statements:
        spans = sorted((c.start, c.end) for c in statement.content)
        assert all(a[1] <= b[0] for a, b in pairwise(spans))
