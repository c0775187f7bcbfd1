"""From the span tagger's role runs to relations: each content run joins its nearest cue.

The tagger marks cue, source and content spans independently, so links are inferred
from the text between spans: a content run belongs to the cue it is separated from by
nothing but sources, punctuation, quotation marks and "that" (`X said that …`,
`"…," X said`, `"…," X said, "…"`), preferring the cue before it on a tie, within the
same paragraph. A cue takes the nearest source run in its own sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .assemble import TokenSpan

# Words that may stand between a cue and its content without breaking the link.
_LINK_WORDS = frozenset({
    "that", "to", "on", "in", "a", "an", "the", "his", "her", "their", "its", "statement",
    "interview", "also", "recently", "repeatedly", "again", "then", "later", "previously",
    "earlier", "today", "yesterday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "monday", "last", "week", "night", "as", "with", "reporters",
    "him", "me", "us", "them", "you", "cnn", "fox", "news", "times", "post", "during",
})
MAX_LINK_COST = 24  # about six ordinary words between a cue and its content


@dataclass(slots=True)
class TokenFacts:
    """What assembly needs per token (index = token index)."""

    lower: list[str]
    is_space: list[bool]
    is_punct: list[bool]
    sent: list[int]
    para: list[int]


class _Gaps:
    """The cost of the words between two token positions in O(1), from prefix sums: 4 for
    a word that is not a source, punctuation or a link word, 1 for a link word; None
    across a paragraph boundary."""

    def __init__(self, facts: TokenFacts, sources: list[TokenSpan]) -> None:
        source_tokens = {k for start, end in sources for k in range(start, end)}
        prefix = [0]
        for k, word in enumerate(facts.lower):
            if facts.is_space[k] or facts.is_punct[k] or k in source_tokens:
                step = 0
            else:
                step = 1 if word in _LINK_WORDS else 4
            prefix.append(prefix[-1] + step)
        self.prefix = prefix
        self.para = facts.para

    def cost(self, start: int, end: int) -> int | None:
        if end <= start:
            return 0
        if self.para[start] != self.para[end - 1]:
            return None
        return self.prefix[end] - self.prefix[start]


# Cues looked at on each side of a content run. The link cost only grows with distance,
# so the nearest cues decide; the cap bounds the work on pathological text (thousands of
# cue runs in one paragraph of punctuation) where every word between is free.
_CUES_PER_SIDE = 64


def link_contents(
    facts: TokenFacts, cues: list[TokenSpan], contents: list[TokenSpan], sources: list[TokenSpan]
) -> dict[int, list[TokenSpan]]:
    """cue index -> the content runs linked to it."""
    gaps = _Gaps(facts, sources)
    linked: dict[int, list[TokenSpan]] = {i: [] for i in range(len(cues))}
    owner: dict[TokenSpan, int] = {}
    previous: TokenSpan | None = None
    by_end = sorted(range(len(cues)), key=lambda i: (cues[i][1], i))
    ends = [cues[i][1] for i in by_end]
    by_start = sorted(range(len(cues)), key=lambda i: (cues[i][0], i))
    starts = [cues[i][0] for i in by_start]
    for run in sorted(contents):
        best: tuple[int, int, int] | None = None  # (gap, side, cue index); side 0 = cue before
        # Cues ending at or before the run, nearest first: their gaps only grow.
        k = bisect_right(ends, run[0]) - 1
        for index in (by_end[j] for j in range(k, max(-1, k - _CUES_PER_SIDE), -1)):
            gap = gaps.cost(cues[index][1], run[0])
            if gap is None or gap > MAX_LINK_COST:
                break
            if best is None or (gap, 0, index) < best:
                best = (gap, 0, index)
        # Cues starting at or after the run's end, nearest first.
        k = bisect_left(starts, run[1])
        for index in (by_start[j] for j in range(k, min(len(starts), k + _CUES_PER_SIDE))):
            cue = cues[index]
            gap = gaps.cost(run[1], cue[0])
            if gap is None or gap > MAX_LINK_COST:
                break
            if facts.sent[run[1] - 1] != facts.sent[cue[0]] and not _ends_open(facts, run):
                continue  # "…." Bo noted: a finished sentence is not Bo's content
            if best is None or (gap, 1, index) < best:
                best = (gap, 1, index)
        if best is not None:
            linked[best[2]].append(run)
            owner[run] = best[2]
        elif previous is not None and previous in owner and _only_marks_between(
            facts, previous[1], run[0]
        ):
            # A quotation running on over paragraphs: brat marks each paragraph as a
            # fragment of the same content, so a run that follows a linked run with
            # nothing but spaces and punctuation between continues it.
            linked[owner[previous]].append(run)
            owner[run] = owner[previous]
        previous = run
    return linked


def _ends_open(facts: TokenFacts, run: TokenSpan) -> bool:
    """The run ends with a comma, dash or colon, before any closing quotation mark."""
    for k in range(run[1] - 1, run[0] - 1, -1):
        word = facts.lower[k]
        if facts.is_space[k] or word in _CLOSING_MARKS:
            continue
        return word in (",", "—", "–", "-", ":")
    return False


_CLOSING_MARKS = frozenset({"”", '"', "’", "'", "''", "»"})


def _only_marks_between(facts: TokenFacts, start: int, end: int) -> bool:
    return all(facts.is_space[k] or facts.is_punct[k] for k in range(start, end))


class SourceIndex:
    """The source runs grouped by the sentences they touch, so that each cue looks only
    at its own sentence's sources instead of every source of the article."""

    def __init__(self, facts: TokenFacts, sources: list[TokenSpan]) -> None:
        self.facts = facts
        self.by_sentence: dict[int, list[TokenSpan]] = {}
        for span in sources:
            first, last = facts.sent[span[0]], facts.sent[span[1] - 1]
            self.by_sentence.setdefault(first, []).append(span)
            if last != first:
                self.by_sentence.setdefault(last, []).append(span)

    def nearest(self, cue: TokenSpan) -> TokenSpan | None:
        """The source run closest to the cue within the cue's sentence (the first in text
        order on a tie)."""
        best: tuple[int, TokenSpan] | None = None
        for span in self.by_sentence.get(self.facts.sent[cue[0]], ()):
            distance = cue[0] - span[1] if span[1] <= cue[0] else span[0] - cue[1]
            key = abs(distance)
            if best is None or key < best[0]:
                best = (key, span)
        return best[1] if best else None


def nearest_source(facts: TokenFacts, cue: TokenSpan, sources: list[TokenSpan]) -> TokenSpan | None:
    """The source run closest to the cue within the cue's sentence."""
    return SourceIndex(facts, sources).nearest(cue)
