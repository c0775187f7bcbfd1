"""Our Statements in the corpus's conventions: PolNeAR content keeps the quotation marks
of a direct quote and the leading "that" of a reported clause, a cue keeps the colon
that introduces its content, and a source the comma that closes its apposition; our
Statements hold only the words. One Statement becomes
one relation, except a statement that an outlet's report holds (below)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import CharSpan, Statement
from .attribution import Attribution, Range

# Checked longest first so that the NYT's two-apostrophe quotes widen by both characters.
_OPENING = ("''", "``", "“", '"', "‘", "«", "'")
_CLOSING = ("''", "”", '"', "’", "»", "'")
# Punctuation a quotation's content may stop short of before the closing mark (`wraps.”`).
_INNER_PUNCT = ".,!?;:…—-"
_LOOKAROUND = 4  # characters of whitespace/punctuation we step over to find a mark
_THAT_BEFORE = re.compile(r"that,?\s+\Z", re.IGNORECASE)  # "that, if elected, ..."
_COLON_AFTER = re.compile(r"[ \t]*:")
_COMMA_AFTER = re.compile(r"[ \t]*,")
# The writer crediting a report: `…, according to an Associated Press account`, `…, the
# Times reported`.
_VOUCHING_CUE = re.compile(r"according\b|(?:.*\s)?report(?:s|ed|ing)?\b", re.IGNORECASE)


def _opening_before(text: str, start: int) -> int | None:
    """Where an opening mark begins just before `start` (only whitespace between)."""
    position = start
    while position > 0 and start - position < _LOOKAROUND and text[position - 1] in " \t":
        position -= 1
    for mark in _OPENING:
        if position >= len(mark) and text.startswith(mark, position - len(mark)):
            return position - len(mark)
    return None


def _closing_after(text: str, end: int) -> int | None:
    """Where a closing mark ends just after `end` (whitespace or final punctuation between)."""
    position = end
    while (
        position < len(text)
        and position - end < _LOOKAROUND
        and (text[position] in " \t" or text[position] in _INNER_PUNCT)
    ):
        position += 1
    for mark in _CLOSING:
        if text.startswith(mark, position):
            return position + len(mark)
    return None


def _unbalanced(fragment: str) -> tuple[bool, bool]:
    """(needs a closing mark, needs an opening mark) for content holding a quoted phrase."""
    opens = sum(fragment.count(mark) for mark in ("“", "‘"))
    closes = sum(fragment.count(mark) for mark in ("”",))
    straight = fragment.count('"') + fragment.count("''")
    needs_close = opens > closes or straight % 2 == 1
    needs_open = closes > opens or straight % 2 == 1
    return needs_close, needs_open


def widen_fragment(text: str, start: int, end: int, *, direct: bool) -> Range:
    """A content fragment widened by its adjacent quotation marks.

    A direct fragment takes the marks on either side; an indirect or mixed one only a mark
    that closes (or opens) a quotation left open inside it, so `was "dead"` becomes whole
    but a plain clause next to an unrelated mark stays as it is.
    """
    needs_close, needs_open = (True, True) if direct else _unbalanced(text[start:end])
    new_start, new_end = start, end
    if needs_open and (opening := _opening_before(text, start)) is not None:
        new_start = opening
    if needs_close and (closing := _closing_after(text, end)) is not None:
        new_end = closing
    return new_start, new_end


def that_before(text: str, start: int) -> int | None:
    """Where a "that" complementiser begins right before `start` (whitespace between)."""
    window_start = max(0, start - 12)
    match = _THAT_BEFORE.search(text[window_start:start])
    if match is None:
        return None
    that_start = window_start + match.start()
    if that_start > 0 and text[that_start - 1].isalnum():  # "somewhat", not "that"
        return None
    return that_start


def content_in_corpus_convention(text: str, statement: Statement) -> tuple[Range, ...]:
    direct = statement.kind == "direct"
    ranges = [widen_fragment(text, s.start, s.end, direct=direct) for s in statement.content]
    # Any kind: a quotation introduced by "that" (`said that "..."`) is a complement clause
    # too, and PolNeAR's content starts at the "that".
    if ranges:
        first_start, first_end = ranges[0]
        if (that := that_before(text, first_start)) is not None:
            ranges[0] = (that, first_end)
    return tuple(ranges)


def _one(span: CharSpan | None) -> tuple[Range, ...]:
    return ((span.start, span.end),) if span is not None else ()


def cue_in_corpus_convention(text: str, statement: Statement) -> tuple[Range, ...]:
    """The cue, taking the colon right after it when the content follows the colon
    (`told reporters: "..."`): PolNeAR's cues end with that colon (367 of the 379 such
    cues in train)."""
    cue = statement.cue
    if cue is None:
        return ()
    colon = _COLON_AFTER.match(text, cue.end)
    if colon is not None and statement.content and statement.content[0].start >= colon.end():
        return ((cue.start, colon.end()),)
    return ((cue.start, cue.end),)


def source_in_corpus_convention(text: str, statement: Statement) -> tuple[Range, ...]:
    """The source mention, taking the comma that closes an apposition or a relative
    clause set off beside the cue (`Robert Shrum, a Democratic strategist, said`, `said
    Robert Shrum, a Democratic strategist, …`): PolNeAR's sources end with that comma
    (before their cue 408 of 440 such sources in train, after it 54 of 78; none where
    the mention holds no comma of its own)."""
    source, cue = statement.source, statement.cue
    if source is None:
        return ()
    comma = _COMMA_AFTER.match(text, source.end)
    if (
        comma is not None
        and "," in text[source.start : source.end]
        and cue is not None
        and (cue.start >= comma.end() or cue.end <= source.start)
    ):
        return ((source.start, comma.end()),)
    return ((source.start, source.end),)


def statement_to_attribution(text: str, statement: Statement) -> Attribution:
    """One Statement as one relation, with content in PolNeAR's conventions."""
    return Attribution(
        content=content_in_corpus_convention(text, statement),
        cue=cue_in_corpus_convention(text, statement),
        source=source_in_corpus_convention(text, statement),
        speaker=statement.speaker.name if statement.speaker else None,
        kind=statement.kind,
    )


def document_in_corpus_convention(
    text: str, statements: Sequence[Statement]
) -> tuple[Attribution, ...]:
    """An article's Statements as relations in PolNeAR's conventions.

    Where a report vouches for someone's words (`"…," Walker said, according to an
    Associated Press account`), PolNeAR marks one relation, the report's, whose content
    holds the speaker's words and cue; it does not mark the speaker's own (none of the 59
    such reports in train). onrecord keeps both Statements (Walker said it, as the AP
    reported); here the nested one gives way to the report's.
    """
    reports = [s for s in statements if _vouches(text, s)]
    return tuple(
        statement_to_attribution(text, statement)
        for statement in statements
        if _vouches(text, statement) or not any(_holds_cue(r, statement) for r in reports)
    )


def _vouches(text: str, statement: Statement) -> bool:
    cue = statement.cue
    return (cue is not None and statement.source is not None
            and _VOUCHING_CUE.match(text, cue.start, cue.end) is not None)


def _holds_cue(outer: Statement, inner: Statement) -> bool:
    cue = inner.cue
    return cue is not None and any(span.start <= cue.start and cue.end <= span.end
                                   for span in outer.content)
