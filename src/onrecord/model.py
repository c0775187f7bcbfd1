"""The plain data model at the centre of onrecord.

Standard library only: nothing here knows about spaCy, SQL or HTTP. Every front end
(CLI, Python API, web, store, batch) exchanges these objects, and `to_dict()` gives the
JSON contract of `onrecord extract`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

StatementKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "group", "unknown"]
VenueType = Literal["outlet", "podcast", "platform", "document", "event", "other"]

EXTRACTOR_VERSION = "onrecord-rules-0.1.0"


@dataclass(frozen=True, slots=True)
class CharSpan:
    """A half-open range of characters in an article's text; `text == article[start:end]`."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source_text: str, start: int, end: int) -> CharSpan:
        return cls(start, end, source_text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with an input that did not stop it from being processed."""

    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class Speaker:
    """The canonical entity a statement is attributed to, resolved within one article."""

    name: str
    type: SpeakerType = "person"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type}


@dataclass(frozen=True, slots=True)
class Venue:
    """Where the words were first said or published."""

    name: str
    type: VenueType = "other"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type}


@dataclass(frozen=True, slots=True)
class Recipient:
    """Whom the words were addressed to: an interviewer, a person, a group."""

    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name}


@dataclass(frozen=True, slots=True)
class SaidOn:
    """When the words were said: `value` is YYYY-MM-DD, YYYY-MM or YYYY."""

    value: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "text": self.text}


@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed statement: what was said (content), the cue, and who said it."""

    id: str
    kind: StatementKind
    content: tuple[CharSpan, ...]
    cue: CharSpan | None
    source: CharSpan | None
    speaker: Speaker | None
    confidence: float
    venue: Venue | None = None
    recipient: Recipient | None = None
    said_on: SaidOn | None = None
    about: tuple[str, ...] = ()
    extractor_version: str = EXTRACTOR_VERSION

    @property
    def text(self) -> str:
        """The statement's words: content fragments joined by a single space."""
        return " ".join(fragment.text.strip() for fragment in self.content)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "content": [fragment.to_dict() for fragment in self.content],
            "cue": self.cue.to_dict() if self.cue else None,
            "source": self.source.to_dict() if self.source else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "confidence": round(self.confidence, 3),
            "venue": self.venue.to_dict() if self.venue else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "said_on": self.said_on.to_dict() if self.said_on else None,
            "about": list(self.about),
            "extractor_version": self.extractor_version,
        }


@dataclass(frozen=True, slots=True)
class Interpretation:
    """The writer's own reading of a speaker's words; never the speaker's statement."""

    span: CharSpan
    speaker: Speaker | None
    cue: CharSpan | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.span.start,
            "end": self.span.end,
            "text": self.span.text,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """One input document, decoded. Offsets everywhere count from `text[0]` (header included)."""

    id: str
    text: str
    path: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    problems: tuple[Problem, ...] = ()
    body_start: int = 0  # where the body begins after a ` date YYYY-MM-DD` header

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
        }


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """Everything onrecord found in one article."""

    article: Article
    statements: tuple[Statement, ...] = ()
    interpretations: tuple[Interpretation, ...] = ()
    problems: tuple[Problem, ...] = field(default=())
    # A speaker's own statements inside their own quotation (`I think …` within her
    # quote): part of that statement, so not in `statements` nor in the record or its
    # JSON; the evaluation counts them, as PolNeAR marks them.
    restated: tuple[Statement, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "statements": [statement.to_dict() for statement in self.statements],
            "interpretations": [item.to_dict() for item in self.interpretations],
            "problems": [problem.to_dict() for problem in self.problems],
        }


def article_id_for(text: str) -> str:
    """A stable id from the article's content, so the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def statement_id_for(article_id: str, content: tuple[CharSpan, ...]) -> str:
    """A stable id from the article and the content offsets: the same run twice gives the same id."""
    key = article_id + ":" + ",".join(f"{span.start}-{span.end}" for span in content)
    return hashlib.sha256(key.encode("ascii")).hexdigest()[:16]
