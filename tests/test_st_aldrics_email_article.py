"""A leaked hospital email we wrote (tests/articles/st-aldrics-leaked-email.txt), read whole
in every mode: what the chief executive warned stops before `according to an internal
email`; `saying for months` is how long, not what was said."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "st-aldrics-leaked-email.txt"
pytestmark = pytest.mark.model


def test_the_warning_without_its_source(extraction) -> None:
    unsafe = [s for s in extraction.statements if "unsafe levels" in s.text]
    assert unsafe
    for statement in unsafe:
        assert "according to an internal email" not in statement.text
    warned = [s for s in unsafe if s.cue is not None and s.cue.text == "warned"]
    for statement in warned:  # (the accurate model reads only the `according to` relation)
        assert statement.speaker.name == "Paul Okafor" and statement.text.endswith('levels,"')


def test_a_duration_is_no_topic(extraction) -> None:
    assert not any(s.text == "months" for s in extraction.statements)


def test_the_email(extraction) -> None:
    week = [s for s in extraction.statements if "this week, not next month" in s.text]
    assert week and week[0].speaker.name == "Paul Okafor"
    assert week[0].venue.name == "internal email"
