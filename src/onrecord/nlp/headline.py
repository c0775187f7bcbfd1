"""Where an article's first line of text lies: after the ` date YYYY-MM-DD` header that
onrecord's own articles may open with, and any blank lines; and whether a name is the
writer's, in a byline; where a dateline ends."""

from __future__ import annotations

import re

_DATE_HEADER = re.compile(r"\s*date \d{4}-\d{2}-\d{2}[^\n]*\n")
# (a first name may stand between: `By Leyla Demir`, where the tagger took `Demir` alone)
_BYLINE = re.compile(r"(?:^|\n)[ \t]*(?:by|interview by|interviewed by)[ \t]+"
                     r"(?:(?-i:[A-Z])[\w'’.-]*[ \t]+){0,2}$", re.IGNORECASE)


def first_line(text: str) -> tuple[int, int]:
    """Start and end offsets of the article's first line of text (end exclusive)."""
    header = _DATE_HEADER.match(text)
    start = header.end() if header else 0
    while start < len(text) and text[start] in " \t\r\n":
        start += 1
    end = text.find("\n", start)
    return start, (len(text) if end < 0 else end)


def after_byline(text: str, start: int) -> bool:
    """Whether the name at `start` opens a byline (`By Ann Lee`): the writer's, not a
    person the article is about."""
    return _BYLINE.search(text, max(0, start - 48), start) is not None


# `BRACKWELL — `, `DAYTON, Ohio — `, `WASHINGTON -- `, `HOUSTON (Wire) — `: where a story
# was filed from (and the wire that filed it).
DATELINE = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]+)*"
                      r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?"
                      r"(?: \([A-Z][\w ]{0,30}\))? ?(?:\u2014|\u2013|--) ?")


def in_dateline(text: str, start: int) -> bool:
    """Whether `start` lies in the dateline that opens its paragraph: the place a story was
    filed from is no one who speaks."""
    opening = text.rfind("\n", 0, start) + 1
    found = DATELINE.match(text, opening)
    return found is not None and start < found.end()
