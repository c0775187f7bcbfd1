"""An AI model's release we wrote (tests/articles/ai-model-release-critics.txt), read whole in
every mode: `Quanta co-founder Ravi Menon wrote`, parsed as three subjects of `wrote`, is
Ravi Menon, in the post named before; `The artificial intelligence startup Quanta`, with
`startup` parsed as a verb, is Quanta; a researcher on Mastodon."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ai-model-release-critics.txt"
pytestmark = pytest.mark.model


def test_the_co_founder(extraction) -> None:
    check = [s for s in extraction.statements if "check our work" in s.text]
    assert check and check[0].speaker.name == "Ravi Menon"
    assert check[0].source.text == "Quanta co-founder Ravi Menon"
    assert check[0].venue.name == "blog post"


def test_the_startup(extraction) -> None:
    accountable = [s for s in extraction.statements if "keep this technology accountable" in s.text]
    assert accountable
    named = [s for s in accountable if "Quanta" in s.source.text]
    assert all(s.speaker.name == "Quanta" for s in named)
    # (the rules' own source there is `The artificial intelligence`, the verb's subject
    # in that misparse: left as it is)
    assert not any(s.speaker is not None and s.speaker.name.endswith("startup Quanta")
                   for s in extraction.statements)


def test_the_researcher_on_mastodon(extraction) -> None:
    switch = [s for s in extraction.statements if "no off switch" in s.text]
    assert switch and switch[0].speaker.name == "Tom Hale"
    assert (switch[0].venue.name, switch[0].venue.type) == ("Mastodon", "platform")
