"""An actor's one-word denial, which we wrote (tests/articles/sequel-denial-instagram-comment.txt),
read whole in every mode: `replying to a fan's question on Instagram with a single word:
"Nope."`, a studio's spokesperson for a named studio, and an editor standing by a story."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "sequel-denial-instagram-comment.txt"
pytestmark = pytest.mark.model


def test_the_one_word_reply(extraction) -> None:
    nope = [s for s in extraction.statements if s.text.strip('."') == "Nope"]
    assert nope and nope[0].speaker.name == "Theo Marsh"
    assert nope[0].venue is not None and nope[0].venue.name == "Instagram"


def test_the_studio_and_the_site(extraction) -> None:
    rumours = [s for s in extraction.statements if "casting rumours" in s.text]
    assert rumours and rumours[0].speaker.name == "Orbit Pictures"
    stands = [s for s in extraction.statements if "stands by its reporting" in s.text]
    assert stands and stands[0].speaker.name == "Jake Lowry"
