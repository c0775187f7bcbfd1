"""Two taggers read as one: the accurate mode's span tagger with the fast mode's network.

The fine-tuned MiniLM reads words; the vector tagger reads spaCy's parse, entities and
token vectors. Their per-token cue, source and content probabilities are averaged before
decoding, so each corrects the other where it is unsure; the vector tagger's statement
filter then takes its last look at every relation (`nlp/statement_filter.py`). The network
costs milliseconds beside the encoder's third of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.candidates import Candidate
from ..nlp.statement_filter import ROLE_PROBABILITIES
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
# A blended cue counts from this mean probability (one holding a speech or belief verb
# from KNOWN_CUE_CONFIDENCE), and the filter weighs the rest: on held-out train articles
# (docs/model.md, "Sixteenth session") any bar up to 0.6 scored alike, the network's own
# 0.8 lower.
MIN_CONFIDENCE = 0.6
KNOWN_CUE_CONFIDENCE = 0.5


class BlendedModel:
    """`tagger`'s probabilities averaged with `network`'s (weight `weight`), decoded and
    filtered by the network's statement filter; where a Doc has no token vectors the
    network can read, `tagger` alone and unfiltered."""

    def __init__(self, network: VectorTagger, tagger: SpanModel,
                 weight: float = COMPANION_WEIGHT) -> None:
        if not 0.0 <= weight <= 1.0:
            raise ValueError(f"the network's weight must lie in [0, 1], not {weight}")
        self.network = network
        self.tagger = tagger
        self.weight = weight
        self.meta = tagger.meta
        self.combine = tagger.combine
        self.statement_filter = network.statement_filter
        self.version = f"{tagger.version}+{network.version}"

    def predict(self, doc: Doc) -> list[Candidate]:
        if len(doc) == 0:
            return []
        if not self.network.fits(doc):
            # The span tagger reads words and runs anywhere; the filter, fitted on the
            # network's probabilities, has none to read here.
            found = self.tagger.predict(doc)
            doc.user_data.pop(ROLE_PROBABILITIES, None)
            return found
        view = DocView.from_doc(doc)
        probabilities = ((1.0 - self.weight) * self.tagger.role_probabilities([t.text for t in doc])
                         + self.weight * self.network.role_probabilities(doc, view))
        return candidates_from_probabilities(doc, view, probabilities, MIN_CONFIDENCE,
                                             KNOWN_CUE_CONFIDENCE)
