"""Two taggers read as one: the fine-tuned span tagger with the fast mode's network.

The fine-tuned MiniLM reads words; the vector tagger reads spaCy's parse, entities and
token vectors. Their per-token cue, source and content probabilities are averaged before
decoding, so each corrects the other where it is unsure; the vector tagger's statement
filter then takes its last look at every relation (`nlp/statement_filter.py`).

The accurate mode (`BlendedModel`) has the span tagger read the whole article. The fast
mode (`GuidedModel`) has it read a few short passages only, centred on the tokens whose
cue the network is least sure of: most of an article is plain to the network, and the
encoder's cost follows the pieces it reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..nlp.candidates import Candidate
from ..nlp.statement_filter import ROLE_PROBABILITIES, StatementFilter
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
# A blended cue counts from this mean probability (one holding a speech or belief verb
# from KNOWN_CUE_CONFIDENCE), and the filter weighs the rest: on held-out train articles
# (docs/model.md, "Sixteenth session") any bar up to 0.6 scored alike, the network's own
# 0.8 lower.
MIN_CONFIDENCE = 0.6
KNOWN_CUE_CONFIDENCE = 0.5


def _averaged(tagged: np.ndarray, network: np.ndarray, weight: float) -> np.ndarray:
    """The two taggers' probabilities, the network's weighing `weight`: both blends' one
    way of joining them."""
    return (1.0 - weight) * tagged + weight * network


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
        self.statement_filter: StatementFilter | None
        if tagger.statement_filter is not None:
            # A filter fitted on this blend's own held-out relations (its version is in
            # the tagger's): the network's, fitted on the fast mode's, stays unused.
            self.statement_filter = tagger.statement_filter
            self.version = f"{tagger.version}+{network.network_version}"
        else:
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
        probabilities = _averaged(self.tagger.role_probabilities([t.text for t in doc]),
                                  self.network.role_probabilities(doc, view), self.weight)
        return candidates_from_probabilities(doc, view, probabilities, MIN_CONFIDENCE,
                                             KNOWN_CUE_CONFIDENCE)


# The fast mode's reading: up to GUIDED_PASSAGES passages of at most GUIDED_PIECES word
# pieces, each centred on a token whose cue probability lies within DOUBT of one half (the
# least sure first, a token already blended not again); only a passage's central half is
# blended, its edges having seen too little context. On two held-out sets of train
# articles three passages gained 1.1 and 0.8 points end to end, four 1.4 and 1.1
# (docs/model.md, "Seventeenth session"); with the span tagger in int8, four cost less
# than three did in float32 and gained 0.3 and 0.6 points over three, five or six no
# more ("Nineteenth session").
GUIDED_PASSAGES = 4
GUIDED_PIECES = 64
DOUBT = 0.4


class GuidedModel:
    """`network` everywhere, averaged with `tagger` (the network's weight `weight`) on
    short passages around the network's most doubtful cues; decoded as the accurate
    mode decodes, and filtered by the network's statement filter."""

    def __init__(self, network: VectorTagger, tagger: SpanModel,
                 passages: int = GUIDED_PASSAGES, pieces: int = GUIDED_PIECES,
                 doubt: float = DOUBT, weight: float = COMPANION_WEIGHT) -> None:
        if passages < 0:
            raise ValueError(f"the number of passages must not be negative, not {passages}")
        if pieces < 3:
            raise ValueError(f"a passage needs room for at least one piece, not {pieces}")
        if not 0.0 <= doubt <= 0.5:
            raise ValueError(f"the doubt margin must lie in [0, 0.5], not {doubt}")
        if not 0.0 <= weight <= 1.0:
            raise ValueError(f"the network's weight must lie in [0, 1], not {weight}")
        self.network = network
        self.tagger = tagger
        self.passages = passages
        self.pieces = pieces
        self.doubt = doubt
        self.weight = weight
        self.meta = network.meta
        self.combine = network.combine
        self.statement_filter = network.statement_filter
        # the network's filter judges here: the span tagger's (the accurate mode's) does not
        self.version = f"{network.version}+{tagger.tagger_version}"
        # Of the last article, for measurement only: the tokens whose probabilities were
        # blended (prediction does not read it, so a shared model stays safe to call).
        self.tokens_read = 0

    @property
    def reads_rules(self) -> bool:
        return self.network.reads_rules

    def passages_to_read(self, doc: Doc, probabilities: np.ndarray) -> list[tuple[int, int, int, int]]:
        """(start, end, blend_start, blend_end) token ranges: each passage grown around a
        doubtful cue token, one token at a time on both sides while it fits `pieces`
        (less the two markers), and the central half of it that is blended (reaching the
        article's edge where the passage does)."""
        certainty = np.abs((1.0 - probabilities[:, 0, OUTSIDE]) - 0.5)
        order = np.argsort(certainty, kind="stable")
        budget = self.pieces - 2
        counts: dict[int, int] = {}

        def count(token: int) -> int:
            if token not in counts:
                counts[token] = self.tagger.piece_count(doc[token].text)
            return counts[token]

        blended = np.zeros(len(doc), dtype=bool)
        chosen: list[tuple[int, int, int, int]] = []
        for token in (int(t) for t in order):
            if len(chosen) >= self.passages or certainty[token] >= self.doubt:
                break
            if blended[token]:
                continue
            start, end, used = token, token + 1, count(token)
            grew = True
            while grew:
                grew = False
                if start > 0 and used + count(start - 1) <= budget:
                    start -= 1
                    used += count(start)
                    grew = True
                if end < len(doc) and used + count(end) <= budget:
                    used += count(end)
                    end += 1
                    grew = True
            quarter = (end - start) // 4
            blend_start = start if start == 0 else start + quarter
            blend_end = end if end == len(doc) else end - quarter
            blended[blend_start:blend_end] = True
            chosen.append((start, end, blend_start, blend_end))
        return chosen

    def predict(self, doc: Doc, rules: Sequence[Candidate] = ()) -> list[Candidate]:
        self.tokens_read = 0
        if len(doc) == 0 or not self.network.fits(doc):
            return []  # the rules alone, as the network alone would leave them
        view = DocView.from_doc(doc)
        probabilities = self.network.role_probabilities(doc, view, rules)
        passages = self.passages_to_read(doc, probabilities)
        tagged = self.tagger.passage_probabilities(
            [[t.text for t in doc[start:end]] for start, end, _, _ in passages])
        done = np.zeros(len(doc), dtype=bool)
        for (start, end, blend_start, blend_end), passage in zip(passages, tagged, strict=True):
            tokens = np.arange(blend_start, blend_end)
            tokens = tokens[~done[tokens]]  # an earlier passage's centre keeps its reading
            probabilities[tokens] = _averaged(passage[tokens - start], probabilities[tokens],
                                              self.weight)
            done[tokens] = True
        self.tokens_read = int(done.sum())
        return candidates_from_probabilities(doc, view, probabilities, MIN_CONFIDENCE,
                                             KNOWN_CUE_CONFIDENCE)
