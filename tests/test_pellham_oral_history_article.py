"""An oral history we wrote (tests/articles/pellham-oral-history.txt), read whole in every
mode: each quotation paragraph is signed on the line below it with a dash, the speaker's
name and what they are (`— Rosa Delacroix, founding vendor, Delacroix Farm`), and a
section heading in capitals is nobody's words."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "pellham-oral-history.txt"
pytestmark = pytest.mark.model

SIGNED = [
    ("There were six of us", "Rosa Delacroix"),
    ("I came because Rosa told me", "Kwame Asante"),
    ("The city sent us a letter", "Rosa Delacroix"),
    ("Honestly, we did not know what to do", "Lena Hartmann"),
    ("When we got to forty vendors", "Kwame Asante"),
    ("The day the market stopped being ours", "Rosa Delacroix"),
]


@pytest.mark.parametrize("opening,speaker", SIGNED)
def test_every_signed_paragraph_is_its_signers(extraction, opening, speaker) -> None:
    found = [s for s in extraction.statements if s.text.startswith(opening)]
    assert found, opening
    assert found[0].kind == "direct"
    assert found[0].speaker.name == speaker
    assert found[0].source.text == speaker  # the name, not the description after it
    assert found[0].cue.text == "—"


def test_a_description_after_the_name_stays_out_of_the_quotation(extraction) -> None:
    first = [s for s in extraction.statements if s.text.startswith("There were six of us")]
    assert first and first[0].text.endswith("sold out of everything.")


def test_a_heading_in_capitals_is_no_ones_words(extraction) -> None:
    for heading in ("GROWING UP", "THE FIGHT WITH THE CITY", "THE FIRST SATURDAY"):
        assert not [s for s in extraction.statements if heading in s.text], heading


def test_the_council_is_not_the_farm_named_before_it(extraction) -> None:
    assert not [s for s in extraction.statements
                if s.source is not None and s.source.text == "The council"
                and s.speaker is not None and s.speaker.name == "Delacroix Farm"]


def test_the_follow_up_answer(extraction) -> None:
    shade = [s for s in extraction.statements if s.text.startswith("More shade")]
    assert shade and shade[0].speaker.name == "Rosa Delacroix"
