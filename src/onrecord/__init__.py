"""onrecord: who said what, where and when, from news articles."""

import logging

from .extract import extract, extract_article, extract_many
from .model import (
    Article,
    CharSpan,
    ExtractionResult,
    Interpretation,
    Problem,
    Recipient,
    SaidOn,
    Speaker,
    Statement,
    Venue,
)

__all__ = [
    "Article",
    "CharSpan",
    "ExtractionResult",
    "Interpretation",
    "Problem",
    "Recipient",
    "SaidOn",
    "Speaker",
    "Statement",
    "Venue",
    "extract",
    "extract_article",
    "extract_many",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
