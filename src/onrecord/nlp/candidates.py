"""The internal shape the finders exchange before statements are built.

Offsets are character offsets into the document text. Finders produce Candidates;
speaker resolution and placement read them; `component.py` turns them into Statements.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

Range = tuple[int, int]
# The origin of a learned candidate whose cue the model is less sure of: it adds a
# relation where the rules found none, never changes one they found (`finder.py`).
DOUBTFUL_CUE = "learned-doubtful-cue"


def in_ranges(ranges: list[Range], position: int) -> bool:
    """Whether `position` falls in one of the sorted, non-overlapping `ranges`."""
    at = bisect_right(ranges, (position, float("inf"))) - 1
    return at >= 0 and position < ranges[at][1]


@dataclass(slots=True)
class Candidate:
    """One attributed statement as a finder sees it."""

    kind: str  # "direct" | "indirect" | "mixed"
    content: list[Range]  # without enclosing quotation marks and without a leading "that"
    cue: Range | None
    source: Range | None
    confidence: float = 0.8
    origin: str = "rules"  # which finder produced it: "quotes", "reported", "learned" ...
    # Ranges of the enclosing quotation marks of each direct fragment (PolNeAR content
    # includes the marks); empty for indirect speech.
    marked: list[Range] = field(default_factory=list)
    # The leading "that" complementiser when the text has one (PolNeAR content includes it).
    that: Range | None = None
    # Who a first-person source ("I", "my") stands for, as a mention elsewhere in the text:
    # inside an interview's answer, the person interviewed.
    first_person: Range | None = None


def ranges_outside(region: Range, excluded: list[Range]) -> list[Range]:
    """The region minus the excluded ranges (sorted by start)."""
    out: list[Range] = []
    position = region[0]
    for start, end in excluded:
        if end <= position or start >= region[1]:
            continue
        if start > position:
            out.append((position, start))
        position = max(position, end)
    if position < region[1]:
        out.append((position, region[1]))
    return out


_QUOTING_CUES = frozenset({"quoted", "quotes", "quoting", "quote"})
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^,\"“]{2,120}?),?\s+as\s*\Z")
_AS_SAYING = re.compile(r"(?P<who>[^,\"“]{2,120}?),?\s+as\s+(?:saying|having\s+said|telling)\b")


def quoted_speaker(text: str, candidate: Candidate) -> Range | None:
    """`Valdoria's state news agency quoted Foreign Minister Pavel Roush as saying …`: the
    corpus makes the agency the source and `Roush as saying …` the content, but the words
    are Roush's (the agency is where they appeared). The range of the quoted person's
    mention, or None."""
    if candidate.cue is None or not candidate.content:
        return None
    cue = text[candidate.cue[0]:candidate.cue[1]].strip().lower()
    if cue in _QUOTING_CUES:  # the corpus's reading: `quoted` | `Roush as saying …`
        start, end = candidate.content[0]
        found = _AS_SAYING.match(text, start, end)
        return (start, found.end("who")) if found is not None else None
    if cue in ("saying", "having said") and candidate.source is not None:  # the rules'
        between = _QUOTED_AS.search(text, candidate.source[1], candidate.cue[0])
        return (between.start("who"), between.end("who")) if between is not None else None
    return None
