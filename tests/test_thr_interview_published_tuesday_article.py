"""A director on a cut ending, which we wrote (tests/articles/thr-interview-published-tuesday.txt),
read whole in every mode: `In an interview with The Hollywood Reporter published on
Tuesday` (the outlet and its day), `she told the outlet`, and her co-writer's other account
on a podcast last year."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "thr-interview-published-tuesday.txt"
pytestmark = pytest.mark.model


def test_the_interview_and_its_day(extraction) -> None:
    lie = [s for s in extraction.statements if "a lie the film was telling" in s.text]
    assert lie and lie[0].speaker.name == "Greta Lind"
    assert lie[0].venue is not None and lie[0].venue.name == "The Hollywood Reporter"
    assert lie[0].said_on is not None and lie[0].said_on.value == "2026-04-07"
    wrong = [s for s in extraction.statements if "how I knew it was wrong" in s.text]
    assert wrong and wrong[0].venue.name == "The Hollywood Reporter"


def test_the_co_writer_on_the_podcast(extraction) -> None:
    extras = [s for s in extraction.statements if "reception extras" in s.text]
    assert extras and extras[0].speaker.name == "Sami Haddad"
    assert (extras[0].venue.name, extras[0].venue.type) == ("Scriptnotes", "podcast")
    assert extras[0].said_on is not None and extras[0].said_on.value == "2025"


def test_her_answer(extraction) -> None:
    true = [s for s in extraction.statements if "partly true" in s.text]
    assert true and true[0].speaker.name == "Greta Lind"
