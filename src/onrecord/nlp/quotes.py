"""Quotation-mark scanning: pairing, nesting, paragraph continuation, apostrophes.

Pure text processing (no spaCy), linear in the length of the text. Each paragraph is
scanned on its own with a stack of open marks, so an unbalanced mark costs at most its
own paragraph; the only thing carried from one paragraph to the next is an unclosed
quote that the next paragraph continues by opening with the same mark (the newspaper
convention for quotes that run over several paragraphs).

Whether a mark opens, closes or is an apostrophe is decided from its neighbours
(left/right flanking): a letter or digit on both sides is an apostrophe (don't, o'clock);
an opening mark follows a space, the start or punctuation and precedes a non-space; a
closing mark follows a non-space and precedes a space, punctuation or the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Problem

__all__ = ["Quote", "QuoteScan", "markup_spans", "paragraph_bounds", "scan_quotes"]

Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: its content fragments (inside the marks) and the same with marks."""

    fragments: tuple[Range, ...]  # content inside the marks; one per paragraph
    marked: tuple[Range, ...]  # the same fragments including their marks
    depth: int  # 0 = outermost; 1+ = nested inside another quote
    parent: int | None  # index in QuoteScan.quotes of the enclosing quote
    style: str  # "curly-double", "straight-single", "guillemet", "two-apostrophes", ...


@dataclass(slots=True)
class QuoteScan:
    quotes: list[Quote]  # in text order of their first opening mark
    problems: list[Problem]


# Paragraphs: lines separated by any line break; blank lines are simply empty lines.
_LINE = re.compile(r"[^\n\r\u2028\u2029\x85]+")

# Candidate marks. Runs of ASCII apostrophes and backticks are split later ('' is a
# double mark in NYT style; ``…'' is the TeX style).
_MARK = re.compile(r"'+|`{2,}|[\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a]")

# Markup left in the text (`<tweet author="@x">`): its attribute quotes are not speech.
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]{0,1000})?/?>")

# Words that start with an eliding apostrophe: 'n', 'em, 'til, 'tis, '90s, '16 ...
_ELISION = re.compile(r"(?i:n|em|til|tis|twas|cause|cos|cuz|bout|nuff|\d\ds?)(?!\w)")

_DOUBLE, _SINGLE = 2, 1
_FAMILY = {
    '"': _DOUBLE, "''": _DOUBLE, "``": _DOUBLE, "\u201c": _DOUBLE, "\u201d": _DOUBLE,
    "\u201e": _DOUBLE, "\u00ab": _DOUBLE, "\u00bb": _DOUBLE,
    "'": _SINGLE, "\u2018": _SINGLE, "\u2019": _SINGLE, "\u201a": _SINGLE,
    "\u2039": _SINGLE, "\u203a": _SINGLE,
}  # fmt: skip
_STYLE = {
    "\u201c": "curly-double", "\u201d": "curly-double", '"': "straight-double",
    "\u201e": "low-high", "\u00ab": "guillemet", "\u00bb": "guillemet-reversed",
    "''": "two-apostrophes", "``": "backticks",
    "\u2018": "curly-single", "'": "straight-single", "\u201a": "low-high-single",
    "\u2039": "single-guillemet", "\u203a": "single-guillemet-reversed",
}  # fmt: skip
# Which closing marks may close a quote opened by a given mark. Mixed pairs such as
# “…" are accepted because sloppy text has them and they are unambiguous.
_CLOSERS = {
    "\u201c": {"\u201d", '"'}, '"': {'"', "\u201d"}, "\u201e": {"\u201c", "\u201d", '"'},
    "\u201d": {"\u201d"}, "\u00ab": {"\u00bb"}, "\u00bb": {"\u00ab"},
    "''": {"''", '"', "\u201d"}, "``": {"''", '"', "\u201d"},
    "\u2018": {"\u2019", "'"}, "'": {"'", "\u2019"}, "\u201a": {"\u2018", "\u2019"},
    "\u2039": {"\u203a"}, "\u203a": {"\u2039"},
}  # fmt: skip
_SINGLE_CLOSE_GLYPHS = frozenset({"'", "\u2019"})
_DOUBLE_CLOSE_GLYPHS = frozenset({'"', "''", "\u201d", "\u00bb"})
_APOSTROPHES = frozenset({"'", "\u2018", "\u2019"})
_SINGLE_OPEN_GLYPHS = frozenset({"'", "\u2018", "\u201a", "\u2039"})

# Deeper nesting than this is not prose; refusing it keeps every stack walk O(1).
# Labels a fact check sets before the quotation it examines (`CLAIM: "…" — Dan Reyes`):
# the quotation's heading, never its speaker.
QUOTATION_LABELS = frozenset({"claim", "the claim", "quote", "statement", "what was said"})

_MAX_DEPTH = 12
# A text full of stray marks should not produce a problem per mark.
_MAX_PROBLEMS = 100


# Double quotation marks, which no apostrophe can be mistaken for.
_DOUBLE_MARK = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]|''|``")


def holds_double_quotation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a double quotation mark (`"`, `“`, `”`, `''`): words
    quoted, not an apostrophe's `it’s`."""
    return _DOUBLE_MARK.search(text, start, end) is not None


def markup_spans(text: str, start: int = 0, end: int | None = None) -> list[Range]:
    """Ranges of markup tags such as `<tweet id="1">` or `</a>` in text[start:end]."""
    stop = len(text) if end is None else end
    return [match.span() for match in _TAG.finditer(text, start, stop)]


def paragraph_bounds(text: str) -> list[Range]:
    """Paragraph ranges: lines split at any line break, stripped, empty ones dropped."""
    bounds = []
    for match in _LINE.finditer(text):
        line = match.group()
        left = len(line) - len(line.lstrip())
        right = len(line.rstrip())
        if right > left:
            bounds.append((match.start() + left, match.start() + right))
    return bounds


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    glyph: str
    can_open: bool
    can_close: bool
    inside_word: bool  # letter/digit on both sides: a"b is a missing space
    possessive: bool = False  # James' car: maybe an apostrophe rather than a closer


@dataclass(slots=True, eq=False)
class _Record:
    """A quote while scanning; `kept` is how many fragments survive (0 = dropped)."""

    glyph: str
    parent: _Record | None
    parent_fragment: int  # which fragment of the parent this quote sits in
    open_start: int
    open_end: int
    paragraph_start: int
    paragraph_end: int
    fragments: list[Range]
    marked: list[Range]
    kept: int = 0


def scan_quotes(text: str) -> QuoteScan:
    """Find the quotations of `text`: pairs of marks, nested quotes, multi-paragraph quotes."""
    return _Scanner(text).scan()


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.records: list[_Record] = []
        self.problems: list[Problem] = []
        self.problem_count = 0

    def scan(self) -> QuoteScan:
        carried: _Record | None = None
        for start, end in paragraph_bounds(self.text):
            tokens = self._tokens(start, end)
            stack: list[_Record] = []
            first = 0
            if carried is not None:
                if tokens and tokens[0].start == start and tokens[0].glyph == carried.glyph:
                    self._continue(carried, tokens[0], start, end)
                    stack.append(carried)
                    first = 1
                else:
                    self._unclosed(carried)
                carried = None
            for index in range(first, len(tokens)):
                self._step(stack, tokens, index, start, end)
            # Everything still open: the outermost may continue into the next paragraph.
            while len(stack) > 1:
                self._unclosed(stack.pop())
            if stack:
                carried = stack[0]
        if carried is not None:
            self._unclosed(carried)
        if self.problem_count > _MAX_PROBLEMS:
            more = self.problem_count - _MAX_PROBLEMS
            self.problems.append(
                Problem("unbalanced_quote", f"{more} more unbalanced quotation marks not listed")
            )
        return QuoteScan(self._quotes(), self.problems)

    # -- tokens ---------------------------------------------------------------------

    def _tokens(self, start: int, end: int) -> list[_Token]:
        """The candidate marks of one paragraph with their flanking, in text order.

        Apostrophes (don't, 'n', '90s) are left out here; this is the hot loop.
        """
        text = self.text
        tokens: list[_Token] = []
        elided_mark_at = -1  # the second mark of 'n'
        tags = markup_spans(text, start, end) if "<" in text[start:end] else []
        tag = 0
        for match in _MARK.finditer(text, start, end):
            s, e = match.span()
            while tag < len(tags) and tags[tag][1] <= s:
                tag += 1
            if tag < len(tags) and tags[tag][0] <= s:
                continue  # inside a markup tag
            glyph = match.group()
            before = text[s - 1] if s > start else " "  # a space stands for the edge
            after = text[e] if e < end else " "
            before_word = before.isalnum()
            after_word = after.isalnum()
            if before_word and after_word and glyph in _APOSTROPHES or s == elided_mark_at:
                continue
            can_open = not before_word and not after.isspace()
            can_close = not after_word and not before.isspace()
            if can_open and glyph in _APOSTROPHES:
                elided = _ELISION.match(text, e, end)
                if elided:
                    if elided.group() in ("n", "N"):  # rock 'n' roll: both marks
                        elided_mark_at = elided.end()
                    continue
            inside_word = before_word and after_word
            if len(glyph) == 1:
                possessive = (  # James' car, Lyin' Ted: decided by _resolve_possessives
                    glyph in _SINGLE_CLOSE_GLYPHS and before_word and e < end and after.isspace()
                )
                tokens.append(_Token(s, e, glyph, can_open, can_close, inside_word, possessive))
                continue
            for piece in _split_run(glyph, closing_first=can_close and not can_open):
                tokens.append(_Token(s, s + len(piece), piece, can_open, can_close, inside_word))
                s += len(piece)
        _resolve_possessives(tokens)
        return tokens

    # -- pairing --------------------------------------------------------------------

    def _step(
        self, stack: list[_Record], tokens: list[_Token], index: int, p_start: int, p_end: int
    ) -> None:
        token = tokens[index]
        glyph = token.glyph
        family = _FAMILY[glyph]
        # A double closer may close a double quote under unclosed single ones
        # (“He said ‘no way”); a single closer only ever closes the innermost quote.
        target = len(stack) - 1
        if family == _DOUBLE:
            while target >= 0 and _FAMILY[stack[target].glyph] == _SINGLE:
                target -= 1
        opener = stack[target].glyph if target >= 0 else None
        fits = opener is not None and glyph in _CLOSERS[opener]
        action = _decide(token, opener, fits)
        if action == "close":
            while len(stack) - 1 > target:
                self._unclosed(stack.pop())
            self._close(stack.pop(), token)
        elif action == "open":
            # The same kind of mark inside itself is nested too (“…when “your team” needs…”):
            # writers do that, and when the outer one is really unclosed ("hello and "bye")
            # it is dropped at the paragraph's end, leaving the inner one.
            if len(stack) >= _MAX_DEPTH:
                self._problem(f"quotation marks nested too deep at offset {token.start}", p_start)
                return
            parent = stack[-1] if stack else None
            record = _Record(
                glyph=glyph,
                parent=parent,
                parent_fragment=len(parent.fragments) if parent else 0,
                open_start=token.start,
                open_end=token.end,
                paragraph_start=p_start,
                paragraph_end=p_end,
                fragments=[],
                marked=[],
            )
            self.records.append(record)
            stack.append(record)
        elif action == "stray":
            self._problem(
                f"closing quotation mark {glyph} at offset {token.start} has no opening mark",
                p_start,
            )

    def _close(self, record: _Record, token: _Token) -> None:
        record.fragments.append((record.open_end, token.start))
        record.marked.append((record.open_start, token.end))
        record.kept = len(record.fragments)

    def _continue(self, record: _Record, token: _Token, p_start: int, p_end: int) -> None:
        """The next paragraph reopens with the same mark: the quote goes on there."""
        record.fragments.append((record.open_end, record.paragraph_end))
        record.marked.append((record.open_start, record.paragraph_end))
        record.open_start, record.open_end = token.start, token.end
        record.paragraph_start, record.paragraph_end = p_start, p_end

    def _unclosed(self, record: _Record) -> None:
        # Paragraphs already continued are kept; the paragraph that never closed is lost.
        record.kept = len(record.fragments)
        if record.glyph == "'" and not record.fragments:
            return  # a lone straight apostrophe-like mark: too common to report
        self._problem(
            f"unclosed quotation mark {record.glyph} at offset {record.open_start}",
            record.paragraph_start,
        )

    def _problem(self, what: str, paragraph_start: int) -> None:
        self.problem_count += 1
        if self.problem_count <= _MAX_PROBLEMS:
            message = f"{what}, in the paragraph at offset {paragraph_start}"
            self.problems.append(Problem("unbalanced_quote", message))

    # -- result ---------------------------------------------------------------------

    def _quotes(self) -> list[Quote]:
        index_of: dict[int, int] = {}
        depth_of: list[int] = []
        quotes: list[Quote] = []
        for record in self.records:
            if record.kept == 0:
                continue
            parent, fragment = record.parent, record.parent_fragment
            # The nearest enclosing quote that survived, in the fragment we sit in.
            while parent is not None and parent.kept <= fragment:
                fragment = parent.parent_fragment
                parent = parent.parent
            parent_index = index_of[id(parent)] if parent is not None else None
            depth = depth_of[parent_index] + 1 if parent_index is not None else 0
            index_of[id(record)] = len(quotes)
            depth_of.append(depth)
            quotes.append(
                Quote(
                    fragments=tuple(record.fragments[: record.kept]),
                    marked=tuple(record.marked[: record.kept]),
                    depth=depth,
                    parent=parent_index,
                    style=_STYLE[record.glyph],
                )
            )
        return quotes


def _split_run(run: str, *, closing_first: bool) -> list[str]:
    """Split a run of apostrophes/backticks: pairs are double marks, a leftover a single.

    At a closing position the single closes first (…'no.''' = ' then ''); elsewhere the
    double opens first (''' Tis = '' then ').
    """
    if run[0] == "`":
        return ["``"] * (len(run) // 2)
    pairs = ["''"] * (len(run) // 2)
    if len(run) % 2 == 0:
        return pairs
    return ["'", *pairs] if closing_first else [*pairs, "'"]


def _resolve_possessives(tokens: list[_Token]) -> None:
    """James' car, Lyin' Ted: a single closer followed by a word is an apostrophe when
    another single closer follows in the paragraph before any double closer or new single
    opener (‘Odd Images’ Have ‘No Place’ keeps both quotes). One right-to-left pass."""
    end = len(tokens)
    next_single = next_double = next_opener = end
    for index in range(end - 1, -1, -1):
        token = tokens[index]
        if token.possessive and not next_single < min(next_double, next_opener):
            token.possessive = False
        if token.inside_word:
            continue
        if token.can_close and token.glyph in _SINGLE_CLOSE_GLYPHS:
            next_single = index
        elif token.can_close and token.glyph in _DOUBLE_CLOSE_GLYPHS:
            next_double = index
        if token.can_open and not token.can_close and token.glyph in _SINGLE_OPEN_GLYPHS:
            next_opener = index


def _decide(token: _Token, opener: str | None, fits: bool) -> str:
    """'open', 'close', 'stray' (a closer with nothing to close) or 'none' (apostrophe)."""
    glyph, can_open, can_close = token.glyph, token.can_open, token.can_close
    if glyph in ('"', "''"):
        if fits and (can_close or not can_open):
            return "close"
        if token.inside_word:  # about"joint: a missing space, not an apostrophe
            return "open" if glyph == '"' else "none"
        return "open" if can_open else "stray"
    if glyph in ("'", "\u2019"):
        if token.inside_word:
            return "none"
        if fits and (can_close or not can_open) and not token.possessive:
            return "close"
        return "open" if glyph == "'" and can_open else "none"
    if glyph == "\u2018":
        if opener == "\u201a" and can_close:
            return "close"
        if opener == "\u2018" and can_close and not can_open:
            return "close"  # sloppy ‘…‘
        return "open" if can_open and not token.inside_word else "none"
    if glyph == "\u201c":
        if opener == "\u201e" and can_close:
            return "close"
        if opener == "\u201c" and can_close and not can_open:
            return "close"  # sloppy “…“
        return "open"
    if glyph in ("\u201d", "\u00bb", "\u203a"):
        if fits:
            return "close"
        if can_open and not can_close:
            return "open"  # ”…” (Swedish), »…« (German), ›…‹
        return "stray" if glyph != "\u203a" else "none"
    if glyph in ("\u00ab", "\u2039"):
        if fits and can_close:
            return "close"
        return "open"
    if glyph == "\u201a":
        return "open" if can_open else "none"  # otherwise a comma look-alike
    return "open"  # „ and ``
