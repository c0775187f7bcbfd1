"""The common shape of one attribution relation, gold or predicted, and its JSON line.

A role is a tuple of half-open character ranges into the document text (several ranges
for a discontinuous span; empty when the role is missing). This is the JSONL format the
shared reference scorer reads: `{"doc": id, "attributions": [{"source": [[s, e]], ...}]}`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Range = tuple[int, int]
ROLES = ("source", "cue", "content")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who (source), by which words (cue), said what (content)."""

    content: tuple[Range, ...]
    cue: tuple[Range, ...] = ()
    source: tuple[Range, ...] = ()
    speaker: str | None = None
    kind: str | None = None

    def role(self, name: str) -> tuple[Range, ...]:
        return getattr(self, name)  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": [list(r) for r in self.source],
            "cue": [list(r) for r in self.cue],
            "content": [list(r) for r in self.content],
            "speaker": self.speaker,
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attribution:
        def ranges(key: str) -> tuple[Range, ...]:
            return tuple((int(s), int(e)) for s, e in data.get(key) or ())

        return cls(
            content=ranges("content"),
            cue=ranges("cue"),
            source=ranges("source"),
            speaker=data.get("speaker"),
            kind=data.get("kind"),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """One corpus document: its id (the text file's stem), its text and its attributions."""

    id: str
    text: str
    attributions: tuple[Attribution, ...] = ()
    # Things wrong with the annotation file that did not stop it being read.
    problems: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.id, "attributions": [a.to_dict() for a in self.attributions]}
