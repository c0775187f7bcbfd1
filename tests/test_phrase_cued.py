"""Statements a phrase cues (nlp/phrase_cued.py), on sentences we wrote: the phrase must
open its sentence, and the kinds that need a quotation after them take none without one."""

from __future__ import annotations

import pytest

from onrecord import extract

pytestmark = pytest.mark.model


def _statements(text: str):
    return extract(text, model="rules").statements


def test_in_her_words_opens_a_sentence() -> None:
    text = ("Mara Lind runs a bakery in Leeds. In her words, the shop is "
            '"a kitchen with a till attached."')
    found = [s for s in _statements(text) if s.cue is not None and s.cue.text == "In her words"]
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.name == "Mara Lind"
    assert found[0].text.startswith("the shop is")


def test_the_phrase_inside_a_sentence_cues_nothing() -> None:
    text = "The council met on Monday and, in its words, agreed nothing at all."
    assert not any(s.cue is not None and "words" in s.cue.text for s in _statements(text))


def test_to_quote_needs_a_quotation() -> None:
    quoted = 'To quote Ada Reyes, who coached the side for a decade, "Nobody wins alone."'
    found = [s for s in _statements(quoted) if "Nobody wins alone" in s.text]
    assert found and found[0].speaker.name == "Ada Reyes" and found[0].cue.text == "To quote"
    bare = "To quote Ada Reyes would be to misquote her."
    assert not any(s.cue is not None and s.cue.text == "To quote" for s in _statements(bare))


def test_what_she_did_say() -> None:
    text = ("What Hughes did say, at a meeting on Monday, was that the city would "
            '"expand bus service."')
    found = [s for s in _statements(text) if "expand bus service" in s.text]
    assert found and found[0].cue.text == "did say" and found[0].source.text == "Hughes"
