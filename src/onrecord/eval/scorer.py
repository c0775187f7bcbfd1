"""Score predicted attributions against gold ones: per role, end to end, direct quotes.

The definitions are those of the shared reference scorer (`shared/tools/attrib_eval.md`),
implemented here independently so that `onrecord eval` prints the numbers we will be
judged by:

* spans are compared as token ranges: tokens are `\\w+|[^\\w\\s]`; a fragment is stripped of
  surrounding whitespace and widened to the tokens it touches; a role's fragments are
  sorted and merged when they overlap or only whitespace separates them;
* per role, "exact" follows BBC Citron's counting (not one-to-one: a prediction is a true
  positive when *some* anchored gold item has the same span), "overlap" compares the sets of
  token positions the role covers per document;
* end to end, predictions and gold items are matched one-to-one, greedily by shared content
  tokens, when contents overlap and sources overlap (or neither has a source);
* "direct" restricts that matching to items whose content holds a double quotation mark.

Counts are summed over documents before ratios are taken; a ratio with a zero denominator
is 0.0 (the counts are reported too, so that is visible).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from .attribution import ROLES, Attribution, Document, Range

_TOKEN = re.compile(r"\w+|[^\w\s]")
_DOUBLE_MARKS = ('"', "“", "”", "''")

TokenRanges = tuple[Range, ...]


class TokenIndex:
    """The tokens of one text, and which token each character belongs to (-1: whitespace)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.token_of = [-1] * len(text)
        for number, match in enumerate(_TOKEN.finditer(text)):
            start, end = match.span()
            self.starts.append(start)
            self.ends.append(end)
            self.token_of[start:end] = [number] * (end - start)

    def fragment_tokens(self, start: int, end: int) -> Range | None:
        """The token range a character fragment touches after stripping whitespace."""
        start, end = max(0, start), min(len(self.text), end)
        while start < end and self.token_of[start] == -1:
            start += 1
        while end > start and self.token_of[end - 1] == -1:
            end -= 1
        if start >= end:
            return None
        return self.token_of[start], self.token_of[end - 1] + 1

    def role_tokens(self, fragments: Iterable[Range]) -> TokenRanges:
        """A role's fragments as sorted token ranges, merging overlapping or adjacent ones."""
        ranges = sorted(
            rng for rng in (self.fragment_tokens(s, e) for s, e in fragments) if rng is not None
        )
        merged: list[list[int]] = []
        for start, end in ranges:
            if merged and start <= merged[-1][1]:  # token-adjacent: only whitespace between
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return tuple((start, end) for start, end in merged)

    def covered_text(self, ranges: TokenRanges) -> str:
        return " ".join(self.text[self.starts[a] : self.ends[b - 1]] for a, b in ranges)


@dataclass(frozen=True, slots=True)
class _Normalised:
    """One attribution with each role as merged token ranges and token-position sets."""

    roles: dict[str, TokenRanges]
    positions: dict[str, frozenset[int]]
    direct: bool

    @classmethod
    def of(cls, attribution: Attribution, index: TokenIndex) -> _Normalised:
        roles = {name: index.role_tokens(attribution.role(name)) for name in ROLES}
        positions = {
            name: frozenset(t for a, b in ranges for t in range(a, b))
            for name, ranges in roles.items()
        }
        content_text = index.covered_text(roles["content"])
        direct = any(mark in content_text for mark in _DOUBLE_MARKS)
        return cls(roles, positions, direct)


def add_counts(counts: Any, other: Any) -> None:
    """Add each count of `other` to the same count of `counts` (one counter class)."""
    for item in fields(counts):
        setattr(counts, item.name, getattr(counts, item.name) + getattr(other, item.name))


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


@dataclass(slots=True)
class ExactCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: ExactCounts) -> None:
        add_counts(self, other)

    def to_dict(self) -> dict[str, Any]:
        p, r = _ratio(self.tp, self.tp + self.fp), _ratio(self.tp, self.tp + self.fn)
        return {"p": p, "r": r, "f1": _f1(p, r), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(slots=True)
class OverlapCounts:
    overlap_tokens: int = 0
    pred_tokens: int = 0
    gold_tokens: int = 0

    def add(self, other: OverlapCounts) -> None:
        add_counts(self, other)

    def to_dict(self) -> dict[str, Any]:
        p = _ratio(self.overlap_tokens, self.pred_tokens)
        r = _ratio(self.overlap_tokens, self.gold_tokens)
        return {
            "p": p,
            "r": r,
            "f1": _f1(p, r),
            "overlap_tokens": self.overlap_tokens,
            "pred_tokens": self.pred_tokens,
            "gold_tokens": self.gold_tokens,
        }


@dataclass(slots=True)
class MatchCounts:
    """One-to-one matching: matched pairs of all predictions and all gold items."""

    matched: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, other: MatchCounts) -> None:
        add_counts(self, other)

    def to_dict(self) -> dict[str, Any]:
        p, r = _ratio(self.matched, self.n_pred), _ratio(self.matched, self.n_gold)
        return {"p": p, "r": r, "f1": _f1(p, r), "matched": self.matched,
                "n_pred": self.n_pred, "n_gold": self.n_gold}


@dataclass(slots=True)
class DirectCounts:
    """The same matching restricted to direct quotes on each side."""

    pred_matched: int = 0
    n_pred: int = 0
    gold_matched: int = 0
    n_gold: int = 0

    def add(self, other: DirectCounts) -> None:
        add_counts(self, other)

    def to_dict(self) -> dict[str, Any]:
        p, r = _ratio(self.pred_matched, self.n_pred), _ratio(self.gold_matched, self.n_gold)
        return {"p": p, "r": r, "f1": _f1(p, r), "pred_matched": self.pred_matched,
                "n_pred": self.n_pred, "gold_matched": self.gold_matched, "n_gold": self.n_gold}


ROLE_ROWS = (*ROLES, "all")


@dataclass(slots=True)
class Scores:
    """Counts summed over documents; `to_dict()` gives every figure with its counts."""

    docs: int = 0
    exact: dict[str, ExactCounts] = field(
        default_factory=lambda: {row: ExactCounts() for row in ROLE_ROWS}
    )
    overlap: dict[str, OverlapCounts] = field(
        default_factory=lambda: {row: OverlapCounts() for row in ROLE_ROWS}
    )
    attribution: MatchCounts = field(default_factory=MatchCounts)
    direct: DirectCounts = field(default_factory=DirectCounts)

    def add(self, other: Scores) -> None:
        """Another set of documents' counts added to these (the scores of both sets)."""
        self.docs += other.docs
        for row in ROLE_ROWS:
            self.exact[row].add(other.exact[row])
            self.overlap[row].add(other.overlap[row])
        self.attribution.add(other.attribution)
        self.direct.add(other.direct)

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "gold_attributions": self.attribution.n_gold,
            "pred_attributions": self.attribution.n_pred,
            "roles": {
                row: {"exact": self.exact[row].to_dict(), "overlap": self.overlap[row].to_dict()}
                for row in ROLE_ROWS
            },
            "attribution": self.attribution.to_dict(),
            "direct": self.direct.to_dict(),
        }


def _anchored(pred: _Normalised, gold: _Normalised) -> bool:
    # Citron anchors a prediction to a gold item by overlapping cues; where either side
    # has no cue, overlapping content stands in.
    if pred.roles["cue"] and gold.roles["cue"]:
        return not pred.positions["cue"].isdisjoint(gold.positions["cue"])
    return not pred.positions["content"].isdisjoint(gold.positions["content"])


def _add_exact(
    counts: ExactCounts,
    preds: Sequence[_Normalised],
    golds: Sequence[_Normalised],
    same: Any,
) -> None:
    """Citron's counting: TP/FP per prediction, FN per gold item; not one-to-one."""
    for pred in preds:
        if any(same(pred, gold) for gold in golds):
            counts.tp += 1
        else:
            counts.fp += 1
    for gold in golds:
        if not any(same(pred, gold) for pred in preds):
            counts.fn += 1


def _exact_role(scores: Scores, preds: Sequence[_Normalised], golds: Sequence[_Normalised]) -> None:
    cue_preds = [p for p in preds if p.roles["cue"]]
    cue_golds = [g for g in golds if g.roles["cue"]]
    _add_exact(scores.exact["cue"], cue_preds, cue_golds,
               lambda p, g: p.roles["cue"] == g.roles["cue"])
    for role in ("source", "content"):
        _add_exact(scores.exact[role], preds, golds,
                   lambda p, g, role=role: p.roles[role] == g.roles[role] and _anchored(p, g))
    _add_exact(scores.exact["all"], preds, golds, lambda p, g: p.roles == g.roles)


def _overlap(scores: Scores, preds: Sequence[_Normalised], golds: Sequence[_Normalised]) -> None:
    for role in ROLES:
        pred_tokens = frozenset().union(*(p.positions[role] for p in preds))
        gold_tokens = frozenset().union(*(g.positions[role] for g in golds))
        counts = OverlapCounts(len(pred_tokens & gold_tokens), len(pred_tokens), len(gold_tokens))
        scores.overlap[role].add(counts)
        scores.overlap["all"].add(counts)


def match_one_to_one(
    preds: Sequence[_Normalised], golds: Sequence[_Normalised]
) -> list[tuple[int, int]]:
    """(pred, gold) index pairs: greedy by shared content tokens, largest first.

    A pair is a candidate when contents share a token and sources share a token (or
    neither side has a source). Ties go to the earlier gold item, then prediction.
    """
    candidates = []
    for p_index, pred in enumerate(preds):
        for g_index, gold in enumerate(golds):
            shared = len(pred.positions["content"] & gold.positions["content"])
            if not shared:
                continue
            pred_source, gold_source = pred.positions["source"], gold.positions["source"]
            if (pred_source or gold_source) and pred_source.isdisjoint(gold_source):
                continue
            candidates.append((-shared, g_index, p_index))
    candidates.sort()
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, g_index, p_index in candidates:
        if p_index in used_pred or g_index in used_gold:
            continue
        used_pred.add(p_index)
        used_gold.add(g_index)
        pairs.append((p_index, g_index))
    return pairs


def matched_predictions(
    text: str, gold: Sequence[Attribution], pred: Sequence[Attribution]
) -> set[int]:
    """Indices of the predictions that the end-to-end score matches to a gold relation."""
    index = TokenIndex(text)
    golds = [_Normalised.of(item, index) for item in gold]
    preds = [_Normalised.of(item, index) for item in pred]
    return {p for p, _ in match_one_to_one(preds, golds)}


def _end_to_end(scores: Scores, preds: Sequence[_Normalised], golds: Sequence[_Normalised]) -> None:
    pairs = match_one_to_one(preds, golds)
    scores.attribution.matched += len(pairs)
    scores.attribution.n_pred += len(preds)
    scores.attribution.n_gold += len(golds)
    scores.direct.n_pred += sum(p.direct for p in preds)
    scores.direct.n_gold += sum(g.direct for g in golds)
    scores.direct.pred_matched += sum(preds[p].direct for p, _ in pairs)
    scores.direct.gold_matched += sum(golds[g].direct for _, g in pairs)


def score_document(
    scores: Scores, text: str, gold: Sequence[Attribution], pred: Sequence[Attribution]
) -> None:
    """Add one document's counts to `scores`."""
    index = TokenIndex(text)
    golds = [_Normalised.of(item, index) for item in gold]
    preds = [_Normalised.of(item, index) for item in pred]
    scores.docs += 1
    _exact_role(scores, preds, golds)
    _overlap(scores, preds, golds)
    _end_to_end(scores, preds, golds)


def score(
    documents: Sequence[Document], predictions: Mapping[str, Sequence[Attribution]]
) -> Scores:
    """Score predictions (by document id) against the gold documents.

    A gold document missing from `predictions` counts as one with no predictions;
    predictions for documents not in gold are ignored.
    """
    scores = Scores()
    for document in documents:
        score_document(scores, document.text, document.attributions,
                       predictions.get(document.id, ()))
    return scores
