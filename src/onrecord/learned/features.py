"""Token features for the two taggers, read from a parsed spaCy Doc.

`DocView` copies what the features need out of the Doc once (plain lists are much
faster to index than Token objects), then `cue_features` and `role_features` build
crfsuite attribute strings. Features are strings "name=value"; crfsuite gives each
a weight of 1.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Quotation marks. Curly marks say which way they face; straight ones and the NYT's
# two apostrophes ('') toggle.
_OPENING = {"“", "``", "«"}
_CLOSING = {"”", "»"}
_TOGGLING = {'"', "''"}


def quote_mark_kind(text: str) -> str:
    """'open', 'close', 'toggle' or '' for a token text."""
    if text in _OPENING:
        return "open"
    if text in _CLOSING:
        return "close"
    if text in _TOGGLING:
        return "toggle"
    if text and text[0] in '“”"' and len(text) <= 3:  # a mark glued to a dash, e.g. '”―'
        return "close" if text[0] == "”" else "open" if text[0] == "“" else "toggle"
    return ""


def _shape(text: str) -> str:
    if text.isupper() and len(text) > 1:
        return "AA"
    if text[:1].isupper():
        return "Aa"
    if text.isdigit():
        return "0"
    if text.isalpha():
        return "a"
    return "x"


@dataclass(slots=True)
class DocView:
    """Per-token facts of one Doc as flat lists (index = token index)."""

    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]
    shape: list[str]
    ent: list[str]
    space: list[bool]  # token is whitespace only
    mark: list[str]  # quote_mark_kind
    quote: list[int]  # id of the enclosing quotation (0 = outside); marks belong to it
    para: list[int]  # paragraph index (paragraphs are separated by a blank line)
    para_start: list[bool]
    sent: list[int]  # sentence index
    sent_starts: list[int]  # first token of each sentence
    children: list[list[int]]
    starts: list[int]  # character offset of each token
    ends: list[int] = field(default_factory=list)
    _role_static: list[list[str]] | None = None

    @classmethod
    def from_doc(cls, doc: Doc) -> DocView:
        tokens = list(doc)  # one pass: each Token object costs as much as a feature
        n = len(tokens)
        texts = [t.text for t in tokens]
        view = cls(
            lower=[t.lower_ for t in tokens],
            lemma=[t.lemma_.lower() for t in tokens],
            pos=[t.pos_ for t in tokens],
            tag=[t.tag_ for t in tokens],
            dep=[t.dep_ for t in tokens],
            head=[t.head.i for t in tokens],
            shape=[_shape(text) for text in texts],
            ent=[t.ent_type_ or "-" for t in tokens],
            space=[text.isspace() for text in texts],
            mark=[quote_mark_kind(text) for text in texts],
            quote=[0] * n,
            para=[0] * n,
            para_start=[False] * n,
            sent=[0] * n,
            sent_starts=[],
            children=[[] for _ in range(n)],
            starts=[t.idx for t in tokens],
        )
        view.ends = [start + len(text) for start, text in zip(view.starts, texts)]
        view._fill_layout(doc, texts, [t.whitespace_ for t in tokens])
        return view

    def _fill_layout(self, doc: Doc, texts: list[str], trailing: list[str]) -> None:
        # Paragraphs: a blank line (two newlines in the whitespace before a token).
        para, pending_break, at_start = 0, False, True
        quote_id, open_quote = 0, 0
        for i, text in enumerate(texts):
            is_space = self.space[i]
            gap = text if is_space else ""
            gap += trailing[i - 1] if i else ""
            if gap.count("\n") >= 2 or (is_space and "\n" in text):
                pending_break = True
            if is_space:
                self.para[i] = para
                continue
            if pending_break and not at_start:
                para += 1
                open_quote = 0  # a quote running over a paragraph re-opens with a new mark
            self.para_start[i] = pending_break or at_start
            pending_break = at_start = False
            self.para[i] = para
            kind = self.mark[i]
            if kind == "open" or (kind == "toggle" and not open_quote):
                quote_id += 1
                open_quote = quote_id
                self.quote[i] = open_quote
            elif kind in ("close", "toggle") and open_quote:
                self.quote[i] = open_quote
                open_quote = 0
            else:
                self.quote[i] = open_quote
        for i, h in enumerate(self.head):
            if h != i:
                self.children[h].append(i)
        # A Doc without sentence boundaries (no parser) is read as one sentence.
        sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for index, sentence in enumerate(sentences):
            self.sent_starts.append(sentence.start)
            for i in range(sentence.start, sentence.end):
                self.sent[i] = index

    def role_static(self) -> list[list[str]]:
        """The role tagger's features that do not depend on the cue, built once per Doc.

        The last six entries are the token's description as a neighbour: three as the
        left neighbour (-1...) of the next token, three as the right one (1...).
        """
        if self._role_static is None:
            self._role_static = [
                [
                    "w=" + self.lower[i],
                    "p=" + self.pos[i],
                    "t=" + self.tag[i],
                    "d=" + self.dep[i],
                    "s=" + self.shape[i],
                    "e=" + self.ent[i],
                    "m=" + self.mark[i],
                    "ps=" + ("1" if self.para_start[i] else "0"),
                    "ss=" + ("1" if self.sent_starts[self.sent[i]] == i else "0"),
                    "-1w=" + self.lower[i],
                    "-1p=" + self.pos[i],
                    "-1m=" + self.mark[i],
                    "1w=" + self.lower[i],
                    "1p=" + self.pos[i],
                    "1m=" + self.mark[i],
                ]
                for i in range(len(self.lower))
            ]
        return self._role_static

    def __len__(self) -> int:
        return len(self.lower)

    def sentence_range(self, index: int) -> tuple[int, int]:
        start = self.sent_starts[index]
        end = self.sent_starts[index + 1] if index + 1 < len(self.sent_starts) else len(self.lower)
        return start, end

    def sentence_of(self, token: int) -> int:
        return bisect.bisect_right(self.sent_starts, token) - 1


def cue_rate_bucket(rates: Mapping[str, float], lemma: str) -> str:
    """How often this lemma was part of a cue in training, coarsely."""
    rate = rates.get(lemma)
    if rate is None:
        return "unk"
    if rate >= 0.5:
        return "hi"
    if rate >= 0.15:
        return "mid"
    if rate >= 0.02:
        return "lo"
    return "no"


def cue_features(
    view: DocView, start: int, end: int, rates: Mapping[str, float]
) -> list[list[str]]:
    """Features of tokens start..end-1 (one sentence) for the cue tagger."""
    rows = []
    lower, lemma, pos, dep, head = view.lower, view.lemma, view.pos, view.dep, view.head
    n = len(lower)
    for i in range(start, end):
        h = head[i]
        rate = cue_rate_bucket(rates, lemma[i])
        children_deps = _child_deps(view, i)
        row = [
            "w=" + lower[i],
            "l=" + lemma[i],
            "p=" + pos[i],
            "t=" + view.tag[i],
            "d=" + dep[i],
            "s=" + view.shape[i],
            "e=" + view.ent[i],
            "r=" + rate,
            "rp=" + rate + pos[i],
            "hl=" + lemma[h],
            "hr=" + cue_rate_bucket(rates, lemma[h]),
            "dh=" + dep[i] + "|" + pos[h],
            "q=" + ("1" if view.quote[i] else "0"),
            "m=" + view.mark[i],
            "ps=" + ("1" if view.para_start[i] else "0"),
            "first=" + ("1" if i == start else "0"),
            "suf=" + lower[i][-3:],
        ]
        for child_dep in children_deps:
            row.append("cd=" + child_dep)
            if rate in ("hi", "mid"):
                row.append("rcd=" + child_dep)
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if start <= j < end:
                row.append(f"{offset}w=" + lower[j])
                row.append(f"{offset}p=" + pos[j])
                if offset in (-1, 1):
                    row.append(f"{offset}r=" + cue_rate_bucket(rates, lemma[j]))
                    row.append(f"{offset}m=" + view.mark[j])
            elif 0 <= j < n:
                row.append(f"{offset}w=<out>")
        if i + 1 < end:
            row.append("bi=" + lower[i] + "_" + lower[i + 1])
        rows.append(row)
    return rows


# Dependents that mark a speech or thought predicate: a clause or quote as complement,
# a subject that could be the speaker.
_TELLING_DEPS = {
    "ccomp",
    "xcomp",
    "nsubj",
    "nsubjpass",
    "dobj",
    "prep",
    "agent",
    "parataxis",
    "advcl",
}


def _child_deps(view: DocView, i: int) -> list[str]:
    found: list[str] = []
    for j in view.children[i]:
        if view.dep[j] in _TELLING_DEPS and view.dep[j] not in found:
            found.append(view.dep[j])
    return found


def cue_head(view: DocView, start: int, end: int) -> int:
    """The token of a cue span whose head lies outside it (the syntactic head)."""
    for i in range(start, end):
        h = view.head[i]
        outside = h == i or not start <= h < end
        if outside and view.pos[i] in ("VERB", "AUX", "NOUN", "ADP"):
            return i
    for i in range(start, end):
        if not start <= view.head[i] < end:
            return i
    return start


def _branch(view: DocView, token: int, anchor: int) -> str:
    """How `token` hangs off `anchor` in the parse: the dep of the anchor's child on
    the path, 'anc' if token dominates anchor, '' if neither."""
    head = view.head
    current, steps = token, 0
    while steps < 40:
        parent = head[current]
        if parent == anchor:
            return view.dep[current]
        if parent == current:
            break
        current, steps = parent, steps + 1
    current, steps = anchor, 0
    while steps < 40:
        parent = head[current]
        if parent == token:
            return "anc"
        if parent == current:
            break
        current, steps = parent, steps + 1
    return ""


def _distance_bucket(d: int) -> str:
    if d <= 3:
        return str(d)
    if d <= 6:
        return "4-6"
    if d <= 12:
        return "7-12"
    if d <= 25:
        return "13-25"
    return "26+"


def role_features(
    view: DocView,
    window: tuple[int, int],
    cue: tuple[int, int],
    cue_lemma_rates: Mapping[str, float],
) -> list[list[str]]:
    """Features of the window's tokens for tagging the source and content of one cue."""
    win_start, win_end = window
    cue_start, cue_end = cue
    anchor = cue_head(view, cue_start, cue_end)
    grand = view.head[anchor]
    cue_sent, cue_para, cue_quote = view.sent[anchor], view.para[anchor], view.quote[anchor]
    cue_lemma = view.lemma[anchor]
    cue_rate = "cr=" + cue_rate_bucket(cue_lemma_rates, cue_lemma)
    pos, mark, quote = view.pos, view.mark, view.quote
    static = view.role_static()
    # Quotation marks between each token and the cue, counted once by prefix sums.
    marks_before = [0] * (win_end - win_start + 1)
    for k, i in enumerate(range(win_start, win_end)):
        marks_before[k + 1] = marks_before[k] + (1 if mark[i] else 0)
    cue_marks = marks_before[cue_start - win_start]
    branches = []
    for i in range(win_start, win_end):
        if cue_start <= i < cue_end:
            branches.append("CUE")
            continue
        branch = _branch(view, i, anchor)
        if not branch and grand != anchor:
            outer = _branch(view, i, grand)
            branch = "g:" + outer if outer else ""
        branches.append(branch or "none")
    rows = []
    for k, i in enumerate(range(win_start, win_end)):
        if i < cue_start:
            side, distance = "L", cue_start - i
            between = cue_marks - marks_before[k + 1]
        elif i >= cue_end:
            side, distance = "R", i - cue_end + 1
            between = marks_before[k] - marks_before[cue_end - win_start]
        else:
            side, distance, between = "C", 0, 0
        branch = branches[k]
        sent_offset = max(-2, min(3, view.sent[i] - cue_sent))
        in_quote = quote[i] != 0
        same_quote = "same" if in_quote and quote[i] == cue_quote else ("in" if in_quote else "out")
        row = static[i][:-6] + [
            "side=" + side,
            "dist=" + side + _distance_bucket(distance),
            "so=" + str(sent_offset),
            "po=" + str(max(-1, min(2, view.para[i] - cue_para))),
            "br=" + branch,
            "brs=" + branch + side,
            "brp=" + branch + pos[i],
            "qs=" + same_quote,
            "qss=" + same_quote + side,
            "xq=" + side + str(min(between, 3)),
            "cl=" + cue_lemma + side,
            cue_rate,
        ]
        if branch == "none":
            row.append("nd=" + side + str(sent_offset) + same_quote)
        for offset in (-1, 1):
            j = i + offset
            if win_start <= j < win_end:
                row.extend(static[j][-3:] if offset == 1 else static[j][-6:-3])
                row.append(f"{offset}br=" + branches[j - win_start])
            else:
                row.append(f"{offset}w=<edge>")
        rows.append(row)
    return rows


def role_window(
    view: DocView, cue: tuple[int, int], before: int = 1, after: int = 2, quote_reach: int = 3
) -> tuple[int, int]:
    """Token range searched for a cue's source and content: nearby sentences, reaching
    further forward while a quotation that is open at the window's end goes on."""
    cue_sent = view.sent[cue[0]]
    last_sent = len(view.sent_starts) - 1
    first = max(0, cue_sent - before)
    last = min(last_sent, cue_sent + after)
    extra = 0
    while last < last_sent and extra < quote_reach:
        _, end = view.sentence_range(last)
        tail = end - 1
        while tail > 0 and view.space[tail]:
            tail -= 1
        if not view.quote[tail] or view.mark[tail] in ("close", "toggle"):
            break
        last, extra = last + 1, extra + 1
    start, _ = view.sentence_range(first)
    _, end = view.sentence_range(last)
    return start, end
