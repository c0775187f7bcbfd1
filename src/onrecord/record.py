"""A speaker's record: their statements across articles, grouped by occasion, oldest first.

An *occasion* is one venue, date and recipient ("IndieWire, 2023-11"). Statements with a
date of speaking from different articles that agree on all three are merged (two
articles quoting the same interview); without a date we cannot tell two "told reporters"
apart, so those stay one occasion per article. The writer's interpretations of the
speaker are kept apart, never mixed with the speaker's own words. Standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .model import Article, ExtractionResult, Interpretation, Recipient, SaidOn, Statement, Venue

__all__ = [
    "InterpretationEntry",
    "Occasion",
    "RecordEntry",
    "SpeakerRecord",
    "build_record",
    "match_speaker_names",
]


@dataclass(frozen=True, slots=True)
class RecordEntry:
    """One statement with the article it came from."""

    statement: Statement
    article: Article

    @property
    def where(self) -> str:
        """`path:start-end` of the statement's words in its article."""
        start = self.statement.content[0].start if self.statement.content else 0
        end = self.statement.content[-1].end if self.statement.content else 0
        return f"{self.article.path or self.article.id}:{start}-{end}"

    def to_dict(self) -> dict[str, Any]:
        statement = self.statement
        return {
            "id": statement.id,
            "kind": statement.kind,
            "text": statement.text,
            "speaker": statement.speaker.name if statement.speaker else None,
            "about": list(statement.about),
            "article": {
                "path": self.article.path,
                "id": self.article.id,
                "published": self.article.published.isoformat() if self.article.published else None,
            },
            "content": [fragment.to_dict() for fragment in statement.content],
        }


@dataclass(frozen=True, slots=True)
class Occasion:
    """Statements said at one venue, on one date, to one recipient."""

    venue: Venue | None
    recipient: Recipient | None
    said_on: SaidOn | None
    when: str | None  # said_on, else the earliest publication date of its articles
    entries: tuple[RecordEntry, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "venue": self.venue.to_dict() if self.venue else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "said_on": self.said_on.to_dict() if self.said_on else None,
            "when": self.when,
            "statements": [entry.to_dict() for entry in self.entries],
        }


@dataclass(frozen=True, slots=True)
class InterpretationEntry:
    """The writer's reading of the speaker, with its article."""

    interpretation: Interpretation
    article: Article

    @property
    def where(self) -> str:
        span = self.interpretation.span
        return f"{self.article.path or self.article.id}:{span.start}-{span.end}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.interpretation.span.text,
            "cue": self.interpretation.cue.text if self.interpretation.cue else None,
            "article": {"path": self.article.path, "id": self.article.id},
            "start": self.interpretation.span.start,
            "end": self.interpretation.span.end,
        }


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    query: str
    names: tuple[str, ...]  # the speaker names that matched the query
    ambiguous: tuple[str, ...]  # full names a bare surname could mean, when more than one
    occasions: tuple[Occasion, ...]
    interpretations: tuple[InterpretationEntry, ...]

    @property
    def statement_count(self) -> int:
        return sum(len(occasion.entries) for occasion in self.occasions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.query,
            "names": list(self.names),
            "ambiguous": list(self.ambiguous),
            "occasions": [occasion.to_dict() for occasion in self.occasions],
            "interpretations": [item.to_dict() for item in self.interpretations],
        }


# ---------------------------------------------------------------------------------------
# Matching names


def _normalise(name: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    folded = folded.lower().replace("'s", "")
    return tuple(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", folded))


def match_speaker_names(query: str, names: Iterable[str]) -> tuple[set[str], tuple[str, ...]]:
    """Which of `names` the query means, and the full names a bare surname leaves open.

    Case-insensitive. A one-word query matches by surname when only one full name has that
    surname; a full-name query also takes statements whose speaker is only the surname,
    when no other full name shares it.
    """
    wanted = _normalise(query)
    if not wanted:
        return set(), ()
    all_names = set(names)
    matched = {name for name in all_names if _normalise(name) == wanted}
    surname = wanted[-1]
    # The distinct full names (two words or more) carrying the query's surname.
    fulls: dict[tuple[str, ...], str] = {}
    for name in sorted(all_names):
        tokens = _normalise(name)
        if len(tokens) > 1 and tokens[-1] == surname:
            fulls.setdefault(tokens, name)
    bare = {name for name in all_names if _normalise(name) == (surname,)}
    if len(wanted) == 1:
        if len(fulls) > 1:  # "Baker" with Sean and Ann Baker about: say so, guess nothing
            return matched, tuple(sorted(fulls.values()))
        return matched | set(fulls.values()) | bare, ()
    if set(fulls) <= {wanted}:
        matched |= bare
    return matched, ()


# ---------------------------------------------------------------------------------------
# Building the record


def build_record(
    results: Iterable[ExtractionResult], speaker: str, about: str | None = None
) -> SpeakerRecord:
    """The statements of `speaker` across the results, grouped by occasion, oldest first."""
    results = list(results)
    names = {
        statement.speaker.name
        for result in results
        for statement in result.statements
        if statement.speaker is not None
    } | {
        item.speaker.name
        for result in results
        for item in result.interpretations
        if item.speaker is not None
    }
    matched, ambiguous = match_speaker_names(speaker, names)
    needle = about.lower().strip() if about else ""
    entries: list[RecordEntry] = []
    readings: list[InterpretationEntry] = []
    for result in results:
        for statement in result.statements:
            if statement.speaker is None or statement.speaker.name not in matched:
                continue
            if needle and not _mentions(statement, needle):
                continue
            entries.append(RecordEntry(statement, result.article))
        for item in result.interpretations:
            is_theirs = item.speaker is not None and item.speaker.name in matched
            if is_theirs and (not needle or needle in item.span.text.lower()):
                readings.append(InterpretationEntry(item, result.article))
    return SpeakerRecord(
        query=speaker,
        names=tuple(sorted(matched)),
        ambiguous=ambiguous,
        occasions=tuple(group_by_occasion(entries)),
        interpretations=tuple(sorted(readings, key=_reading_order)),
    )


def _mentions(statement: Statement, needle: str) -> bool:
    return needle in statement.text.lower() or any(
        needle in item.lower() for item in statement.about
    )


def _occasion_key(entry: RecordEntry) -> tuple[Any, ...]:
    s = entry.statement
    venue = (s.venue.name.lower(), s.venue.type) if s.venue else None
    recipient = s.recipient.name.lower() if s.recipient else None
    if s.said_on is not None:
        return ("dated", venue, s.said_on.value, recipient)
    # Undated: the same words "told reporters" in two articles may be two occasions.
    return ("undated", venue, recipient, entry.article.id)


def _published(entry: RecordEntry) -> str | None:
    return entry.article.published.isoformat() if entry.article.published else None


def _entry_order(entry: RecordEntry) -> tuple[Any, ...]:
    start = entry.statement.content[0].start if entry.statement.content else 0
    return (_published(entry) or "9999", entry.article.path or entry.article.id, start)


def group_by_occasion(entries: Iterable[RecordEntry]) -> list[Occasion]:
    groups: dict[tuple[Any, ...], list[RecordEntry]] = {}
    for entry in entries:
        groups.setdefault(_occasion_key(entry), []).append(entry)
    occasions = []
    for members in groups.values():
        members.sort(key=_entry_order)
        first = members[0].statement
        # The first statement that states each field speaks for the occasion.
        venue = next((m.statement.venue for m in members if m.statement.venue), None)
        recipient = next((m.statement.recipient for m in members if m.statement.recipient), None)
        said_on = first.said_on
        published = sorted(p for p in (_published(m) for m in members) if p)
        when = said_on.value if said_on else (published[0] if published else None)
        occasions.append(Occasion(venue, recipient, said_on, when, tuple(members)))
    occasions.sort(key=lambda o: (o.when is None, o.when or "", _entry_order(o.entries[0])))
    return occasions


def _reading_order(item: InterpretationEntry) -> tuple[Any, ...]:
    article = item.article
    published = article.published.isoformat() if article.published else "9999"
    return (published, article.path or article.id, item.interpretation.span.start)
