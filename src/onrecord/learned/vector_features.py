"""Per-token inputs of the vector tagger, read from a parsed spaCy Doc.

The tagger reuses what the spaCy pipeline has already computed for the rules: each
token's context vector (`doc.tensor`, the pipeline's tok2vec output), its part of
speech, dependency and entity type, where it stands towards quotation marks and
paragraphs, and whether its lemma (or its head's) is a cue word in onrecord's
lexicons. Nothing here runs a network: these are the rows the network reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..nlp.lexicon import CueLexicon
from .features import DocView
from .word_vectors import WordVectors

# The flags, in column order; a model records this list so that a reader with another
# list refuses it instead of reading shifted columns.
FLAGS = (
    "space", "newline", "mark_open", "mark_close", "mark_toggle", "in_quote",
    "sent_start", "para_start", "speech_verb", "belief_verb", "intent_verb",
    "stance_verb", "naming_verb", "noun_cue", "question_verb", "speculation",
    "declined_verb", "head_cue_verb", "grandhead_cue_verb", "that", "according",
    "capitalised", "colon", "head_left", "head_right", "after_open_mark",
)
UNKNOWN = "<?>"


@dataclass(slots=True)
class FeatureSpace:
    """The label sets that one-hot columns stand for, and the lemma vocabulary."""

    pos: tuple[str, ...]
    dep: tuple[str, ...]
    ent: tuple[str, ...]
    lemmas: tuple[str, ...]  # index + 1 is a lemma's id; 0 is any other lemma
    tensor_width: int
    # Whether the rules' own findings are inputs (B/I/O per role, nine columns): the
    # network then learns where the rules go wrong rather than starting afresh.
    rule_columns: bool = False
    # Columns of static word vectors (`word_vectors.py`; 0: none), last in the row.
    word_vector_width: int = 0
    _lemma_index: dict[str, int] | None = field(default=None, repr=False, compare=False)

    @property
    def width(self) -> int:
        """Columns of the dense rows (the lemma id is kept apart)."""
        return (self.tensor_width + len(self.pos) + len(self.dep) + len(self.ent)
                + len(FLAGS) + (9 if self.rule_columns else 0) + self.word_vector_width)

    def lemma_index(self) -> dict[str, int]:
        index = self._lemma_index
        if index is None:
            index = {lemma: k + 1 for k, lemma in enumerate(self.lemmas)}
            self._lemma_index = index
        return index

    def to_dict(self) -> dict:
        return {"pos": list(self.pos), "dep": list(self.dep), "ent": list(self.ent),
                "lemmas": list(self.lemmas), "tensor_width": self.tensor_width,
                "flags": list(FLAGS), "rule_columns": self.rule_columns,
                "word_vector_width": self.word_vector_width}

    @classmethod
    def from_dict(cls, data: dict) -> FeatureSpace:
        if list(data.get("flags", [])) != list(FLAGS):
            raise ValueError("the model was trained with other token flags")
        return cls(tuple(data["pos"]), tuple(data["dep"]), tuple(data["ent"]),
                   tuple(data["lemmas"]), int(data["tensor_width"]),
                   bool(data.get("rule_columns", False)),
                   int(data.get("word_vector_width", 0)))


def _index(labels: Sequence[str]) -> dict[str, int]:
    return {label: k for k, label in enumerate(labels)}


@dataclass(slots=True)
class TokenRows:
    dense: np.ndarray  # (tokens, space.width) float32
    lemma_ids: np.ndarray  # (tokens,) int64


def token_rows(
    doc, view: DocView, space: FeatureSpace, lexicon: CueLexicon,
    rule_labels: np.ndarray | None = None, word_vectors: WordVectors | None = None,
) -> TokenRows:
    """The network's input for every token of a parsed Doc; `rule_labels` (tokens,
    roles) are the rules' B/I/O tags, read when the space has rule columns;
    `word_vectors` fill the space's word-vector columns."""
    n = len(view.lower)
    dense = np.zeros((n, space.width), dtype=np.float32)
    tensor = getattr(doc, "tensor", None)
    width = space.tensor_width
    if tensor is not None and tensor.shape == (n, width):
        dense[:, :width] = tensor
    column = width
    for labels, values in ((space.pos, view.pos), (space.dep, view.dep), (space.ent, view.ent)):
        lookup = _index(labels)
        other = lookup.get(UNKNOWN, 0)
        rows = np.fromiter((lookup.get(v, other) for v in values), dtype=np.int64, count=n)
        dense[np.arange(n), column + rows] = 1.0
        column += len(labels)
    flags = dense[:, column:column + len(FLAGS)]
    if space.rule_columns and rule_labels is not None and len(rule_labels) == n:
        rule_start = column + len(FLAGS)
        for role in range(rule_labels.shape[1]):
            dense[np.arange(n), rule_start + 3 * role + rule_labels[:, role]] = 1.0
    if space.word_vector_width:
        if word_vectors is None or word_vectors.width != space.word_vector_width:
            raise ValueError(f"the network reads {space.word_vector_width} word-vector "
                             "columns and was given no table of that width")
        dense[:, space.width - space.word_vector_width:] = word_vectors.rows(
            view.lower)
    lemma_index = space.lemma_index()
    lemma_ids = np.fromiter((lemma_index.get(v, 0) for v in view.lemma), dtype=np.int64, count=n)
    _fill_flags(flags, view, lexicon)
    return TokenRows(dense, lemma_ids)


def _fill_flags(flags: np.ndarray, view: DocView, lexicon: CueLexicon) -> None:
    """The FLAGS columns, a column at a time (a Python loop per token cost more than the
    network itself)."""
    n = len(view.lower)
    if not n:
        return
    f = {name: k for k, name in enumerate(FLAGS)}
    space = np.fromiter(view.space, dtype=bool, count=n)
    word = ~space

    def column(name: str, values) -> None:
        flags[:, f[name]] = np.fromiter(values, dtype=bool, count=n) & word

    flags[:, f["space"]] = space
    flags[:, f["newline"]] = space & np.fromiter(("\n" in w for w in view.lower), bool, n)
    marks = view.mark
    column("mark_open", (m == "open" for m in marks))
    column("mark_close", (m == "close" for m in marks))
    column("mark_toggle", (m == "toggle" for m in marks))
    quote = np.fromiter(view.quote, dtype=np.int64, count=n)
    column("in_quote", quote > 0)
    after_mark = np.zeros(n, dtype=bool)
    after_mark[1:] = (np.fromiter((bool(m) for m in marks), bool, n)[:-1]
                      & (quote[1:] == quote[:-1]) & (quote[1:] > 0))
    column("after_open_mark", after_mark)
    starts = np.zeros(n, dtype=bool)
    starts[[k for k in view.sent_starts if k < n]] = True
    column("sent_start", starts)
    column("para_start", view.para_start)
    lists = (
        lexicon.speech_verbs, lexicon.belief_verbs, lexicon.intent_verbs,
        lexicon.stance_verbs, lexicon.naming_verbs, lexicon.noun_cues,
        lexicon.question_verbs, lexicon.speculation, lexicon.declined_verbs,
    )
    for k, words in enumerate(lists):
        flags[:, f["speech_verb"] + k] = np.fromiter(
            (lemma in words or lower in words for lemma, lower in zip(view.lemma, view.lower)),
            dtype=bool, count=n) & word
    cue_verbs = lexicon.speech_verbs | lexicon.belief_verbs
    is_cue = np.fromiter((lemma in cue_verbs for lemma in view.lemma), dtype=bool, count=n)
    head = np.fromiter(view.head, dtype=np.int64, count=n)
    index = np.arange(n)
    grand = head[head]
    flags[:, f["head_cue_verb"]] = (head != index) & is_cue[head] & word
    flags[:, f["grandhead_cue_verb"]] = (grand != head) & is_cue[grand] & word
    column("that", (w == "that" for w in view.lower))
    column("according", (w == "according" for w in view.lower))
    column("colon", (w == ":" for w in view.lower))
    column("capitalised", (shape == "Aa" for shape in view.shape))
    flags[:, f["head_left"]] = (head < index) & word
    flags[:, f["head_right"]] = (head > index) & word


def role_tags(doc, ranges_by_role: dict[str, list[tuple[int, int]]]) -> np.ndarray:
    """Character ranges per role as B/I/O per token and role (tokens, roles), int64;
    whitespace tokens are never inside a span."""
    from .pieces import ROLES, role_labels
    from .train import token_span

    starts = [t.idx for t in doc]
    ends = [t.idx + len(t) for t in doc]
    space = [t.is_space for t in doc]
    spans = {role: token_span(space, starts, ends, ranges_by_role.get(role, []))
             for role in ROLES}
    return np.array(role_labels(len(doc), spans), dtype=np.int64).reshape(len(ROLES), -1).T


def rule_labels(doc, candidates: Sequence) -> np.ndarray:
    """The rules' candidates as B/I/O per token and role (tokens, roles), int64."""
    ranges: dict[str, list[tuple[int, int]]] = {"CUE": [], "SRC": [], "CON": []}
    for candidate in candidates:
        if candidate.cue:
            ranges["CUE"].append(candidate.cue)
        if candidate.source:
            ranges["SRC"].append(candidate.source)
        ranges["CON"].extend(candidate.content)
    return role_tags(doc, ranges)
