"""A weekend box-office report we wrote (tests/articles/boxoffice-weekend-report.txt), read
whole in every mode: the director's thanks ran in a post on X, whose words are hers there;
an unnamed spokesperson speaks for the studio named beside them, not for the analyst's
firm named before; a film's title in quotation marks is no statement."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "boxoffice-weekend-report.txt"
pytestmark = pytest.mark.model


def test_the_directors_post_on_x(extraction) -> None:
    thanks = [s for s in extraction.statements if "cried in a dark room" in s.text]
    assert thanks and thanks[0].speaker.name == "Mei Okada"
    assert (thanks[0].venue.name, thanks[0].venue.type) == ("X", "platform")
    assert thanks[0].said_on.value == "2026-10-18"


def test_the_thanks_leave_out_where_they_ran(extraction) -> None:
    # `thanked moviegoers in a post on X`: the post is the venue, not part of the words
    assert not any("in a post on X" in s.text for s in extraction.statements)


def test_the_studios_spokesperson(extraction) -> None:
    line = [s for s in extraction.statements if "in line with expectations" in s.text]
    assert line and line[0].speaker.name == "Summit Arc"


def test_the_analysts_earlier_forecast(extraction) -> None:
    fall = [s for s in extraction.statements if "outgross half the tentpoles" in s.text]
    assert fall and fall[0].speaker.name == "Dana Whitfield"
    assert fall[0].venue.name == "Variety" and fall[0].said_on.value == "2026-09"


def test_titles_are_not_statements(extraction) -> None:
    assert not any(s.text.strip('"\u201c\u201d ,.') in ("Paper Lanterns", "Iron Tide")
                   for s in extraction.statements)
