"""A novelist at a literature festival, which we wrote (tests/articles/book-launch-author-qa.txt),
read whole in every mode: the novelist in conversation with a critic, his verdict, her
joke, and her publisher."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "book-launch-author-qa.txt"
pytestmark = pytest.mark.model


def test_the_novelist_and_the_critic(extraction) -> None:
    sentences = [s for s in extraction.statements if "stopped writing sentences" in s.text]
    assert sentences and sentences[0].speaker.name == "Ada Okonkwo"
    best = [s for s in extraction.statements if "the best thing she has written" in s.text]
    assert best and best[0].speaker.name == "Simon Hale"
    mind = [s for s in extraction.statements if "make up his mind" in s.text]
    assert mind and mind[0].speaker.name == "Ada Okonkwo"
    printing = [s for s in extraction.statements if "sold out in a week" in s.text]
    assert printing and printing[0].speaker.name == "Harbour Books"
