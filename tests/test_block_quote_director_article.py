"""A director explaining an ending, which we wrote (tests/articles/block-quote-director.txt),
read whole in every mode: a paragraph that ends on `explained the choice to Variety last
week:` before the quotation's own paragraph, a bracketed insertion, `recalled telling her
lead actress, …: "…"`, `the 19-year-old said` (parsed as a noun with its article), and
`Nadia said, '…'` inside the actress's quotation (the director by her first name)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "block-quote-director.txt"
pytestmark = pytest.mark.model


def test_the_block_quotation_after_the_colon(extraction) -> None:
    direction = [s for s in extraction.statements if "[The bus] is the direction" in s.text]
    assert len(direction) == 1 and direction[0].speaker.name == "Nadia Flores"
    assert direction[0].venue is not None and direction[0].venue.name == "Variety"


def test_the_note_to_the_actress_stays_on_record(extraction) -> None:
    sad = [s for s in extraction.statements if "Don't play it sad" in s.text]
    assert sad and all(s.speaker.name == "Nadia Flores" for s in sad)


def test_the_actress_by_her_age(extraction) -> None:
    crying = [s for s in extraction.statements if "crying in every take" in s.text]
    assert len(crying) == 1
    assert crying[0].source is not None and crying[0].source.text == "the 19-year-old"
    assert crying[0].speaker.name == "Sofia Reyes"
    assert crying[0].said_on is not None and crying[0].said_on.value == "2025-06"


def test_the_director_by_her_first_name_inside_a_quotation(extraction) -> None:
    stop = [s for s in extraction.statements if s.text.startswith("Stop. She's not losing")]
    assert stop and stop[0].speaker.name == "Nadia Flores"


def test_the_critic_and_the_last_word(extraction) -> None:
    shrug = [s for s in extraction.statements if "a shrug dressed up" in s.text]
    assert shrug and shrug[0].speaker.name == "Dana Whitfield"
    last = [s for s in extraction.statements if "A shrug is a statement" in s.text]
    assert last and last[0].speaker.name == "Nadia Flores"
