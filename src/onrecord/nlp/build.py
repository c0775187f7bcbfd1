"""Candidates -> Statements: resolve speakers, make spans and stable ids."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from itertools import accumulate

from spacy.tokens import Doc

from ..model import (
    EXTRACTOR_VERSION,
    CharSpan,
    Interpretation,
    Recipient,
    Speaker,
    Statement,
    article_id_for,
    statement_id_for,
)
from .candidates import Candidate, Range
from .context import find_interpretations, place_statements
from .doccache import doc_text
from .speakers import ResolvedSpeaker, resolve_speakers


def _span(text: str, rng: Range | None) -> CharSpan | None:
    if rng is None:
        return None
    return CharSpan.of(text, rng[0], rng[1])


# How far before a cue an enclosing statement's content may start (characters): a bound
# on the look-up, far beyond any one quotation.
_NESTED_REACH = 20_000


def _restated(candidates: Sequence[Candidate], resolved: Sequence[ResolvedSpeaker]) -> set[int]:
    """Positions of the candidates whose cue lies inside the content of another candidate
    with the same speaker: her `I think …` inside her own quotation is part of that
    quotation, not a second statement. (Speech reported by someone else inside it, `my
    neighbour told me …`, stays; two statements nested in each other both stay.)"""
    by_speaker: dict[str, list[int]] = {}
    for k, speaker in enumerate(resolved):
        if speaker.speaker is not None and candidates[k].cue is not None:
            by_speaker.setdefault(speaker.speaker.name, []).append(k)

    def inside(cue: Range | None, outer: Candidate) -> bool:
        return cue is not None and outer.content[0][0] <= cue[0] and cue[1] <= outer.content[-1][1]

    out: set[int] = set()
    for group in by_speaker.values():
        spans = sorted((candidates[j].content[0][0], candidates[j].content[-1][1], j) for j in group)
        starts = [start for start, _, _ in spans]
        reach = list(accumulate((end for _, end, _ in spans), max))  # furthest end so far
        for k in group:
            cue = candidates[k].cue
            assert cue is not None
            i = bisect_right(starts, cue[0]) - 1
            if i < 0 or reach[i] < cue[1]:
                continue  # no content of this speaker's that starts before the cue reaches past it
            while i >= 0 and starts[i] >= cue[0] - _NESTED_REACH:
                _, end, j = spans[i]
                if j != k and end >= cue[1] and not inside(candidates[j].cue, candidates[k]):
                    out.add(k)
                    break
                i -= 1
    return out


def build_statements(
    doc: Doc,
    candidates: Sequence[Candidate],
    published: date | None = None,
    *,
    extractor_version: str = EXTRACTOR_VERSION,
) -> tuple[Statement, ...]:
    """Turn finder candidates into Statements, in text order, with speakers and placement."""
    return build_statements_and_restated(
        doc, candidates, published, extractor_version=extractor_version)[0]


def build_statements_and_restated(
    doc: Doc,
    candidates: Sequence[Candidate],
    published: date | None = None,
    *,
    extractor_version: str = EXTRACTOR_VERSION,
) -> tuple[tuple[Statement, ...], tuple[Statement, ...]]:
    """The Statements, and apart from them those a speaker restates inside their own
    quotation (`_restated`: her `I think …` is part of her quotation, not a second
    statement of hers). onrecord's record holds the first; PolNeAR marks the second too,
    so the evaluation's corpus conventions count both."""
    text = doc_text(doc)
    article_id = article_id_for(text)
    ordered = sorted(candidates, key=lambda c: (c.content[0][0], c.content[0][1]))
    resolved = resolve_speakers(doc, ordered)
    placements = place_statements(doc, ordered, published)
    statements: list[Statement] = []
    restated_statements: list[Statement] = []
    seen: set[str] = set()
    restated = _restated(ordered, resolved)
    for k, (candidate, speaker, placement) in enumerate(
        zip(ordered, resolved, placements, strict=True)
    ):
        content = tuple(CharSpan.of(text, s, e)
                        for s, e in _with_their_marks(text, _without_overlaps(candidate.content)))
        statement_id = statement_id_for(article_id, content)
        if statement_id in seen:  # two finders agreeing on the same content: keep the first
            continue
        seen.add(statement_id)
        (restated_statements if k in restated else statements).append(
            Statement(
                id=statement_id,
                kind=candidate.kind,  # type: ignore[arg-type]
                content=content,
                cue=_span(text, candidate.cue),
                source=_span(text, candidate.source),
                speaker=speaker.speaker,
                confidence=max(0.0, min(1.0, candidate.confidence * speaker.confidence)),
                venue=placement.venue,
                recipient=_not_the_speaker(placement.recipient, speaker.speaker),
                said_on=placement.said_on,
                about=placement.about,
                extractor_version=extractor_version,
            )
        )
    return tuple(statements), tuple(restated_statements)


def build_interpretations(
    doc: Doc, candidates: Sequence[Candidate]
) -> tuple[Interpretation, ...]:
    """The writer's interpretations, linked to the speaker they interpret."""
    text = doc_text(doc)
    found = find_interpretations(doc, candidates)
    if not found:
        return ()
    # Resolve the interpreted speaker with the same machinery as statements.
    probes = [Candidate("indirect", [item.span], item.cue, item.source) for item in found]
    speakers = resolve_speakers(doc, probes)
    out = []
    for item, resolved in zip(found, speakers, strict=True):
        speaker: Speaker | None = resolved.speaker
        out.append(
            Interpretation(
                span=CharSpan.of(text, *item.span),
                speaker=speaker,
                cue=_span(text, item.cue),
            )
        )
    return tuple(out)


def _not_the_speaker(recipient: Recipient | None, speaker: Speaker | None) -> Recipient | None:
    """No one speaks to themselves: `host Maya Deacon says near the end of the episode`
    of a podcast whose host listens when others speak has no listener named."""
    if recipient is None or speaker is None or not recipient.name[:1].isupper():
        return recipient
    words = set(speaker.name.lower().split())
    return None if set(recipient.name.lower().split()) <= words else recipient


def _with_their_marks(text: str, ranges: list[Range]) -> list[Range]:
    """A content piece that closes a quotation its words left open just before it (`blamed
    "a poisoned atmosphere at City Hall" that …`, the parse hanging the opening mark
    elsewhere) takes that mark in; so does one that opens a quotation closed just after."""
    out = []
    for start, end in ranges:
        piece = text[start:end]
        straight = piece.count('"') % 2 == 1
        if (straight and text[start - 1:start] == '"') or (
                piece.count("\u201d") > piece.count("\u201c") and text[start - 1:start] == "\u201c"):
            start -= 1
        elif (straight and text[end:end + 1] == '"') or (
                piece.count("\u201c") > piece.count("\u201d") and text[end:end + 1] == "\u201d"):
            end += 1
        out.append((start, end))
    return _without_overlaps(out)


def _without_overlaps(ranges: list[Range]) -> list[Range]:
    """Content pieces in text order, those that overlap joined (`negotiators` and `where
    negotiators are expected to …`, a raised subject inside a relative lead): no word of
    the text is in a statement twice."""
    out: list[Range] = []
    for start, end in sorted(ranges):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
