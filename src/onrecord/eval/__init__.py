"""Evaluation against hand-annotated corpora (PolNeAR in brat standoff): the yardstick
behind `onrecord eval`. Standard library only; the extractor is imported lazily by the
runner, so the reader and scorer work without spaCy."""

from .attribution import Attribution, Document
from .brat import read_ann, read_polnear
from .conventions import statement_to_attribution
from .scorer import Scores, score

__all__ = [
    "Attribution",
    "Document",
    "Scores",
    "read_ann",
    "read_polnear",
    "score",
    "statement_to_attribution",
]
