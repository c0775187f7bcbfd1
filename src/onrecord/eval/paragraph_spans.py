"""Score attributions as CofeNet scored them: spans of each role, paragraph by paragraph.

Issue 3's targets were set from CofeNet's published PolNeAR figures (COLING 2022). Its
evaluation does not score relations. Each paragraph of an article (a line of the text
file, the title included) is one instance. Every token in it carries one label: B-/I- of
source, cue or content, or O. The score is the exact match of the spans that those labels
spell, per role, summed over paragraphs: a span is right when the same role covers the
same tokens in the same paragraph, whichever relation it belongs to.

This module re-implements that yardstick on the common format, so that onrecord, the
gold and the annotators can be set beside CofeNet's figures on its own terms:

* tokens are those of the reference scorer (`\\w+|[^\\w\\s]`), fragments stripped of
  whitespace and widened to the tokens they touch (`scorer.TokenIndex`);
* a role's fragments that share a token join (one label per token cannot show both);
  fragments that only touch stay apart, as a B- label starts the second;
* a token claimed by two roles takes one, cue before source before content (the inner
  roles of a nested relation, as a single label sequence would show them). PolNeAR's own
  gold never needs this: no token of dev is in two roles;
* a span that runs over a paragraph break is two spans, one per paragraph.

Counts are true positives, false positives and false negatives of spans, summed over
paragraphs and documents (CofeNet's binary F1 over the same lists). Unlike CofeNet, which
reads at most 300 word pieces of a paragraph, every token of every paragraph is scored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from .attribution import ROLES, Attribution, Document, Range
from .scorer import ExactCounts, TokenIndex, add_counts

# A token two roles claim takes the first of them.
ROLE_PRIORITY = ("cue", "source", "content")

Span = tuple[int, int, int]  # (paragraph, first token, token after the last)


def paragraph_ranges(text: str) -> list[Range]:
    """The character range of each line of `text` that holds more than whitespace."""
    ranges = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            ranges.append((start, start + len(line)))
        start += len(line) + 1
    return ranges


def _paragraph_of_tokens(index: TokenIndex, paragraphs: Sequence[Range]) -> list[int]:
    """The paragraph number of each token (a token cannot cross a line break)."""
    owner = [-1] * len(index.starts)
    for number, (start, end) in enumerate(paragraphs):
        tokens = index.fragment_tokens(start, end)
        if tokens is not None:
            owner[tokens[0]:tokens[1]] = [number] * (tokens[1] - tokens[0])
    return owner


def _joined(fragments: list[Range]) -> list[Range]:
    """Token ranges sorted, those that share a token joined; touching ones stay apart."""
    joined: list[list[int]] = []
    for start, end in sorted(fragments):
        if joined and start < joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    return [(start, end) for start, end in joined]


def role_spans(
    text: str, attributions: Sequence[Attribution], index: TokenIndex | None = None
) -> dict[str, set[Span]]:
    """The spans per role that one label per token spells out for these attributions."""
    index = index if index is not None else TokenIndex(text)
    paragraph_of = _paragraph_of_tokens(index, paragraph_ranges(text))
    claimed: set[int] = set()
    spans: dict[str, set[Span]] = {role: set() for role in ROLES}
    for role in ROLE_PRIORITY:
        fragments = [tokens for attribution in attributions
                     for start, end in attribution.role(role)
                     if (tokens := index.fragment_tokens(start, end)) is not None]
        ranges = _joined(fragments)
        for start, end in ranges:
            run_start: int | None = None
            for token in range(start, end + 1):
                inside = token < end and token not in claimed
                if (run_start is not None
                        and (not inside or paragraph_of[token] != paragraph_of[run_start])):
                    spans[role].add((paragraph_of[run_start], run_start, token))
                    run_start = None
                if inside and run_start is None:
                    run_start = token
        for start, end in ranges:
            claimed.update(range(start, end))
    return spans


@dataclass(slots=True)
class SpanErrors:
    """What the wrong spans of one role are: a gold span that no predicted span touches
    is missed, a predicted span that touches no gold span spurious; the others on either
    side share words with a span across and differ in their edges."""

    fn_missed: int = 0
    fn_edges: int = 0
    fp_edges: int = 0
    fp_spurious: int = 0

    def add(self, other: SpanErrors) -> None:
        add_counts(self, other)

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def _by_paragraph(spans: set[Span]) -> dict[int, list[Span]]:
    grouped: dict[int, list[Span]] = {}
    for span in spans:
        grouped.setdefault(span[0], []).append(span)
    return grouped


def _touches(span: Span, others: dict[int, list[Span]]) -> bool:
    """Whether a span shares a token with any of `others` (grouped by paragraph)."""
    paragraph, start, end = span
    return any(other[1] < end and start < other[2] for other in others.get(paragraph, ()))


def _edges_and_lone(wrong: set[Span], across: set[Span]) -> tuple[int, int]:
    """How many wrong spans share a token with a span on the other side (other edges)
    and how many share none (missed, or spurious)."""
    near = _by_paragraph(across)
    edges = sum(_touches(span, near) for span in wrong)
    return edges, len(wrong) - edges


@dataclass(slots=True)
class ParagraphSpanScores:
    """Span counts per role, summed over documents; `to_dict()` gives P/R/F1, the counts
    and what the wrong spans are."""

    docs: int = 0
    roles: dict[str, ExactCounts] = field(
        default_factory=lambda: {role: ExactCounts() for role in ROLES})
    errors: dict[str, SpanErrors] = field(
        default_factory=lambda: {role: SpanErrors() for role in ROLES})

    def add_document(
        self, text: str, gold: Sequence[Attribution], pred: Sequence[Attribution]
    ) -> None:
        index = TokenIndex(text)
        gold_spans = role_spans(text, gold, index)
        pred_spans = role_spans(text, pred, index)
        self.docs += 1
        for role in ROLES:
            gold_set, pred_set = gold_spans[role], pred_spans[role]
            counts, errors = self.roles[role], self.errors[role]
            counts.tp += len(gold_set & pred_set)
            counts.fn += len(gold_set - pred_set)
            counts.fp += len(pred_set - gold_set)
            edges, missed = _edges_and_lone(gold_set - pred_set, pred_set)
            errors.fn_edges += edges
            errors.fn_missed += missed
            edges, spurious = _edges_and_lone(pred_set - gold_set, gold_set)
            errors.fp_edges += edges
            errors.fp_spurious += spurious

    def add(self, other: ParagraphSpanScores) -> None:
        """Another set of documents' counts added to these."""
        self.docs += other.docs
        for role in ROLES:
            self.roles[role].add(other.roles[role])
            self.errors[role].add(other.errors[role])

    def to_dict(self) -> dict[str, Any]:
        return {"docs": self.docs,
                **{role: {**self.roles[role].to_dict(), **self.errors[role].to_dict()}
                   for role in ROLES}}


def score_paragraph_spans(
    documents: Sequence[Document], predictions: Mapping[str, Sequence[Attribution]]
) -> ParagraphSpanScores:
    """Predictions (by document id) against the gold documents, span by span; a gold
    document without predictions counts as one with none."""
    scores = ParagraphSpanScores()
    for document in documents:
        scores.add_document(document.text, document.attributions,
                            predictions.get(document.id, ()))
    return scores
