"""A film's ending explained, as we wrote it (tests/articles/hollow-pines-ending-explained.txt),
read whole in every mode: a quotation set out as its own paragraph after `Varga pushed
back on that reading in an interview with Frame magazine in November of last year:` is
Varga's, in that magazine, in November 2025; `on the podcast` is the podcast named
before, not the magazine named since; a scene set in the paragraph before dates the
podcast's quotation; the writer's `It seems that …` is nobody's statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "hollow-pines-ending-explained.txt"
pytestmark = pytest.mark.model


def test_the_quotation_after_a_colon_paragraph(extraction) -> None:
    neat = [s for s in extraction.statements if "grief is neat" in s.text]
    assert neat and neat[0].speaker.name == "Theo Varga"
    assert neat[0].kind == "direct"
    assert (neat[0].venue.name, neat[0].venue.type) == ("Frame magazine", "outlet")
    assert neat[0].said_on.value == "2025-11"


def test_on_the_podcast_is_the_podcast(extraction) -> None:
    porch = [s for s in extraction.statements if "light on a porch" in s.text]
    assert porch and porch[0].speaker.name == "Theo Varga"
    assert (porch[0].venue.name, porch[0].venue.type) == ("Midnight Reel", "podcast")


def test_the_podcast_dated_by_the_scene_before(extraction) -> None:
    mirror = [s for s in extraction.statements if "rear-view mirror" in s.text]
    assert mirror and mirror[0].venue.name == "Midnight Reel"
    assert mirror[0].said_on.value == "2025-12"


def test_the_writers_guess_is_nobodys(extraction) -> None:
    assert not any("referring to his own experience" in s.text for s in extraction.statements)
