"""A Comic-Con panel we wrote (tests/articles/starfall-comiccon-panel.txt), read whole in
every mode: `Ruiz's co-creator, Hana Kim,` (the parse leaves `co`, `-` and `creator` as
three subjects) is Hana Kim; a group named for a quoted title keeps its closing mark; a
`packed panel` is a panel."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "starfall-comiccon-panel.txt"
pytestmark = pytest.mark.model


def test_the_co_creator(extraction) -> None:
    rewritten = [s for s in extraction.statements if "rewritten the final three" in s.text]
    assert rewritten and rewritten[0].speaker.name == "Hana Kim"
    assert rewritten[0].source.text.startswith("Ruiz's co-creator, Hana Kim")


def test_the_creators_and_the_panel(extraction) -> None:
    darker = [s for s in extraction.statements if s.text == "a darker second season"]
    assert darker and darker[0].speaker.name == 'creators of the animated series "Starfall"'
    assert darker[0].venue.name == "panel at San Diego Comic-Con"
    assert darker[0].said_on.value == "2026-07-25"


def test_the_voice_actor(extraction) -> None:
    lines = [s for s in extraction.statements if "emotional afternoon" in s.text]
    assert lines and lines[0].speaker.name == "Sam Okafor"
