"""The vector tagger: a small convolutional network over spaCy's own token vectors.

The fast mode's learned part. It reads what the pipeline has already computed (the
tok2vec vectors in `doc.tensor`, tags, parse, entities; `vector_features.py`), runs a
few dilated convolutions in numpy (each token sees about 30 tokens either side), and
tags cue, source and content B/I/O like the transformer does, so the same decoding and
linking (`span_model.candidates_from_probabilities`) turn its tags into relations. It costs a
few milliseconds per article where the transformer costs half a second.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ConfigError
from ..nlp.candidates import Candidate
from ..nlp.lexicon import cue_lexicon
from ..nlp.statement_filter import StatementFilter, load_statement_filter
from .features import DocView
from .pieces import ROLES
from .span_model import candidates_from_probabilities
from .vector_features import FeatureSpace, TokenRows, rule_labels, token_rows
from .word_vectors import WORD_VECTORS_FILE, WordVectors

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

WEIGHTS_FILE = "weights.npz"
META_FILE = "meta.json"
MODEL_NAME = "polnear-vectors"

Weights = dict[str, np.ndarray]


def forward(weights: Weights, rows: TokenRows, dilations: list[int]) -> np.ndarray:
    """Logits (tokens, roles, 3): input layer, residual dilated convolutions, output.

    A convolution's three taps (the token `dilation` before, the token, the token after)
    are three products added into place, not one product over stacked shifted copies:
    the same sums, a third less time (no copies to allocate)."""
    h = rows.dense @ weights["input.weight"] + weights["input.bias"]
    h += weights["lemma.weight"][rows.lemma_ids]
    np.maximum(h, 0.0, out=h)
    width = h.shape[1]
    for k, dilation in enumerate(dilations):
        kernel = weights[f"conv{k}.weight"]  # rows: taps before, at and after the token
        z = h @ kernel[width:2 * width] + weights[f"conv{k}.bias"]
        if len(h) > dilation:  # past the ends the neighbours are padding: zeros
            z[dilation:] += h[:-dilation] @ kernel[:width]
            z[:-dilation] += h[dilation:] @ kernel[2 * width:]
        np.maximum(z, 0.0, out=z)
        h = h + z
    logits = h @ weights["output.weight"] + weights["output.bias"]
    return logits.reshape(len(h), len(ROLES), 3)


def probabilities(logits: np.ndarray) -> np.ndarray:
    exp = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return exp / exp.sum(axis=-1, keepdims=True)


def _read_weights(path: Path) -> Weights:
    with np.load(path) as stored:
        return {name: stored[name].astype(np.float32) for name in stored.files}


class VectorTagger:
    """A trained vector-tagger directory (thread-safe: prediction keeps no state)."""

    def __init__(self, directory: Path) -> None:
        try:
            meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
            # Several networks trained alike but from other seeds are read as one: their
            # probabilities are averaged (`members` in meta.json; one file by default).
            names = meta.get("members", [WEIGHTS_FILE])
            if not names or any(Path(name).name != name for name in names):
                raise ValueError(f"meta.json's members must name files beside it: {names}")
            self._members = [_read_weights(directory / name) for name in names]
            self.space = FeatureSpace.from_dict(meta["features"])
            self._dilations = [int(d) for d in meta["settings"]["dilations"]]
            self._word_vectors = (WordVectors.load(directory / WORD_VECTORS_FILE)
                                  if self.space.word_vector_width else None)
            if self._word_vectors is not None and (
                    self._word_vectors.width != self.space.word_vector_width):
                raise ValueError(f"{WORD_VECTORS_FILE} is {self._word_vectors.width} wide, "
                                 f"the network reads {self.space.word_vector_width}")
        except (OSError, ValueError, KeyError) as error:
            raise ConfigError(f"cannot load the vector tagger in {directory}: {error}") from error
        self.meta = meta
        self.version: str = meta["version"]
        # The network's own version; `version` adds its filter's, where it brings one.
        self.network_version: str = self.version
        self.combine: str = meta.get("combine", "rules_first")
        # Relations whose cue the network is less sure of are dropped: the rules already
        # hold the easy cases, and the doubtful rest cost more precision than they gave
        # recall (chosen on held-out train articles, docs/model.md).
        self.min_confidence: float = float(meta.get("min_confidence", 0.0))
        # ... except a cue holding one of our speech or belief verbs, which needs less.
        known = meta.get("known_cue_confidence")
        self.known_cue_confidence: float | None = None if known is None else float(known)
        self._warned = False
        # A last look at each relation, fitted on held-out predictions of networks
        # trained like this one (`train_filter.py`); absent in a freshly trained model.
        try:
            self.statement_filter: StatementFilter | None = load_statement_filter(directory)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ConfigError(f"cannot load the statement filter in {directory}: {error}") from error
        if self.statement_filter is not None:
            self.version = f"{self.version}+{self.statement_filter.version}"

    @property
    def reads_rules(self) -> bool:
        """Whether `predict` wants the rules' candidates (the network reads them)."""
        return self.space.rule_columns

    def fits(self, doc: Doc) -> bool:
        """Whether the Doc carries token vectors this network can read (warns once if not)."""
        tensor = getattr(doc, "tensor", None)
        if tensor is not None and tensor.shape == (len(doc), self.space.tensor_width):
            return True
        # Another pipeline's vectors (or none) mean nothing to this network: the other
        # finders' results stand alone rather than the network guessing from noise.
        if not self._warned:
            log.warning("the vector tagger needs token vectors of width %d from %s; "
                        "this Doc has none that fit, so it did not run",
                        self.space.tensor_width, self.meta.get("pipeline", "its pipeline"))
            self._warned = True
        return False

    def role_probabilities(
        self, doc: Doc, view: DocView, rules: Sequence[Candidate] = ()
    ) -> np.ndarray:
        tags = rule_labels(doc, rules) if self.space.rule_columns else None
        rows = token_rows(doc, view, self.space, cue_lexicon(), tags, self._word_vectors)
        total = probabilities(forward(self._members[0], rows, self._dilations))
        for weights in self._members[1:]:
            total += probabilities(forward(weights, rows, self._dilations))
        if len(self._members) > 1:
            total /= len(self._members)
        return total

    def predict(self, doc: Doc, rules: Sequence[Candidate] = ()) -> list[Candidate]:
        """Attributions in a Doc parsed by the pipeline the model was trained on;
        `rules` are the rule finders' candidates, read when `reads_rules`."""
        if len(doc) == 0 or not self.fits(doc):
            return []
        view = DocView.from_doc(doc)
        return candidates_from_probabilities(
            doc, view, self.role_probabilities(doc, view, rules), self.min_confidence,
            self.known_cue_confidence)
