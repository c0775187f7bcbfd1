"""A police video's release we wrote (tests/articles/bodycam-release-police.txt), read whole
in every mode: `his family's lawyer called for …` in the lede is the lawyer named two
paragraphs on (`the family's lawyer, Simone Baptiste`); `The police union` is a body of
its own, not the police department named before; a statement and a news conference."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "bodycam-release-police.txt"
pytestmark = pytest.mark.model


def test_the_lawyer_named_after(extraction) -> None:
    charged = [s for s in extraction.statements if "officer to be charged" in s.text]
    assert all(s.speaker is not None and s.speaker.name == "Simone Baptiste" for s in charged)
    phone = [s for s in extraction.statements if "reaching for his phone" in s.text]
    assert phone and phone[0].speaker.name == "Simone Baptiste"
    assert phone[0].venue.name == "news conference"


def test_the_union_is_not_the_department(extraction) -> None:
    training = [s for s in extraction.statements if "followed his training" in s.text]
    assert training and training[0].speaker.name == "police union"


def test_the_chiefs_statement(extraction) -> None:
    prejudge = [s for s in extraction.statements if "prejudge the outcome" in s.text]
    assert prejudge and prejudge[0].speaker.name == "Alan Rourke"
    assert prejudge[0].venue.name == "statement"
