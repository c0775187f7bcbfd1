"""A concert review we wrote (tests/articles/wrenfield-concert-review.txt), read whole in
every mode: album titles are no quotations; `In an interview before the show, Lind told me`
puts her words to no audience (`before the show` is a time); a song title that names
where a lyric is sung keeps no trailing comma."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "wrenfield-concert-review.txt"
pytestmark = pytest.mark.model


def test_album_titles_are_not_quotations(extraction) -> None:
    for title in ("Paper Lanterns", "Salt Years"):
        assert not [s for s in extraction.statements if s.text.strip(' ,."') == title]


def test_before_the_show_is_no_audience(extraction) -> None:
    kitchens = [s for s in extraction.statements if "in kitchens" in s.text]
    assert kitchens and kitchens[0].speaker.name == "Tova Lind"
    assert kitchens[0].recipient is None or kitchens[0].recipient.name != "the show"
    together = [s for s in extraction.statements if "held us together" in s.text]
    assert together and (together[0].recipient is None
                         or together[0].recipient.name != "the show")


def test_a_song_title_keeps_no_comma(extraction) -> None:
    for statement in extraction.statements:
        if statement.venue is not None:
            assert not statement.venue.name.endswith(",")


def test_the_guitarist_before_the_encore(extraction) -> None:
    pubs = [s for s in extraction.statements if "playing pubs" in s.text]
    assert pubs and pubs[0].speaker.name == "Ben Achebe"
