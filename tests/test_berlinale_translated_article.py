"""A festival piece with German quotations and their translation, which we wrote
(tests/articles/berlinale-translated.txt), read whole in every mode: `„…"` marks, a
quotation after `In English:` that is the same words again, a dateline before the
subject, a podcast host, and the writer's guess about the director."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "berlinale-translated.txt"
pytestmark = pytest.mark.model


def test_the_german_quotation_and_its_translation_are_the_directors(extraction) -> None:
    decided = [s for s in extraction.statements if "Publikum selbst entscheidet" in s.text]
    assert len(decided) == 1
    assert decided[0].speaker.name == "Lena Hartmann"
    assert "decide for themselves" in decided[0].text
    assert decided[0].venue is not None and decided[0].venue.name == "Tagesblatt"


def test_the_dateline_is_no_source(extraction) -> None:
    defended = [s for s in extraction.statements if "the wordless final scene" in s.text]
    assert defended
    assert all(s.source is not None and "BERLIN" not in s.source.text for s in defended)
    assert all(s.speaker.name == "Lena Hartmann" for s in defended)


def test_the_podcast_host_and_last_year(extraction) -> None:
    liked = [s for s in extraction.statements if "stopped worrying about being liked" in s.text]
    assert liked and liked[0].speaker.name == "Lena Hartmann"
    assert (liked[0].venue.name, liked[0].venue.type) == ("Reel Talk", "podcast")
    assert liked[0].recipient is not None and liked[0].recipient.name == "Anna Bloom"
    assert liked[0].said_on is not None and liked[0].said_on.value == "2025"


def test_the_writers_guess_is_about_hartmann(extraction) -> None:
    guesses = [i for i in extraction.interpretations if "own childhood" in i.span.text]
    assert len(guesses) == 1
    assert guesses[0].speaker is not None and guesses[0].speaker.name == "Lena Hartmann"
    assert not any("own childhood" in s.text for s in extraction.statements)
