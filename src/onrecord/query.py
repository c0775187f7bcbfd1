"""SearchQuery: one validated description of a statement search, shared by the CLI and web API.

Built with `SearchQuery.parse(...)` from raw strings (the CLI's options, a URL's query string);
every check happens once, at construction, and raises QueryError with a message a person
can act on. Stores receive only valid queries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import QueryError

KINDS = ("direct", "indirect", "mixed")
MAX_LIMIT = 1000
DEFAULT_LIMIT = 20
MAX_QUERY_CHARS = 1000
MAX_OFFSET = 2**63 - 1  # SQLite's largest integer: a bigger OFFSET cannot even be bound
# A "phrase in quotes" stays a phrase; anything else splits on whitespace.
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # FTS5 cannot take NUL; no control char is a word


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """Words to find (all must match) plus optional filters. Dates filter on publication."""

    text: str = ""
    speaker: str | None = None
    venue: str | None = None
    kind: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.text, str) or len(self.text) > MAX_QUERY_CHARS:
            raise QueryError(f"query text must be a string of at most {MAX_QUERY_CHARS} characters")
        if self.kind is not None and self.kind not in KINDS:
            raise QueryError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if isinstance(self.limit, bool) or not isinstance(self.limit, int):
            raise QueryError("limit must be an integer")
        if not 1 <= self.limit <= MAX_LIMIT:
            raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {self.limit}")
        if isinstance(self.offset, bool) or not isinstance(self.offset, int) \
                or not 0 <= self.offset <= MAX_OFFSET:
            raise QueryError(f"offset must be an integer from 0 to {MAX_OFFSET}")
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"since ({self.since}) is after until ({self.until})")
        for name in ("speaker", "venue"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise QueryError(f"{name} must be a non-empty name")

    @classmethod
    def parse(
        cls,
        text: str = "",
        *,
        speaker: str | None = None,
        venue: str | None = None,
        kind: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: str | int | None = None,
        offset: str | int | None = None,
    ) -> SearchQuery:
        """A query from raw strings, as typed by a person; raises QueryError when invalid."""
        return cls(
            text=text or "",
            speaker=_blank_to_none(speaker),
            venue=_blank_to_none(venue),
            kind=_blank_to_none(kind),
            since=_parse_date(since, "since"),
            until=_parse_date(until, "until"),
            limit=_parse_int(limit, "limit", DEFAULT_LIMIT),
            offset=_parse_int(offset, "offset", 0),
        )

    def terms(self) -> list[str]:
        """The words and phrases the user asked for, in order."""
        found = []
        for match in _TERM.finditer(_CONTROL.sub(" ", self.text)):
            term = (match.group(1) if match.group(1) is not None else match.group(2)).strip()
            if term:
                found.append(term)
        return found

    def fts_match(self) -> str | None:
        """An FTS5 MATCH expression with every term quoted, so no user input is syntax."""
        terms = self.terms()
        if not terms:
            return None
        return " ".join('"' + term.replace('"', '""') + '"' for term in terms)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "venue": self.venue,
            "kind": self.kind,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "limit": self.limit,
            "offset": self.offset,
        }


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _parse_date(value: str | None, name: str) -> date | None:
    value = _blank_to_none(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{name} must be a date YYYY-MM-DD, not {value!r}") from None


def _parse_int(value: str | int | None, name: str, default: int) -> int:
    if value is None or value == "":
        return default
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        raise QueryError(f"{name} must be an integer, not {value!r}") from None
