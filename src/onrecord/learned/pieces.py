"""spaCy tokens to WordPiece ids, and the overlapping windows the encoder reads.

Each spaCy token is labelled on its first piece; tokens without pieces (plain spaces)
get no label. A line break becomes one [PARAGRAPH] piece so the model sees paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .wordpiece import WordPiece

ROLES = ("CUE", "SRC", "CON")  # one B/I/O head each: roles may overlap (nested relations)
OUTSIDE, BEGIN, INSIDE = 0, 1, 2


@dataclass(slots=True)
class PieceDoc:
    ids: list[int]
    first_piece: list[int]  # per spaCy token: index of its first piece, -1 when none


def doc_pieces(words: Sequence[str], wordpiece: WordPiece) -> PieceDoc:
    ids: list[int] = []
    first_piece = []
    for word in words:
        word_ids = wordpiece.word_ids(word)
        first_piece.append(len(ids) if word_ids else -1)
        ids.extend(word_ids)
    return PieceDoc(ids, first_piece)


def windows(length: int, size: int, stride: int) -> list[tuple[int, int]]:
    """Piece ranges of at most `size`, starting every `stride`, the last one flush with the end."""
    if length <= size:
        return [(0, length)]
    spans = []
    start = 0
    while start + size < length:
        spans.append((start, start + size))
        start += stride
    spans.append((length - size, length))
    return spans


def best_window(position: int, spans: list[tuple[int, int]]) -> int:
    """The window in which a piece has the most context on its nearer side."""
    best, best_margin = 0, -1
    for index, (start, end) in enumerate(spans):
        if start <= position < end:
            margin = min(position - start, end - 1 - position)
            if margin > best_margin:
                best, best_margin = index, margin
    return best


def role_labels(
    token_count: int, spans_by_role: dict[str, list[tuple[int, int]]]
) -> list[list[int]]:
    """Per role, a B/I/O label for every token, from token spans (end exclusive)."""
    labels = []
    for role in ROLES:
        row = [OUTSIDE] * token_count
        covered_until = -1
        # Outer spans first: a span nested in (or overlapping) one already marked joins
        # it instead of starting a new run, since one head cannot show both.
        for start, end in sorted(spans_by_role.get(role, []), key=lambda s: (s[0], -s[1])):
            if start >= covered_until:
                row[start] = BEGIN
            for k in range(start + 1 if start >= covered_until else start, end):
                if row[k] == OUTSIDE:
                    row[k] = INSIDE
            covered_until = max(covered_until, end)
        labels.append(row)
    return labels


def decode_runs(
    labels: list[int], usable: list[bool], *, bridge: int = 0
) -> list[tuple[int, int]]:
    """Token spans from B/I/O labels; an I after O starts a run, or, within `bridge`
    usable tokens of the run before, continues that run across the gap; unusable tokens
    (spaces) neither start nor end a run on their own."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    last = -1
    since_run = bridge + 1  # usable tokens since the last run ended
    for k, label in enumerate(labels):
        if not usable[k]:
            continue
        if label == INSIDE and start is None and runs and since_run <= bridge:
            # `said in a statement [on] Wednesday`: one O inside a run the model is
            # unsure of splits it; the stray I part belongs to the run before.
            start, _ = runs.pop()
        elif label == BEGIN or (label == INSIDE and start is None):
            if start is not None:
                runs.append((start, last + 1))
            start = k
        elif label == OUTSIDE:
            if start is not None:
                runs.append((start, last + 1))
                start = None
                since_run = 0
            since_run += 1
        last = k
    if start is not None:
        runs.append((start, last + 1))
    return runs
