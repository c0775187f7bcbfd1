"""The internal shape the finders exchange before statements are built.

Offsets are character offsets into the document text. Finders produce Candidates;
speaker resolution and placement read them; `component.py` turns them into Statements.
"""

from __future__ import annotations

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
