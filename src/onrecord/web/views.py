"""Pure helpers that shape store records for the pages: highlights, timelines, pager links.

Nothing here knows about HTTP or templates, so each helper is tested on plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import urlencode, urlsplit

from ..speaker_identity import fold
from ..store import SpeakerSummary, StatementHit

PALETTE_SIZE = 8  # CSS classes speaker-0 … speaker-7; more speakers reuse colours in turn


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of article text, highlighted when it belongs to a statement."""

    text: str
    hit: StatementHit | None = None
    colour: int | None = None  # palette index of the statement's speaker; None: unattributed

    @property
    def speaker_name(self) -> str:
        speaker = self.hit.statement.speaker if self.hit else None
        return speaker.name if speaker else "unattributed"


def speaker_key(hit: StatementHit) -> str | None:
    """What one colour stands for: the merged speaker when known, else the name as written."""
    if hit.speaker_id is not None:
        return f"id:{hit.speaker_id}"
    speaker = hit.statement.speaker
    return f"name:{speaker.name}" if speaker else None


def speaker_colours(hits: Iterable[StatementHit]) -> dict[str, int]:
    """A palette index per speaker, in order of first appearance."""
    colours: dict[str, int] = {}
    for hit in hits:
        key = speaker_key(hit)
        if key is not None and key not in colours:
            colours[key] = len(colours) % PALETTE_SIZE
    return colours


def highlight_segments(text: str, hits: Sequence[StatementHit]) -> list[Segment]:
    """Cut `text` into plain and highlighted runs covering it exactly once, in order.

    Where statements overlap, the innermost one (the latest start) wins that stretch. A span
    whose offsets do not match the text (a stale or corrupt record) is left out, never trusted.
    """
    colours = speaker_colours(hits)
    marks: list[tuple[int, int, int]] = []  # (start, end, index into hits)
    for index, hit in enumerate(hits):
        for span in hit.statement.content:
            if 0 <= span.start < span.end <= len(text) and text[span.start : span.end] == span.text:
                marks.append((span.start, span.end, index))
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    marks.sort()
    segments: list[Segment] = []
    active: list[tuple[int, int, int]] = []
    next_mark = 0
    for left, right in pairwise(cuts):
        while next_mark < len(marks) and marks[next_mark][0] <= left:
            active.append(marks[next_mark])
            next_mark += 1
        active = [mark for mark in active if mark[1] > left]
        # Innermost wins: the latest start, then the earliest end.
        winner = max(active, key=lambda mark: (mark[0], -mark[1]), default=None)
        covering = hits[winner[2]] if winner else None
        key = speaker_key(covering) if covering else None
        colour = colours[key] if key is not None else None
        if segments and segments[-1].hit is covering:
            segments[-1] = Segment(segments[-1].text + text[left:right], covering, colour)
        else:
            segments.append(Segment(text[left:right], covering, colour))
    return segments


@dataclass(frozen=True, slots=True)
class VenueGroup:
    venue: str | None
    hits: tuple[StatementHit, ...]


@dataclass(frozen=True, slots=True)
class DateGroup:
    date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY; None: undated
    venues: tuple[VenueGroup, ...]


def statement_date(hit: StatementHit) -> str | None:
    """When the words were said if the article says so, else when the article was published."""
    if hit.statement.said_on is not None:
        return hit.statement.said_on.value
    return hit.article.published.isoformat() if hit.article.published else None


def timeline(hits: Iterable[StatementHit]) -> list[DateGroup]:
    """Statements grouped by date (oldest first, undated last), then by venue within a date."""
    by_date: dict[str | None, dict[str | None, list[StatementHit]]] = {}
    for hit in hits:
        venue = hit.statement.venue.name if hit.statement.venue else None
        by_date.setdefault(statement_date(hit), {}).setdefault(venue, []).append(hit)
    ordered = sorted(by_date, key=lambda day: (day is None, day or ""))
    return [
        DateGroup(
            day,
            tuple(
                VenueGroup(venue, tuple(group))
                for venue, group in sorted(by_date[day].items(), key=lambda item: (item[0] is None, item[0] or ""))
            ),
        )
        for day in ordered
    ]


def page_link(params: dict[str, str], offset: int) -> str:
    """The search URL for the same query at another offset; blank filters are left out."""
    kept = {name: value for name, value in params.items() if value and name != "offset"}
    if offset:
        kept["offset"] = str(offset)
    return "/?" + urlencode(kept) if kept else "/"


def safe_link(path_or_url: str | None) -> str | None:
    """An article's address as a link only when it is http(s); never javascript: or a file."""
    if not path_or_url:
        return None
    try:
        scheme = urlsplit(path_or_url).scheme.lower()
    except ValueError:
        return None
    return path_or_url if scheme in ("http", "https") else None


def other_names(speaker: SpeakerSummary) -> list[str]:
    """The aliases worth showing: those that are not just the display name in lower case."""
    own = fold(speaker.name)
    return [alias for alias in speaker.aliases if fold(alias) != own]
