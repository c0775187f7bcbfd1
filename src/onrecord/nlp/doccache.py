"""Per-Doc caches for values spaCy recomputes on every access.

`Doc.text` rebuilds the whole string each call and `Span.noun_chunks` walks the whole
Doc each call; called once per statement they made extraction quadratic. Both are
computed once per Doc here and kept in `doc.user_data`.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

_TEXT = "onrecord.text"
_CHUNKS = "onrecord.noun_chunks"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per Doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


_STARTS = "onrecord.token_starts"


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset, in order, computed once per Doc (for bisection
    from a character offset to a token). Callers must not modify the list."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = [token.idx for token in doc]
        doc.user_data[_STARTS] = starts
    return starts


def _chunks_and_starts(doc: Doc) -> tuple[list[int], list[Span]]:
    cached = doc.user_data.get(_CHUNKS)
    if cached is None:
        try:
            chunks = list(doc.noun_chunks) if doc.has_annotation("DEP") else []
        except (ValueError, NotImplementedError):  # no parse: no chunks
            chunks = []
        cached = ([chunk.start for chunk in chunks], chunks)
        doc.user_data[_CHUNKS] = cached
    return cached


def noun_chunks_in(span: Span) -> list[Span]:
    """The Doc's noun chunks that lie inside `span` (the Doc's chunks computed once)."""
    starts, chunks = _chunks_and_starts(span.doc)
    out = []
    for index in range(bisect_left(starts, span.start), len(chunks)):
        chunk = chunks[index]
        if chunk.start >= span.end:
            break
        if chunk.end <= span.end:
            out.append(chunk)
    return out


def noun_chunk_around(doc: Doc, start: int, end: int) -> Span | None:
    """The noun chunk holding tokens [start, end), if any (chunks do not overlap, so
    only the last one starting at or before `start` can)."""
    starts, chunks = _chunks_and_starts(doc)
    index = bisect_left(starts, start + 1) - 1
    if index >= 0 and chunks[index].end >= end:
        return chunks[index]
    return None


_ENTS = "onrecord.ents"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, computed once per Doc (spaCy rebuilds the tuple on every access)."""
    return _ents_and_starts(doc)[0]


def _ents_and_starts(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    cached = doc.user_data.get(_ENTS)
    if cached is None:
        ents = tuple(doc.ents)
        cached = (ents, [ent.start for ent in ents])
        doc.user_data[_ENTS] = cached
    return cached


def ents_in(span: Span) -> list[Span]:
    """The Doc's entities that lie inside `span`."""
    ents, starts = _ents_and_starts(span.doc)
    out = []
    for index in range(bisect_left(starts, span.start), len(ents)):
        ent = ents[index]
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            out.append(ent)
    return out
