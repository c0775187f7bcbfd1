"""Run onrecord over a corpus, score it, and time it against the bare spaCy pipeline.

Both pipelines are called the same way, once per document, on the same texts in the same
run; the two calls for a document are made back to back, so a busy machine slows both
sides alike and the ratio stays meaningful even when the absolute speeds do not.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .attribution import Attribution, Document
from .conventions import document_in_corpus_convention
from .intervals import document_intervals
from .paragraph_spans import ParagraphSpanScores, score_paragraph_spans
from .scorer import Scores, score

_FIRST_PERSON = frozenset({"i", "we"})
_WARM_UP_TEXT = 'The mayor said on Monday that the bridge would reopen. "It is safe," she said.'


@dataclass(frozen=True, slots=True)
class Failure:
    doc: str
    message: str


@dataclass(slots=True)
class EvalReport:
    """Scores, predictions and timings of one evaluation run."""

    corpus: str
    scores: Scores
    predictions: dict[str, tuple[Attribution, ...]]
    failures: list[Failure] = field(default_factory=list)
    onrecord_seconds: float = 0.0
    spacy_seconds: float | None = None
    spacy_pipeline: str = ""
    model: str = "fast"
    # The same predictions span by span, paragraph by paragraph: CofeNet's yardstick.
    paragraph_spans: ParagraphSpanScores | None = None
    # 95% intervals of the headline figures over resamples of the documents, if asked for.
    intervals: dict[str, tuple[float, float]] | None = None
    resamples: int = 0

    def speed(self) -> dict[str, Any]:
        docs = self.scores.docs
        onrecord_rate = docs / self.onrecord_seconds if self.onrecord_seconds else 0.0
        spacy_rate = None
        if self.spacy_seconds:
            spacy_rate = docs / self.spacy_seconds
        return {
            "onrecord_docs_per_s": onrecord_rate,
            "spacy_docs_per_s": spacy_rate,
            "ratio": onrecord_rate / spacy_rate if spacy_rate else None,
            "onrecord_seconds": self.onrecord_seconds,
            "spacy_seconds": self.spacy_seconds,
            "spacy_pipeline": self.spacy_pipeline,
            "calling_pattern": "one call per document",
        }

    def to_dict(self) -> dict[str, Any]:
        figures = self.scores.to_dict()
        return {
            "corpus": self.corpus,
            "model": self.model,
            **figures,
            "paragraph_spans": (self.paragraph_spans.to_dict()
                                if self.paragraph_spans is not None else None),
            "intervals": ({"level": 0.95, "resamples": self.resamples,
                           "figures": {name: list(bounds)
                                       for name, bounds in self.intervals.items()}}
                          if self.intervals is not None else None),
            "failed_docs": [{"doc": f.doc, "message": f.message} for f in self.failures],
            "speed": self.speed(),
        }

    def prediction_lines(self) -> list[dict[str, Any]]:
        """The predictions as the common JSONL format, one object per document."""
        return [
            {"doc": doc, "attributions": [item.to_dict() for item in attributions]}
            for doc, attributions in self.predictions.items()
        ]


def _bare_spacy(name: str) -> Any:
    import spacy

    return spacy.load(name)


def predict_document(
    document: Document, *, model: str = "fast"
) -> tuple[tuple[Attribution, ...], str | None]:
    """onrecord's relations for one document, in corpus conventions, and a failure message."""
    from ..extract import extract_article
    from ..ingest.text import article_from_text

    try:
        article = article_from_text(document.text, path=document.id + ".txt")
        result = extract_article(article, model=model)
    except Exception as error:  # noqa: BLE001  one document must not stop the run
        return (), f"{type(error).__name__}: {error}"
    failed = [p.message for p in result.problems if p.code == "nlp_failed"]
    # PolNeAR marks a speaker's `I think …` inside their own quotation as a relation of
    # its own; onrecord's record keeps it as part of the quotation (`result.restated`).
    # Only the first-person ones: on held-out train articles they added right relations
    # (one set +0.9 points end to end, two level), where all restated ones cost a third set.
    first_person = tuple(s for s in result.restated
                         if s.source is not None and s.source.text.lower() in _FIRST_PERSON)
    statements = sorted(result.statements + first_person,
                        key=lambda s: (s.content[0].start, s.content[0].end))
    predictions = document_in_corpus_convention(document.text, statements)
    return predictions, ("; ".join(failed) if failed else None)


def run_evaluation(
    documents: Sequence[Document],
    *,
    corpus: str = "",
    compare_spacy: bool = True,
    on_document: Callable[[Document], None] | None = None,
    model: str = "fast",
    bootstrap: int = 0,
) -> EvalReport:
    """Extract from every document, score against its gold relations, time both pipelines;
    with `bootstrap` resamples of the documents, 95% intervals of the headline figures."""
    from ..extract import extract_article
    from ..ingest.text import article_from_text
    from ..nlp.pipeline import ENGLISH_PIPELINE

    bare = _bare_spacy(ENGLISH_PIPELINE) if compare_spacy else None
    # Warm up: load the onrecord pipeline and let both allocate before anything is timed.
    extract_article(article_from_text(_WARM_UP_TEXT), model=model)
    if bare is not None:
        bare(_WARM_UP_TEXT)
    predictions: dict[str, tuple[Attribution, ...]] = {}
    failures: list[Failure] = []
    onrecord_seconds = 0.0
    spacy_seconds = 0.0
    for document in documents:
        if bare is not None:
            started = time.perf_counter()
            bare(document.text)
            spacy_seconds += time.perf_counter() - started
        started = time.perf_counter()
        predicted, failure = predict_document(document, model=model)
        onrecord_seconds += time.perf_counter() - started
        predictions[document.id] = predicted
        if failure is not None:
            failures.append(Failure(document.id, failure))
        if on_document is not None:
            on_document(document)
    return EvalReport(
        corpus=corpus,
        scores=score(documents, predictions),
        predictions=predictions,
        failures=failures,
        onrecord_seconds=onrecord_seconds,
        spacy_seconds=spacy_seconds if bare is not None else None,
        spacy_pipeline=ENGLISH_PIPELINE,
        model=model,
        paragraph_spans=score_paragraph_spans(documents, predictions),
        intervals=(document_intervals(documents, predictions, resamples=bootstrap)
                   if bootstrap > 0 else None),
        resamples=bootstrap,
    )
