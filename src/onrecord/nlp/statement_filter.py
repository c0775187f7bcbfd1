"""A learned last look at each found relation: is it a statement PolNeAR would mark?

The finders decide one step at a time (a cue threshold, a linking rule, a convention);
none sees the whole relation at once. This module describes each finished candidate by
a few dozen plain facts (who found it and how sure it was, what its source, cue and
content are made of, where they sit) and a logistic regression, trained on held-out
train articles (`learned/train_filter.py`), gives the chance it is right. Candidates below
the model's threshold are dropped. It knows spaCy's Doc, not the models that found the
candidates; the weights travel with the fast mode's model (`statement_filter.json`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from .candidates import DOUBTFUL_CUE, Candidate, Range
from .headline import first_line
from .lexicon import RELATIVE_PRONOUNS, CueLexicon

_ORIGINS = ("quotes", "reported", "labelled", "learned", DOUBTFUL_CUE)
_KINDS = ("direct", "indirect", "mixed")
_PRONOUNS = frozenset({"PRON"})
_PERSON_ENTITIES = frozenset({"PERSON"})
_GROUP_ENTITIES = frozenset({"ORG", "NORP", "GPE"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})

FEATURES: tuple[str, ...] = (
    *(f"origin={o}" for o in _ORIGINS),
    *(f"kind={k}" for k in _KINDS),
    "confidence",
    "confidence*learned",
    "no_source",
    "source_pronoun",
    "source_relative",
    "source_person",
    "source_group",
    "source_log_tokens",
    "source_in_content",
    "cue_has_verb",
    "cue_say",
    "cue_speech",
    "cue_belief",
    "cue_intent",
    "cue_stance",
    "cue_naming",
    "cue_unknown_verb",
    "cue_colon",
    "cue_no_verb_or_noun",
    "cue_log_tokens",
    "cue_participle",
    "cue_passive",
    "cue_in_content",
    "content_log_tokens",
    "content_short",
    "content_has_verb",
    "content_that",
    "content_ends_sentence",
    "content_before_cue",
    "content_fragments",
    "cue_content_gap",
    "source_cue_gap",
    "in_first_line",
    "model_cue",
    "model_source",
    "model_content",
)

# The file beside a model's weights that holds its filter.
FILTER_FILE = "statement_filter.json"

# Where the learned models leave their per-token probabilities (tokens × roles × O/B/I)
# on the Doc, for the filter to read; the finder removes them once read.
ROLE_PROBABILITIES = "onrecord.role_probabilities"


def _role_mean(probabilities: np.ndarray | None, role: int, tokens: list[Token]) -> float:
    """The model's mean probability that the tokens hold the role (not O)."""
    if probabilities is None or not tokens:
        return 0.0
    return 1.0 - float(probabilities[[t.i for t in tokens], role, 0].sum()) / len(tokens)


def _tokens(doc: Doc, ranges: list[Range]) -> list[Token]:
    """The tokens a span's character ranges touch, spaces left out."""
    out: list[Token] = []
    for start, end in ranges:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.extend(token for token in span if not token.is_space)
    return out


def _gap(a: list[Token], b: list[Token]) -> float:
    """Tokens between two spans (0 when they touch or overlap), on a log scale."""
    if not a or not b:
        return 0.0
    if a[-1].i < b[0].i:
        distance = b[0].i - a[-1].i - 1
    elif b[-1].i < a[0].i:
        distance = a[0].i - b[-1].i - 1
    else:
        distance = 0
    return math.log1p(distance)


def candidate_features(
    doc: Doc, text: str, candidate: Candidate, lexicon: CueLexicon,
    probabilities: np.ndarray | None = None,
) -> list[float]:
    """The candidate as the numbers named in FEATURES, in that order; `probabilities` are
    the model's for this Doc (tokens × roles × O/B/I), None where no model read it."""
    source = _tokens(doc, [candidate.source]) if candidate.source else []
    cue = _tokens(doc, [candidate.cue]) if candidate.cue else []
    content = _tokens(doc, candidate.content)
    content_ids = {t.i for t in content}
    verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")]
    lemma = verbs[-1].lemma_.lower() if verbs else ""
    learned = candidate.origin in ("learned", DOUBTFUL_CUE)
    known = (lemma in lexicon.speech_verbs or lemma in lexicon.belief_verbs
             or lemma in lexicon.intent_verbs or lemma in lexicon.stance_verbs
             or lemma in lexicon.naming_verbs)
    title_start, title_end = first_line(text)
    words = [t for t in content if not t.is_punct]
    last = content[-1] if content else None
    # A quotation after a colon that only a name introduces is the quotation finder's.
    origin = "quotes" if candidate.origin == "named-colon" else candidate.origin
    values = {
        **{f"origin={o}": float(origin == o) for o in _ORIGINS},
        **{f"kind={k}": float(candidate.kind == k) for k in _KINDS},
        "confidence": candidate.confidence,
        "confidence*learned": candidate.confidence if learned else 0.0,
        "no_source": float(not source),
        "source_pronoun": float(bool(source) and all(t.pos_ in _PRONOUNS or t.is_punct
                                                       for t in source)),
        "source_relative": float(bool(source) and source[0].lower_ in RELATIVE_PRONOUNS
                                 and len(source) == 1),
        "source_person": float(any(t.ent_type_ in _PERSON_ENTITIES for t in source)),
        "source_group": float(any(t.ent_type_ in _GROUP_ENTITIES for t in source)),
        "source_log_tokens": math.log1p(len(source)),
        "source_in_content": float(any(t.i in content_ids for t in source)),
        "cue_has_verb": float(bool(verbs)),
        "cue_say": float(lemma in ("say", "tell")),
        "cue_speech": float(lemma in lexicon.speech_verbs),
        "cue_belief": float(lemma in lexicon.belief_verbs),
        "cue_intent": float(lemma in lexicon.intent_verbs),
        "cue_stance": float(lemma in lexicon.stance_verbs),
        "cue_naming": float(lemma in lexicon.naming_verbs),
        "cue_unknown_verb": float(bool(verbs) and not known),
        "cue_colon": float(any(t.text == ":" for t in cue)),
        "cue_no_verb_or_noun": float(bool(cue) and not any(
            t.pos_ in ("VERB", "AUX", "NOUN", "PROPN") or t.text == ":" for t in cue)),
        "cue_log_tokens": math.log1p(len(cue)),
        "cue_participle": float(bool(verbs) and verbs[-1].tag_ in ("VBG", "VBN")
                                and not any(c.dep_ in ("aux", "auxpass")
                                            for c in verbs[-1].children)),
        "cue_passive": float(bool(verbs) and any(c.dep_ == "auxpass"
                                                 for c in verbs[-1].children)),
        "cue_in_content": float(any(t.i in content_ids for t in cue)),
        "content_log_tokens": math.log1p(len(words)),
        "content_short": float(len(words) <= 2),
        "content_has_verb": float(any(t.pos_ in ("VERB", "AUX") for t in content)),
        "content_that": float(candidate.that is not None),
        "content_ends_sentence": float(last is not None and (
            last.text in _SENTENCE_ENDS or (last.i + 1 < len(doc)
                                            and doc[last.i + 1].text in _SENTENCE_ENDS))),
        "content_before_cue": float(bool(cue) and bool(content) and content[0].i < cue[0].i),
        "content_fragments": float(len(candidate.content)),
        "cue_content_gap": _gap(cue, content),
        "source_cue_gap": _gap(source, cue),
        "in_first_line": float(candidate.cue is not None
                               and title_start <= candidate.cue[0] < title_end),
        "model_cue": _role_mean(probabilities, 0, cue),
        "model_source": _role_mean(probabilities, 1, source),
        "model_content": _role_mean(probabilities, 2, content),
    }
    return [values[name] for name in FEATURES]


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """A logistic regression over FEATURES, and the chance below which a relation goes."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    # Mean and spread of each feature in training, so that weights are comparable.
    means: tuple[float, ...]
    scales: tuple[float, ...]
    version: str = "statement-filter"  # recorded beside the model's in every statement

    def chance(self, features: list[float]) -> float:
        z = self.bias + sum(
            w * (x - m) / s for w, x, m, s in zip(self.weights, features, self.means, self.scales)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def kept(self, doc: Doc, text: str, candidates: list[Candidate], lexicon: CueLexicon,
             probabilities: np.ndarray) -> list[Candidate]:
        """The candidates whose chance reaches the threshold, in their order."""
        return [candidate for candidate in candidates
                if self.chance(candidate_features(doc, text, candidate, lexicon, probabilities))
                >= self.threshold]

    def to_dict(self) -> dict[str, object]:
        return {"version": self.version, "features": list(FEATURES),
                "weights": list(self.weights), "bias": self.bias,
                "threshold": self.threshold, "means": list(self.means),
                "scales": list(self.scales)}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> StatementFilter:
        if list(data["features"]) != list(FEATURES):  # type: ignore[call-overload]
            raise ValueError("the statement filter was trained on other features")
        loaded = cls(
            weights=tuple(float(w) for w in data["weights"]),  # type: ignore[attr-defined]
            bias=float(data["bias"]),  # type: ignore[arg-type]
            threshold=float(data["threshold"]),  # type: ignore[arg-type]
            means=tuple(float(m) for m in data["means"]),  # type: ignore[attr-defined]
            scales=tuple(float(s) for s in data["scales"]),  # type: ignore[attr-defined]
            version=str(data.get("version", "statement-filter")),
        )
        # A short list would be read silently by zip(); a zero scale divides by zero.
        if {len(loaded.weights), len(loaded.means), len(loaded.scales)} != {len(FEATURES)}:
            raise ValueError(f"the statement filter needs {len(FEATURES)} weights, means and "
                             "scales")
        numbers = (*loaded.weights, *loaded.means, *loaded.scales, loaded.bias)
        if not all(math.isfinite(x) for x in numbers) or not all(x > 0 for x in loaded.scales):
            raise ValueError("the statement filter's numbers must be finite, its scales positive")
        if not 0.0 <= loaded.threshold <= 1.0:
            raise ValueError(f"the statement filter's threshold must lie in [0, 1], "
                             f"not {loaded.threshold}")
        return loaded


def load_statement_filter(directory: Path) -> StatementFilter | None:
    """The filter stored in a model directory, or None where it has none."""
    path = directory / FILTER_FILE
    if not path.is_file():
        return None
    return StatementFilter.from_dict(json.loads(path.read_text(encoding="utf-8")))
