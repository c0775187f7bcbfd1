"""A deleted post we wrote (tests/articles/doyle-deleted-post.txt), read whole in every
mode: the striker's apology, his manager on Sunday, and no content that ends on the
relative pronoun of a clause it leaves out."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "doyle-deleted-post.txt"
pytestmark = pytest.mark.model


def test_the_apology(extraction) -> None:
    joke = [s for s in extraction.statements if "a stupid joke" in s.text]
    assert joke and joke[0].speaker.name == "Kieran Doyle"
    assert joke[0].said_on.value == "2027-04-10"


def test_no_content_ends_on_which(extraction) -> None:
    assert not any(s.text.rstrip(" ,").endswith(", which") or s.text.rstrip().endswith(" which")
                   for s in extraction.statements)


def test_the_manager(extraction) -> None:
    fined = [s for s in extraction.statements if "He'll be fined" in s.text]
    assert fined and fined[0].speaker.name == "Gary Fenn"
