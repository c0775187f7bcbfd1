"""From token tags to Candidates: BIO runs to spans, spans to one relation per cue.

The role tagger works in the corpus convention (content includes its quotation marks
and a leading "that"); Candidates keep those apart (`marked`, `that`), so this module
peels them off and `corpus_content` puts them back.
"""

from __future__ import annotations

from ..nlp.candidates import Candidate, Range
from .features import DocView
from .pieces import BEGIN, INSIDE, OUTSIDE, decode_runs

TokenSpan = tuple[int, int]  # token indices, end exclusive


def bio_runs(labels: list[str], role: str, offset: int = 0) -> list[TokenSpan]:
    """Token spans tagged B-role / I-role (an I without a B starts a run too)."""
    codes = {"B-" + role: BEGIN, "I-" + role: INSIDE}
    numeric = [codes.get(label, OUTSIDE) for label in labels]
    return [(a + offset, b + offset) for a, b in decode_runs(numeric, [True] * len(labels))]


def _trim(view: DocView, span: TokenSpan) -> TokenSpan | None:
    start, end = span
    while start < end and view.space[start]:
        start += 1
    while end > start and view.space[end - 1]:
        end -= 1
    return (start, end) if start < end else None


def char_range(starts: list[int], ends: list[int], span: TokenSpan) -> Range:
    return starts[span[0]], ends[span[1] - 1]


def nearest(spans: list[TokenSpan], cue: TokenSpan) -> TokenSpan | None:
    """The span closest to the cue (sources are one mention; the tagger may offer two)."""
    if not spans:
        return None

    def gap(span: TokenSpan) -> int:
        return cue[0] - span[1] if span[1] <= cue[0] else span[0] - cue[1]

    return min(spans, key=lambda span: (abs(gap(span)), span[0]))


def _split_marks(view: DocView, span: TokenSpan) -> tuple[TokenSpan | None, bool]:
    """The span without quotation marks at its edges, and whether any were there."""
    start, end = span
    marked = False
    if view.mark[start] in ("open", "toggle"):
        start, marked = start + 1, True
    # A closing mark may be followed by a dash or stray punctuation inside the span. One
    # that closes a quotation opened inside the span (`thanked the committee for "a fair
    # hearing"`) is that quotation's, and stays.
    opened, toggled = 0, False
    for k in range(start, end - 1):
        if view.mark[k] == "open":
            opened += 1
        elif view.mark[k] == "close":
            opened = max(0, opened - 1)
        elif view.mark[k] == "toggle":
            toggled = not toggled
    closes_inner = opened > 0 or toggled
    if end - 1 > start and view.mark[end - 1] in ("close", "toggle") and not closes_inner:
        end, marked = end - 1, True
    return _trim(view, (start, end)) if start < end else None, marked


_SENTENCE_END = frozenset({".", "!", "?"})


def _join_touching(view: DocView, fragments: list[TokenSpan]) -> list[TokenSpan]:
    """Runs with nothing but a space between them are one fragment (`that` + `the DNC
    needs ...`: the tagger began a second run where one continues), unless the first
    ends a sentence or the second opens a quotation: a quotation is cut into sentences
    only where the text cuts it."""
    joined = [fragments[0]]
    for start, end in fragments[1:]:
        previous_start, previous_end = joined[-1]
        between = range(previous_end, start)
        touching = all(view.space[k] and "\n" not in view.lower[k] for k in between)
        ends_sentence = view.lower[previous_end - 1] in _SENTENCE_END or (
            view.mark[previous_end - 1] in ("close", "toggle")
        )
        opens_quote = view.mark[start] in ("open", "toggle")
        if touching and not ends_sentence and not opens_quote:
            joined[-1] = (previous_start, max(previous_end, end))
        else:
            joined.append((start, end))
    return joined


def build_candidate(
    view: DocView,
    starts: list[int],
    ends: list[int],
    cue: TokenSpan,
    sources: list[TokenSpan],
    contents: list[TokenSpan],
    confidence: float,
) -> Candidate | None:
    """One Candidate from a cue and its tagged spans; None when no content was found."""
    # Spans never begin or end on whitespace (a tagger may label a space token).
    trimmed_cue = _trim(view, cue)
    if trimmed_cue is None:
        return None
    cue = trimmed_cue
    fragments = [trimmed for span in contents if (trimmed := _trim(view, span))]
    if not fragments:
        return None
    fragments = _join_touching(view, sorted(fragments))
    that: Range | None = None
    first = fragments[0]
    # "that" of "said that …" is the complementiser, kept apart; "that" of "argued about
    # that final shot" is the content's own determiner and stays in it.
    if view.lower[first[0]] == "that" and view.dep[first[0]] != "det" and first[1] - first[0] > 1:
        that = char_range(starts, ends, (first[0], first[0] + 1))
        rest = _trim(view, (first[0] + 1, first[1]))
        fragments[0] = rest if rest else first
        if rest is None:
            that = None
    content: list[Range] = []
    marked: list[Range] = []
    all_marked = True
    for span in fragments:
        inner, was_marked = _split_marks(view, span)
        if inner is None:
            continue
        content.append(char_range(starts, ends, inner))
        if was_marked:
            marked.append(char_range(starts, ends, span))
        else:
            all_marked = False
    if not content:
        return None
    inner_marks = any(view.mark[i] for span in fragments for i in range(span[0] + 1, span[1] - 1))
    if marked and all_marked and that is None:
        kind = "direct"
    elif marked or inner_marks:
        kind = "mixed"
    else:
        kind = "indirect"
    source = nearest(sources, cue)
    source = _trim(view, source) if source else None
    return Candidate(
        kind=kind,
        content=content,
        cue=char_range(starts, ends, cue),
        source=char_range(starts, ends, source) if source else None,
        confidence=round(confidence, 3),
        origin="learned",
        marked=marked,
        that=that,
    )


def corpus_content(candidate: Candidate) -> list[Range]:
    """Content ranges as PolNeAR marks them: with quotation marks and leading "that"."""
    ranges = []
    for start, end in candidate.content:
        outer = next((m for m in candidate.marked if m[0] <= start and end <= m[1]), None)
        ranges.append(outer or (start, end))
    if candidate.that is not None:
        ranges.append(candidate.that)
    return sorted(set(ranges))
