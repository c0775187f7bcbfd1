"""How far PolNeAR's own annotators agree, under the same scorer as onrecord's predictions.

A few PolNeAR articles were marked by several annotators (each `.ann` file is one
annotator's reading). `read_polnear` takes the first file by name as gold; scoring every
other annotator's reading against that file, exactly as predictions are scored, gives the
figures a second trained person reaches on the same yardstick: a ceiling of sorts for any
system scored against that gold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .attribution import Attribution, Document
from .brat import annotation_files_for, read_ann, read_corpus_file, split_text_files
from .paragraph_spans import ParagraphSpanScores, score_paragraph_spans
from .scorer import Scores, score, score_document

Readings = Mapping[str, tuple[Attribution, ...]]


@dataclass(frozen=True, slots=True)
class MultiplyAnnotated:
    """One article and each annotator's reading of it, annotators in file-name order
    (the first is the one `read_polnear` takes as gold)."""

    id: str
    text: str
    readings: Readings

    @property
    def gold_annotator(self) -> str:
        return next(iter(self.readings))

    @property
    def gold(self) -> tuple[Attribution, ...]:
        return self.readings[self.gold_annotator]


def read_multiply_annotated(directory: str | Path) -> list[MultiplyAnnotated]:
    """The articles of one PolNeAR split that more than one annotator marked, by id."""
    text_paths, ann_dir = split_text_files(directory)
    articles = []
    for text_path in text_paths:
        doc_id = text_path.stem
        files = annotation_files_for(doc_id, ann_dir)
        if len(files) < 2:
            continue
        text = read_corpus_file(text_path)
        readings = {path.stem.rsplit("_", 1)[1]: read_ann(read_corpus_file(path), text)[0]
                    for path in files}
        articles.append(MultiplyAnnotated(doc_id, text, readings))
    return articles


def against_gold(
    articles: Iterable[MultiplyAnnotated], *, annotator: str | None = None
) -> Scores:
    """Every further annotator's reading (or only `annotator`'s) scored against each
    article's gold reading, counts summed over articles and annotators."""
    scores = Scores()
    for article in articles:
        for name, reading in article.readings.items():
            if name == article.gold_annotator or annotator not in (None, name):
                continue
            score_document(scores, article.text, article.gold, reading)
    return scores


def spans_against_gold(
    articles: Iterable[MultiplyAnnotated], *, annotator: str | None = None
) -> ParagraphSpanScores:
    """As `against_gold`, span by span per paragraph (CofeNet's yardstick,
    `paragraph_spans.py`)."""
    scores = ParagraphSpanScores()
    for article in articles:
        for name, reading in article.readings.items():
            if name == article.gold_annotator or annotator not in (None, name):
                continue
            scores.add_document(article.text, article.gold, reading)
    return scores


def predictions_against_gold(
    articles: Iterable[MultiplyAnnotated],
    predictions: Mapping[str, Sequence[Attribution]],
) -> Scores:
    """Predictions (by article id) scored against the same gold readings; an article
    without predictions counts as one with none."""
    return score([Document(a.id, a.text, a.gold) for a in articles], predictions)


def predicted_spans_against_gold(
    articles: Iterable[MultiplyAnnotated],
    predictions: Mapping[str, Sequence[Attribution]],
) -> ParagraphSpanScores:
    """As `predictions_against_gold`, span by span per paragraph."""
    return score_paragraph_spans([Document(a.id, a.text, a.gold) for a in articles],
                                 predictions)


HEADLINE = ("source", "cue", "content", "attribution", "direct")
SPAN_HEADLINE = ("source", "cue", "content")


def headline(scores: Scores) -> dict[str, float]:
    """Exact F1 per role, end-to-end F1 and direct-quote F1: the issue's five figures."""
    figures = scores.to_dict()
    roles = figures["roles"]
    return {
        "source": roles["source"]["exact"]["f1"],
        "cue": roles["cue"]["exact"]["f1"],
        "content": roles["content"]["exact"]["f1"],
        "attribution": figures["attribution"]["f1"],
        "direct": figures["direct"]["f1"],
    }


def span_headline(scores: ParagraphSpanScores) -> dict[str, float]:
    """Exact span F1 per role, paragraph by paragraph: the figures CofeNet published."""
    figures = scores.to_dict()
    return {role: figures[role]["f1"] for role in SPAN_HEADLINE}
