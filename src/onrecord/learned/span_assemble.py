"""From the span tagger's role runs to relations: each content run joins its nearest cue.

The tagger marks cue, source and content spans independently, so links are inferred
from the text between spans: a content run belongs to the cue it is separated from by
nothing but sources, punctuation, quotation marks and "that" (`X said that …`,
`"…," X said`, `"…," X said, "…"`), preferring the cue before it on a tie, within the
same paragraph. A cue takes the nearest source run in its own sentence.
"""

from __future__ import annotations

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


def _gap(facts: TokenFacts, start: int, end: int, sources: set[int]) -> int | None:
    """The cost of the words between two spans: 4 for a word that is not a source,
    punctuation or a link word, 1 for a link word; None across a paragraph boundary."""
    if end <= start:
        return 0
    if facts.para[start] != facts.para[end - 1]:
        return None
    cost = 0
    for k in range(start, end):
        if facts.is_space[k] or facts.is_punct[k] or k in sources:
            continue
        cost += 1 if facts.lower[k] in _LINK_WORDS else 4
    return cost


def link_contents(
    facts: TokenFacts, cues: list[TokenSpan], contents: list[TokenSpan], sources: list[TokenSpan]
) -> dict[int, list[TokenSpan]]:
    """cue index -> the content runs linked to it."""
    source_tokens = {k for start, end in sources for k in range(start, end)}
    linked: dict[int, list[TokenSpan]] = {i: [] for i in range(len(cues))}
    owner: dict[TokenSpan, int] = {}
    previous: TokenSpan | None = None
    for run in sorted(contents):
        best: tuple[int, int, int] | None = None  # (gap, side, cue index); side 0 = cue before
        for index, cue in enumerate(cues):
            if cue[1] <= run[0]:
                gap, side = _gap(facts, cue[1], run[0], source_tokens), 0
            elif run[1] <= cue[0]:
                if facts.sent[run[1] - 1] != facts.sent[cue[0]] and not _ends_open(facts, run):
                    continue  # "…." Bo noted: a finished sentence is not Bo's content
                gap, side = _gap(facts, run[1], cue[0], source_tokens), 1
            else:  # the cue lies inside the run: a nested relation's cue, or a broken run
                continue
            if gap is None or gap > MAX_LINK_COST:
                continue
            if best is None or (gap, side) < best[:2]:
                best = (gap, side, index)
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


def nearest_source(facts: TokenFacts, cue: TokenSpan, sources: list[TokenSpan]) -> TokenSpan | None:
    """The source run closest to the cue within the cue's sentence (or the one before,
    for a cue that opens its sentence after a colon or a quotation)."""
    sentence = facts.sent[cue[0]]
    best: tuple[int, TokenSpan] | None = None
    for span in sources:
        if facts.sent[span[0]] != sentence and facts.sent[span[1] - 1] != sentence:
            continue
        distance = cue[0] - span[1] if span[1] <= cue[0] else span[0] - cue[1]
        key = abs(distance)
        if best is None or key < best[0]:
            best = (key, span)
    return best[1] if best else None
