"""Where, to whom and when a statement was said; the writer's interpretations.
(Placeholder: a helper replaces it, keeping these signatures.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from ..model import Recipient, SaidOn, Venue
from .candidates import Candidate, Range


@dataclass(frozen=True, slots=True)
class Placement:
    venue: Venue | None = None
    recipient: Recipient | None = None
    said_on: SaidOn | None = None
    about: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InterpretationCandidate:
    span: Range  # the writer's sentence (or clause) that interprets a speaker
    source: Range | None  # the mention of the speaker being interpreted ("Baker")
    cue: Range | None  # "it seems that", "appeared to suggest"


def place_statements(
    doc: Doc, candidates: Sequence[Candidate], published: date | None
) -> list[Placement]:
    """One Placement per candidate, in the same order."""
    return [Placement() for _ in candidates]


def find_interpretations(
    doc: Doc, candidates: Sequence[Candidate]
) -> list[InterpretationCandidate]:
    return []
