"""The fine-tuned span tagger opened for prediction: onnxruntime (numpy where it cannot
run), no torch.

`predict(doc)` tags every token of a parsed Doc as cue, source and content (B/I/O, one
head per role), decodes runs, links them into relations (`span_assemble.py`) and
returns Candidates like the CRF model does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ConfigError
from ..nlp.candidates import DOUBTFUL_CUE, Candidate
from ..nlp.doccache import noun_chunk_around
from ..nlp.lexicon import cue_lexicon
from ..nlp.speakers import is_honorific
from ..nlp.statement_filter import ROLE_PROBABILITIES, StatementFilter, load_statement_filter
from .assemble import TokenSpan, build_candidate
from .encoder import encode, load_weights
from .features import DocView
from .onnx_encoder import onnx_encoder
from .pieces import OUTSIDE, ROLES, PieceDoc, best_window, decode_runs, doc_pieces, windows
from .span_assemble import SourceIndex, TokenFacts, link_contents
from .wordpiece import WordPiece

if TYPE_CHECKING:
    from spacy.tokens import Doc

WEIGHTS_FILE = "weights.npz"
VOCAB_FILE = "vocab.txt"
META_FILE = "meta.json"
BATCH_WINDOWS = 8  # windows per encoder call: bounds memory on long articles
# A stray I-run up to two tokens after a run of its role continues it: chosen on the 60
# held-out train articles, where it raised exact source, cue and content F1 by 0.2 to
# 1.0 point for each of four trained models (end to end within 0.3 point).
BRIDGE = 2


def _softmax(logits: np.ndarray) -> np.ndarray:
    """Probabilities over the last axis (O/B/I per role)."""
    exp = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return exp / exp.sum(axis=-1, keepdims=True)


INTEGER_SUFFIX = "+int8"  # on `tagger_version` where the encoder multiplies in int8


class SpanModel:
    """A trained span-tagger directory (thread-safe: prediction keeps no state); its dense
    layers multiply in int8 where `integer` and onnxruntime runs (`onnx_encoder.py`)."""

    def __init__(self, directory: Path, integer: bool = False) -> None:
        try:
            meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
            self._weights = load_weights(directory / WEIGHTS_FILE)
            self._wordpiece = WordPiece.from_file(directory / VOCAB_FILE)
        except (OSError, ValueError, KeyError) as error:
            raise ConfigError(f"cannot load the span model in {directory}: {error}") from error
        self.meta = meta
        self.version: str = meta["version"]
        self._layers = meta["encoder"]["layers"]
        self._heads = meta["encoder"]["heads"]
        self._window = meta["settings"]["window"]
        self._stride = meta["settings"].get("predict_stride", meta["settings"]["stride"])
        # How the accurate mode joins this model with the rule finders (nlp/finder.py):
        # chosen on held-out train articles.
        self.combine: str = meta.get("combine", "rule_content")
        # The accurate mode's last look at each relation, where one was fitted on its
        # own held-out relations (`train_filter.py`); the blend reads it.
        try:
            self.statement_filter: StatementFilter | None = load_statement_filter(directory)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ConfigError(f"cannot load the statement filter in {directory}: {error}") from error
        # onnxruntime runs the same pass about twice as fast; numpy where it cannot.
        self._onnx = onnx_encoder(self._weights, self._layers, self._heads, integer)
        if self._onnx is not None:
            # The session keeps int8 copies of these; their float32 matrices would serve
            # only the numpy pass, which cannot run once the session exists (about 40 MB).
            for layer in self._onnx.integer_layers:
                del self._weights[layer + ".weight"]
        # The tagger's own version (and its arithmetic, where int8 changes the numbers);
        # `version` adds its filter's, where it brings one.
        self.tagger_version = self.version
        if self._onnx is not None and self._onnx.integer:
            self.tagger_version += INTEGER_SUFFIX
        self.version = self.tagger_version
        if self.statement_filter is not None:
            self.version = f"{self.version}+{self.statement_filter.version}"

    def _encode(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        if self._onnx is not None:
            return self._onnx(ids, mask)
        return encode(self._weights, ids, mask, self._layers, self._heads)

    def _outside(self, count: int) -> np.ndarray:
        """(count, roles, 3) probabilities of O = 1: a token without pieces, or unread."""
        out = np.zeros((count, len(ROLES), 3), dtype=np.float32)
        out[:, :, OUTSIDE] = 1.0
        return out

    def _window_logits(self, rows: list[list[int]]) -> list[np.ndarray]:
        """Head logits (len(row) + 2, roles, 3) of each row of piece ids, read between
        [CLS] and [SEP], BATCH_WINDOWS rows per encoder call (padding is masked)."""
        logits: list[np.ndarray] = []
        for offset in range(0, len(rows), BATCH_WINDOWS):
            group = rows[offset:offset + BATCH_WINDOWS]
            length = max(len(row) for row in group) + 2
            ids = np.zeros((len(group), length), dtype=np.int64)
            mask = np.zeros((len(group), length), dtype=np.float32)
            for number, row in enumerate(group):
                row_ids = [self._wordpiece.cls_id, *row, self._wordpiece.sep_id]
                ids[number, : len(row_ids)] = row_ids
                mask[number, : len(row_ids)] = 1.0
            hidden = self._encode(ids, mask)
            head = hidden @ self._weights["head.weight"].T + self._weights["head.bias"]
            logits.extend(head.reshape(len(group), length, len(ROLES), 3))
        return logits

    def role_probabilities(self, words: list[str]) -> np.ndarray:
        """(tokens, roles, 3) probabilities of O/B/I; tokens without pieces get O = 1."""
        pieces = doc_pieces(words, self._wordpiece)
        out = self._outside(len(words))
        if not pieces.ids:
            return out
        spans = windows(len(pieces.ids), self._window, self._stride)
        logits = self._window_logits([pieces.ids[start:end] for start, end in spans])
        for token, first in enumerate(pieces.first_piece):
            if first >= 0:
                index = best_window(first, spans)
                out[token] = _softmax(logits[index][first - spans[index][0] + 1])
        return out

    def piece_count(self, word: str) -> int:
        """How many word pieces one spaCy token takes (0 for a plain space)."""
        return len(self._wordpiece.word_ids(word))

    def passage_probabilities(self, passages: list[list[str]]) -> list[np.ndarray]:
        """`role_probabilities` of each passage, the passages that fit one window
        encoded together (the same numbers as one at a time: padding is masked)."""
        out = [self._outside(len(words)) for words in passages]
        fitting: list[tuple[int, PieceDoc]] = []  # each passage that fits, with its pieces
        for number, words in enumerate(passages):
            pieces = doc_pieces(words, self._wordpiece)
            if len(pieces.ids) > self._window:
                out[number] = self.role_probabilities(words)
            elif pieces.ids:
                fitting.append((number, pieces))
        logits = self._window_logits([pieces.ids for _, pieces in fitting])
        for (number, pieces), passage in zip(fitting, logits, strict=True):
            for token, first in enumerate(pieces.first_piece):
                if first >= 0:
                    out[number][token] = _softmax(passage[first + 1])
        return out

    def predict(self, doc: Doc) -> list[Candidate]:
        """Attributions in a parsed Doc (sentences and quotation marks come from the parse)."""
        if len(doc) == 0:
            return []
        view = DocView.from_doc(doc)
        return candidates_from_probabilities(
            doc, view, self.role_probabilities([t.text for t in doc]))


def candidates_from_probabilities(
    doc: Doc, view: DocView, probabilities: np.ndarray, min_confidence: float = 0.0,
    known_cue_confidence: float | None = None,
) -> list[Candidate]:
    """Relations from per-token (tokens, roles, O/B/I) probabilities: each token takes its
    likelier label per role, runs are decoded (short gaps bridged) and linked."""
    # The last look at each relation (`nlp/statement_filter.py`) reads them again.
    doc.user_data[ROLE_PROBABILITIES] = probabilities
    labels = probabilities.argmax(axis=-1)
    usable = [not space for space in view.space]
    runs = {
        role: decode_runs(labels[:, r].tolist(), usable, bridge=BRIDGE)
        for r, role in enumerate(ROLES)
    }
    cue_probability = 1.0 - probabilities[:, 0, OUTSIDE]
    return candidates_from_runs(doc, view, runs, cue_probability.tolist(), min_confidence,
                                known_cue_confidence)


def candidates_from_runs(
    doc: Doc, view: DocView, runs: dict[str, list[TokenSpan]], cue_probability: list[float],
    min_confidence: float = 0.0,
    known_cue_confidence: float | None = None,
) -> list[Candidate]:
    """Link tagged runs into relations: one Candidate per cue that has content. A cue
    whose mean probability is below `min_confidence` is no cue (and links no content),
    unless it holds one of onrecord's speech or belief verbs and reaches
    `known_cue_confidence`."""
    facts = TokenFacts(
        lower=view.lower,
        is_space=view.space,
        is_punct=[t.is_punct for t in doc],
        sent=view.sent,
        para=view.para,
    )
    scored = [(cue, sum(cue_probability[cue[0]:cue[1]]) / (cue[1] - cue[0]))
              for cue in runs["CUE"]]
    scored = [(cue, confidence) for cue, confidence in scored
              if confidence >= min_confidence or (
                  known_cue_confidence is not None and confidence >= known_cue_confidence
                  and _holds_cue_verb(doc, cue))]
    cues = [cue for cue, _ in scored]
    linked = link_contents(facts, cues, runs["CON"], runs["SRC"])
    sources = SourceIndex(facts, runs["SRC"])
    candidates = []
    for index, (cue, confidence) in enumerate(scored):
        if not linked[index]:
            continue
        source = _whole_source(doc, sources.nearest(cue))
        candidate = build_candidate(
            view, view.starts, view.ends, cue, [source] if source else [],
            linked[index], confidence,
        )
        if candidate is not None:
            if confidence < min_confidence:
                candidate.origin = DOUBTFUL_CUE  # only where the rules found no cue
            candidates.append(candidate)
    return candidates


def _holds_cue_verb(doc: Doc, cue: TokenSpan) -> bool:
    lexicon = cue_lexicon()
    return any(doc[i].pos_ == "VERB" and lexicon.is_cue_verb(doc[i].lemma_.lower())
               for i in range(cue[0], cue[1]))


_NAMING_POS = frozenset({"PROPN", "NOUN", "PRON", "NUM"})


def _whole_source(doc: Doc, run: TokenSpan | None) -> TokenSpan | None:
    """A source run with no naming word ("a" of "a supplier") grows to the noun phrase
    around it; other runs are kept as tagged (PolNeAR
    sources keep their punctuation, and trimming it cost source exact F1)."""
    if run is None:
        return None
    start, end = run
    # A run that stops at a title ("Mr." of "Mr. Sanders") takes the name after it.
    if is_honorific(doc[end - 1]):
        while end < len(doc) and doc[end].pos_ == "PROPN" and not is_honorific(doc[end]):
            end += 1
        return start, end
    if any(doc[k].pos_ in _NAMING_POS for k in range(start, end)):
        return run
    chunk = noun_chunk_around(doc, start, end)
    return (chunk.start, chunk.end) if chunk is not None else run
