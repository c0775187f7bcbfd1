"""Bootstrap intervals over documents, and the scores that resamples add up."""

from __future__ import annotations

import pytest

from onrecord.eval.attribution import Attribution, Document
from onrecord.eval.intervals import INTERVAL_FIGURES, bootstrap_interval, document_intervals
from onrecord.eval.paragraph_spans import ParagraphSpanScores
from onrecord.eval.scorer import Scores, score, score_document

BRIDGE = "Mayor Ana Velt said that the bridge would reopen soon. Critics argued it was late."
BUDGET = '"We will balance it," the treasurer told the council.\n\nNo one else spoke.'


def at(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def relation(text: str, content: str, cue: str, source: str) -> Attribution:
    return Attribution(content=(at(text, content),), cue=(at(text, cue),),
                       source=(at(text, source),))


DOCUMENTS = [
    Document("bridge", BRIDGE, (
        relation(BRIDGE, "that the bridge would reopen soon", "said", "Mayor Ana Velt"),
        relation(BRIDGE, "it was late", "argued", "Critics"),
    )),
    Document("budget", BUDGET, (
        relation(BUDGET, '"We will balance it,"', "told", "the treasurer"),
    )),
]
# Right on the bridge article (one relation of two, one with a short content), nothing
# on the budget article.
PREDICTIONS = {"bridge": (
    relation(BRIDGE, "the bridge would reopen soon", "said", "Mayor Ana Velt"),
)}


def test_scores_of_documents_add_up_to_the_scores_of_them_together():
    together = score(DOCUMENTS, PREDICTIONS)
    added = Scores()
    spans_added, spans_together = ParagraphSpanScores(), ParagraphSpanScores()
    for document in DOCUMENTS:
        one = Scores()
        predicted = PREDICTIONS.get(document.id, ())
        score_document(one, document.text, document.attributions, predicted)
        added.add(one)
        spans_one = ParagraphSpanScores()
        spans_one.add_document(document.text, document.attributions, predicted)
        spans_added.add(spans_one)
        spans_together.add_document(document.text, document.attributions, predicted)
    assert added.to_dict() == together.to_dict()
    assert spans_added.to_dict() == spans_together.to_dict()
    assert together.to_dict()["attribution"]["matched"] == 1


def test_a_perfect_reading_has_a_point_interval_and_none_a_zero_one():
    perfect = {d.id: d.attributions for d in DOCUMENTS}
    intervals = document_intervals(DOCUMENTS, perfect, resamples=50)
    assert set(intervals) == set(INTERVAL_FIGURES)
    assert all(bounds == (1.0, 1.0) for name, bounds in intervals.items()
               if name != "direct.f1")
    # A resample of the bridge article alone has no quotation to find: its direct F1 is
    # 0 by the scorer's convention for an empty count.
    assert intervals["direct.f1"] == (0.0, 1.0)
    # Only one of two articles found: resamples of two articles hold it twice, once or not
    # at all, so end to end runs from 0 to the articles-alike figure.
    half = {"bridge": DOCUMENTS[0].attributions}
    low, high = document_intervals(DOCUMENTS, half, resamples=200)["attribution.f1"]
    assert low == 0.0 and high == 1.0


def test_intervals_are_seeded_and_ordered():
    first = document_intervals(DOCUMENTS, PREDICTIONS, resamples=40, seed=5)
    assert first == document_intervals(DOCUMENTS, PREDICTIONS, resamples=40, seed=5)
    for low, high in first.values():
        assert 0.0 <= low <= high <= 1.0


def test_a_bootstrap_needs_items_resamples_and_a_level():
    with pytest.raises(ValueError):
        bootstrap_interval([], len, figures=lambda n: {"n": n})
    with pytest.raises(ValueError):
        bootstrap_interval([1], len, figures=lambda n: {"n": n}, resamples=0)
    with pytest.raises(ValueError):
        bootstrap_interval([1], len, figures=lambda n: {"n": n}, level=1.0)
    # Every resample of one item is that item.
    assert bootstrap_interval([7], sum, figures=lambda total: {"sum": total}) == {
        "sum": (7, 7)}
