"""A director on his film's ending in two venues, which we wrote
(tests/articles/orchard-thief-silent-ending.txt), read whole in every mode: `Director Tomas
Keller`, `Keller`, `the filmmaker`, `The director` and `he` are one person; his words to
Variety in 2024 and on the Cinema Files podcast this month, to its host; his star's
words at the premiere."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "orchard-thief-silent-ending.txt"
pytestmark = pytest.mark.model


def test_variety_in_2024(extraction) -> None:
    trusted = [s for s in extraction.statements if "can be trusted" in s.text]
    assert trusted and trusted[0].speaker.name == "Tomas Keller"
    assert trusted[0].venue.name == "Variety" and trusted[0].said_on.value == "2024"
    rehearsals = [s for s in extraction.statements if "during rehearsals" in s.text]
    assert rehearsals and rehearsals[0].speaker.name == "Tomas Keller"


def test_the_podcast_this_month(extraction) -> None:
    bread = [s for s in extraction.statements if "pass the bread" in s.text]
    assert bread and bread[0].speaker.name == "Tomas Keller"
    assert bread[0].venue.name == "Cinema Files" and bread[0].venue.type == "podcast"
    assert bread[0].said_on.value == "2026-10"


def test_the_star_at_the_premiere(extraction) -> None:
    goodbyes = [s for s in extraction.statements if "hates writing goodbyes" in s.text]
    assert goodbyes and goodbyes[0].speaker.name == "Mila Novak"
    wrong = [s for s in extraction.statements if "She's not wrong" in s.text]
    assert wrong and wrong[0].speaker.name == "Tomas Keller"
