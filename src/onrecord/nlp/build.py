"""Candidates -> Statements: resolve speakers, make spans and stable ids."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..model import CharSpan, Statement, article_id_for, statement_id_for
from .candidates import Candidate, Range
from .speakers import resolve_speakers


def _span(text: str, rng: Range | None) -> CharSpan | None:
    if rng is None:
        return None
    return CharSpan.of(text, rng[0], rng[1])


def build_statements(doc: Doc, candidates: Sequence[Candidate]) -> tuple[Statement, ...]:
    """Turn finder candidates into Statements, in text order, with resolved speakers."""
    text = doc.text
    article_id = article_id_for(text)
    ordered = sorted(candidates, key=lambda c: (c.content[0][0], c.content[0][1]))
    resolved = resolve_speakers(doc, ordered)
    statements = []
    seen: set[str] = set()
    for candidate, speaker in zip(ordered, resolved, strict=True):
        content = tuple(CharSpan.of(text, s, e) for s, e in candidate.content)
        statement_id = statement_id_for(article_id, content)
        if statement_id in seen:  # two finders agreeing on the same content: keep the first
            continue
        seen.add(statement_id)
        statements.append(
            Statement(
                id=statement_id,
                kind=candidate.kind,  # type: ignore[arg-type]
                content=content,
                cue=_span(text, candidate.cue),
                source=_span(text, candidate.source),
                speaker=speaker.speaker,
                confidence=max(0.0, min(1.0, candidate.confidence * speaker.confidence)),
            )
        )
    return tuple(statements)
