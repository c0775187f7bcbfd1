"""How far a figure would move on another sample of articles: bootstrap intervals.

A dev split of 84 articles gives one end-to-end F1; another 84 articles of the same kind
would give another. Resampling the articles with replacement and scoring each resample
gives a percentile interval for every figure. The articles, not the relations, are the
sampling unit: relations in one article share a writer, a topic and a style, and are not
independent.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from .attribution import Attribution, Document
from .floors import figure_at
from .paragraph_spans import ParagraphSpanScores
from .scorer import Scores, score_document

T = TypeVar("T")

# The figures `onrecord eval --bootstrap` gives intervals for, as dotted paths into its
# report (the paths its floors use).
INTERVAL_FIGURES = (
    "attribution.f1",
    "direct.f1",
    "roles.source.exact.f1",
    "roles.cue.exact.f1",
    "roles.content.exact.f1",
    "paragraph_spans.source.f1",
    "paragraph_spans.cue.f1",
    "paragraph_spans.content.f1",
)


def bootstrap_interval(
    items: Sequence[T],
    scorer: Callable[[Sequence[T]], Any],
    *,
    figures: Callable[[Any], dict[str, float]],
    resamples: int = 200,
    seed: int = 0,
    level: float = 0.95,
) -> dict[str, tuple[float, float]]:
    """A percentile interval per figure that `figures` reads off `scorer`'s result for
    each resample of `items` (drawn with replacement, as many as there are items)."""
    if not items or resamples < 1:
        raise ValueError("a bootstrap needs items and at least one resample")
    if not 0.0 < level < 1.0:
        raise ValueError(f"the interval's level must lie in (0, 1), not {level}")
    draw = random.Random(seed)
    samples: dict[str, list[float]] = {}
    for _ in range(resamples):
        drawn = figures(scorer([draw.choice(items) for _ in items]))
        for name, value in drawn.items():
            samples.setdefault(name, []).append(value)
    tail = (1.0 - level) / 2.0
    interval = {}
    for name, values in samples.items():
        values.sort()
        interval[name] = (values[round(tail * (len(values) - 1))],
                          values[round((1.0 - tail) * (len(values) - 1))])
    return interval


def _report_figures(scored: tuple[Scores, ParagraphSpanScores]) -> dict[str, float]:
    relations, spans = scored
    report = {**relations.to_dict(), "paragraph_spans": spans.to_dict()}
    return {dotted: figure_at(report, dotted) for dotted in INTERVAL_FIGURES}


def document_intervals(
    documents: Sequence[Document],
    predictions: Mapping[str, Sequence[Attribution]],
    *,
    resamples: int = 200,
    seed: int = 0,
    level: float = 0.95,
) -> dict[str, tuple[float, float]]:
    """Intervals of `INTERVAL_FIGURES` for these predictions, resampling the documents.
    Each document is scored once; a resample adds up its documents' counts."""
    per_document = []
    for document in documents:
        relations, spans = Scores(), ParagraphSpanScores()
        predicted = predictions.get(document.id, ())
        score_document(relations, document.text, document.attributions, predicted)
        spans.add_document(document.text, document.attributions, predicted)
        per_document.append((relations, spans))

    def summed(sample: Sequence[tuple[Scores, ParagraphSpanScores]]):
        relations, spans = Scores(), ParagraphSpanScores()
        for document_relations, document_spans in sample:
            relations.add(document_relations)
            spans.add(document_spans)
        return relations, spans

    return bootstrap_interval(per_document, summed, figures=_report_figures,
                              resamples=resamples, seed=seed, level=level)
