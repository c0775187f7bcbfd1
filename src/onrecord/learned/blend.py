"""Two taggers read as one: the vector tagger with the fine-tuned span tagger.

The vector tagger reads spaCy's parse, entities and token vectors in milliseconds; the
fine-tuned MiniLM reads words, for about a third of a second per article. Where both read
a token, their cue, source and content probabilities are averaged before decoding, so
each corrects the other where it is unsure; the vector tagger's statement filter then
takes its last look at every relation (`nlp/statement_filter.py`).

The accurate mode has the span tagger read every window of the article. The fast mode
has it read only the windows where the vector tagger hesitates over a cue (a cue
probability in the doubtful middle), at most a fixed share of the article's windows, the
most doubtful first: most sentences are plain for the network, and the encoder's cost
follows the windows it reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..nlp.candidates import Candidate
from ..nlp.statement_filter import ROLE_PROBABILITIES
from .features import DocView
from .pieces import OUTSIDE
from .span_model import SpanModel, candidates_from_probabilities
from .vector_tagger import VectorTagger

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The vector tagger's share of the average. On the 60 held-out train articles (both
# models trained on the other 780), end-to-end F1 of the accurate mode was 0.745 alone,
# 0.749 at 0.3, 0.750 at 0.4 and 0.749 at 0.5; exact source, cue and content rose by 1.4,
# 0.6 and 0.6 points at 0.4 (docs/model.md).
COMPANION_WEIGHT = 0.4
# The fast mode's span tagger: the windows holding a token whose cue probability lies
# within DOUBT of one half, at most FAST_SHARE of the article's windows (at least one).
# Chosen on held-out train articles (docs/model.md, "Sixteenth session").
DOUBT = 0.4
FAST_SHARE = 0.1
# A blended cue counts from this mean probability (one holding a speech or belief verb
# from KNOWN_CUE_CONFIDENCE): the span tagger's cues are surer than the network's alone,
# and the filter weighs the rest.
MIN_CONFIDENCE = 0.6
KNOWN_CUE_CONFIDENCE = 0.5


class BlendedModel:
    """`network` everywhere, averaged with `tagger` on the windows it reads: every window
    at `share` 1.0, else the doubtful ones, at most `share` of them."""

    def __init__(self, network: VectorTagger, tagger: SpanModel, share: float = 1.0,
                 doubt: float = DOUBT, weight: float = COMPANION_WEIGHT) -> None:
        if not 0.0 <= share <= 1.0:
            raise ValueError(f"the span tagger's share must lie in [0, 1], not {share}")
        if not 0.0 <= doubt <= 0.5:
            raise ValueError(f"the doubt margin must lie in [0, 0.5], not {doubt}")
        if not 0.0 <= weight <= 1.0:
            raise ValueError(f"the network's weight must lie in [0, 1], not {weight}")
        self.network = network
        self.tagger = tagger
        self.share = share
        self.doubt = doubt
        self.weight = weight
        self.meta = network.meta
        self.combine = network.combine
        self.statement_filter = network.statement_filter
        self.version = f"{network.version}+{tagger.version}"
        self.read_share = 0.0  # of the last article: the tokens the span tagger read

    @property
    def reads_every_window(self) -> bool:
        return self.share >= 1.0

    def windows_to_read(self, probabilities: np.ndarray) -> Callable[[list[int], int], list[int]]:
        """The choice of windows for `SpanModel.windowed_probabilities`: those holding a
        doubtful cue token, the most doubtful first, at most `share` of them (at least one)."""
        certainty = np.abs((1.0 - probabilities[:, 0, OUTSIDE]) - 0.5)

        def choose(owners: list[int], window_count: int) -> list[int]:
            least: dict[int, float] = {}
            for token, owner in enumerate(owners):
                if owner >= 0 and certainty[token] < self.doubt:
                    least[owner] = min(least.get(owner, 1.0), float(certainty[token]))
            allowed = max(1, int(self.share * window_count + 0.5))
            return sorted(least, key=lambda window: (least[window], window))[:allowed]

        return choose

    def predict(self, doc: Doc, rules: Sequence[Candidate] = ()) -> list[Candidate]:
        self.read_share = 0.0
        if len(doc) == 0:
            return []
        words = [t.text for t in doc]
        if not self.network.fits(doc):
            if not self.reads_every_window:
                return []  # the fast mode: the rules alone, as without a model
            # The span tagger reads words and runs anywhere; the filter, fitted on the
            # network's probabilities, has none to read here.
            self.read_share = 1.0
            found = self.tagger.predict(doc)
            doc.user_data.pop(ROLE_PROBABILITIES, None)
            return found
        view = DocView.from_doc(doc)
        probabilities = self.network.role_probabilities(doc, view, rules)
        if self.reads_every_window:
            tagged = self.tagger.role_probabilities(words)
            read = np.ones(len(doc), dtype=bool)
        else:
            tagged, read = self.tagger.windowed_probabilities(
                words, self.windows_to_read(probabilities))
        if read.any():
            probabilities[read] = ((1.0 - self.weight) * tagged[read]
                                   + self.weight * probabilities[read])
            self.read_share = float(read.sum()) / len(doc)
        return candidates_from_probabilities(doc, view, probabilities, MIN_CONFIDENCE,
                                             KNOWN_CUE_CONFIDENCE)
