"""One story of a quarrel online we wrote (tests/articles/saltbox-influencer-feud.txt), read
whole in every mode: posts and videos on named platforms, a lawyer named after her
client, a quotation inside a reported clause, a newsletter by its title, and quantifiers
(`Some`) that name nobody."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_reading import by_cue

ARTICLE = Path(__file__).resolve().parent / "articles" / "saltbox-influencer-feud.txt"
pytestmark = pytest.mark.model


def test_a_post_on_a_platform_dated_by_its_weekday(extraction) -> None:
    post = [s for s in extraction.statements if s.text.startswith("I have spent six years")]
    assert post
    assert post[0].speaker.name == "Priya Valcourt"
    assert (post[0].venue.name, post[0].venue.type) == ("Instagram", "platform")
    assert post[0].said_on.value == "2025-05-30"  # the Friday before Tuesday 3 June


def test_the_clip_is_the_video_the_sentence_before_names(extraction) -> None:
    clip = [s for s in extraction.statements if s.text.startswith("Nobody from Saltbox")]
    assert clip
    assert clip[0].speaker.name == "Priya Valcourt"
    assert (clip[0].venue.name, clip[0].venue.type) == ("TikTok", "platform")


def test_a_lawyer_named_after_her_client(extraction) -> None:
    # The parse sets `Celia Marsh` in apposition to `Dunleavy`; a name cannot rename
    # another name, so it names the lawyer.
    statement = by_cue(extraction, "told")
    assert statement.speaker.name == "Celia Marsh"
    assert (statement.venue.name, statement.venue.type) == ("The Guardian", "outlet")


def test_a_quotation_inside_a_reported_clause_is_part_of_it(extraction) -> None:
    # `said … that it had reviewed the recipes and found "…"`: the joined verb with no
    # subject of its own is the publisher's next act, as PolNeAR marks such a pair (the
    # thirty-third session); the quotation stays whole and the publisher's
    publisher = [s for s in extraction.statements if "reviewed the recipes" in s.text]
    assert len(publisher) == 1
    assert publisher[0].speaker.name == "Hearthstone Books"
    found = [s for s in extraction.statements if "no evidence whatsoever of copying" in s.text]
    assert found and all(s.speaker.name == "Hearthstone Books" for s in found)
    assert any(s.text.rstrip('"').endswith("no evidence whatsoever of copying.") for s in found)


def test_quantifiers_name_nobody(extraction) -> None:
    pile_on = [s for s in extraction.statements if "pile-on" in s.text]
    assert pile_on and pile_on[0].source.text == "Some"
    assert pile_on[0].speaker is None


def test_a_newsletter_by_its_title(extraction) -> None:
    letter = [s for s in extraction.statements if s.text.startswith("You cannot copyright")]
    assert letter
    assert letter[0].speaker.name == "Dev Anand"
    assert (letter[0].venue.name, letter[0].venue.type) == ("The Sunday Plate", "outlet")
