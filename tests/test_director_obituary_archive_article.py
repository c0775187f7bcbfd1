"""A director's obituary, which we wrote (tests/articles/director-obituary-archive.txt),
read whole in every mode: his words from 1994 and 1983 with their outlets, his daughter
confirming the death (the surname alone after her is still his), a former student and a
minister's post on X."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "director-obituary-archive.txt"
pytestmark = pytest.mark.model


def test_his_words_from_the_archive(extraction) -> None:
    shoot = [s for s in extraction.statements if "I wouldn't have to shoot it" in s.text]
    assert shoot and shoot[0].speaker.name == "Anton Varga"
    assert (shoot[0].venue.name, shoot[0].said_on.value) == ("Guardian", "1994")
    mother = [s for s in extraction.statements if "about nobody's mother" in s.text]
    assert mother and mother[0].speaker.name == "Anton Varga"
    assert (mother[0].venue.name, mother[0].said_on.value) == ("BBC", "1983")


def test_the_surname_after_his_daughter_is_his(extraction) -> None:
    playing = [s for s in extraction.statements if "with music playing" in s.text]
    assert playing and playing[0].speaker.name == "Eva Varga"
    reluctant = [s for s in extraction.statements if s.source is not None
                 and s.source.text == "Varga" and "his films" in s.text]
    assert all(s.speaker.name == "Anton Varga" for s in reluctant)


def test_the_student_and_the_minister(extraction) -> None:
    question = [s for s in extraction.statements if "always the right question" in s.text]
    assert question and question[0].speaker.name == "Claire Dubois"
    giant = [s for s in extraction.statements if "a giant of European cinema" in s.text]
    assert giant and giant[0].speaker.name == "Luc Arnaud"
    assert giant[0].venue is not None and giant[0].venue.name == "X"
