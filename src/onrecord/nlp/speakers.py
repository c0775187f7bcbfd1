"""Mention -> canonical speaker within one article. (Placeholder: a helper replaces it.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Speaker
from .candidates import Candidate


@dataclass(frozen=True, slots=True)
class ResolvedSpeaker:
    speaker: Speaker | None
    confidence: float


def resolve_speakers(doc: Doc, candidates: Sequence[Candidate]) -> list[ResolvedSpeaker]:
    """One ResolvedSpeaker per candidate, in the same order."""
    out = []
    for candidate in candidates:
        if candidate.source is None:
            out.append(ResolvedSpeaker(None, 0.5))
            continue
        name = doc.text[candidate.source[0] : candidate.source[1]]
        out.append(ResolvedSpeaker(Speaker(name, "unknown"), 0.5))
    return out
