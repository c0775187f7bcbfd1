"""Two taggers read as one: the accurate mode's span tagger with the fast mode's network.

The fine-tuned MiniLM reads words; the vector tagger reads spaCy's parse, entities and
token vectors. Their per-token cue, source and content probabilities are averaged before
decoding, so each corrects the other where it is unsure. The network costs milliseconds
beside the encoder's half second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.candidates import Candidate
from .features import DocView
from .span_model import SpanModel, candidates_from_probabilities
from .vector_tagger import VectorTagger

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The vector tagger's share of the average. On the 60 held-out train articles (both
# models trained on the other 780), end-to-end F1 of the accurate mode was 0.745 alone,
# 0.749 at 0.3, 0.750 at 0.4 and 0.749 at 0.5; exact source, cue and content rose by 1.4,
# 0.6 and 0.6 points at 0.4 (docs/model.md).
COMPANION_WEIGHT = 0.4


class BlendedModel:
    """`primary`'s probabilities averaged with `companion`'s (weight `weight`); where a
    Doc has no token vectors the companion can read, `primary` alone."""

    def __init__(self, primary: SpanModel, companion: VectorTagger,
                 weight: float = COMPANION_WEIGHT) -> None:
        if not 0.0 <= weight <= 1.0:
            raise ValueError(f"the companion's weight must lie in [0, 1], not {weight}")
        self.primary = primary
        self.companion = companion
        self.weight = weight
        self.meta = primary.meta
        # The blend reads the companion's probabilities, not its statement filter (fitted
        # on the fast mode's relations alone).
        self.version = f"{primary.version}+{companion.network_version}"
        self.combine = primary.combine

    def predict(self, doc: Doc) -> list[Candidate]:
        if len(doc) == 0:
            return []
        view = DocView.from_doc(doc)
        probabilities = self.primary.role_probabilities([t.text for t in doc])
        if self.weight > 0.0 and self.companion.fits(doc):
            probabilities = ((1.0 - self.weight) * probabilities
                             + self.weight * self.companion.role_probabilities(doc, view))
        return candidates_from_probabilities(doc, view, probabilities)
