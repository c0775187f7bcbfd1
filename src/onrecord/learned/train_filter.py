"""Fit the statement filter (`nlp/statement_filter.py`) on held-out predictions.

The filter must learn how the fast mode errs on articles its network has not seen, so
its examples come from networks trained with `--holdout`: each network is run, with the
rules, on the articles it held out (recomputed from the seed and count its `meta.json`
records), every relation it finds is described by the filter's features and labelled
right when it matches a gold relation as the end-to-end score matches them (content
and source overlap, one to one). A logistic regression with an L2 penalty is fitted by
Newton's method: deterministic, and numpy only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..errors import InputError
from ..nlp.candidates import Candidate
from ..nlp.statement_filter import FEATURES, FILTER_FILE, StatementFilter, candidate_features
from .corpus import GoldDocument, held_out_of, held_out_subset, read_split

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .blend import BlendedModel
    from .vector_tagger import VectorTagger

log = logging.getLogger(__name__)

# Chosen on held-out train articles, each set scored by a filter fitted on the other sets
# (docs/model.md, "Thirteenth session"): 0.25 was within 0.1 points of the best cutoff
# between 0.2 and 0.35 on both sets, and penalties from 0.1 to 30 moved the best figure
# by less than 0.15 points.
THRESHOLD = 0.25
# The accurate mode's filter, fitted on its blend's held-out relations: on two held-out
# sets, each scored by a filter fitted on the other, 0.35 gained 0.18 and 0.47 points end
# to end over the fast mode's filter, 0.25 and 0.3 about 0.2 (docs/model.md,
# "Seventeenth session").
BLEND_THRESHOLD = 0.35
L2_PENALTY = 1.0
_NEWTON_STEPS = 50
FILTER_VERSION = "statement-filter-0.1.0"


def _meta(model_dir: Path) -> dict:
    return json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))


def _network_version(network_dir: Path) -> str:
    return str(_meta(network_dir).get("version", network_dir.name))


def held_out_documents(polnear_split: str | Path, network_dir: Path) -> list[GoldDocument]:
    """The articles a network trained with `--holdout` never saw."""
    held_out, seed = held_out_of(_meta(network_dir))
    if held_out <= 0:
        raise InputError(f"{network_dir} was trained on every article (no --holdout): "
                         "its predictions cannot teach the filter")
    gold = sorted(read_split(polnear_split), key=lambda item: item.doc_id)
    return held_out_subset(gold, held_out, seed)


def _as_attribution(content, cue, source):
    from ..eval.attribution import Attribution

    return Attribution(content=tuple(tuple(r) for r in content),
                       cue=tuple(tuple(r) for r in cue), source=tuple(tuple(r) for r in source))


def _same_articles_held_out(network_dir: Path, span_dir: Path) -> None:
    """A blend's two models must both have left out the articles it is scored on."""
    def held(directory: Path) -> tuple[int, int]:
        return held_out_of(_meta(directory))

    if held(network_dir) != held(span_dir):
        raise InputError(f"{span_dir} and {network_dir} did not hold out the same articles "
                         f"(held out, seed: {held(span_dir)} and {held(network_dir)})")


def filter_examples(
    documents: Sequence[GoldDocument], network_dir: Path, span_dir: Path | None = None
) -> tuple[np.ndarray, np.ndarray, int]:
    """Features and right/wrong labels of every relation found in `documents`, with no
    filter, by the fast mode with this network, or (with `span_dir`) by the accurate
    mode's blend of this network and that span tagger; and the number of gold relations."""
    from ..eval.scorer import matched_predictions
    from ..nlp.finder import find_candidates
    from ..nlp.lexicon import cue_lexicon
    from ..nlp.pipeline import load_pipeline
    from .vector_tagger import VectorTagger

    vectors = VectorTagger(network_dir)
    network: VectorTagger | BlendedModel = vectors
    if span_dir is not None:
        from .blend import BlendedModel
        from .span_model import SpanModel

        _same_articles_held_out(network_dir, span_dir)
        network = BlendedModel(vectors, SpanModel(span_dir))
    nlp = load_pipeline(model="rules")
    lexicon = cue_lexicon()
    rows: list[list[float]] = []
    labels: list[bool] = []
    gold_count = 0
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name.startswith("onrecord")]):
        for document in documents:
            doc = nlp(document.text)
            remembering = _Remembering(network)  # no statement filter: it is being learned
            candidates = find_candidates(doc, learned=remembering)
            right = matched_predictions(
                document.text,
                [_as_attribution(rel.content, rel.cue, rel.source) for rel in document.relations],
                [_as_attribution(c.content, [c.cue] if c.cue else [], [c.source] if c.source else [])
                 for c in candidates])
            for number, candidate in enumerate(candidates):
                if candidate.origin == "interview":
                    continue  # an interview's answers join after the filter
                rows.append(candidate_features(doc, document.text, candidate, lexicon,
                                               remembering.probabilities))
                labels.append(number in right)
            gold_count += len(document.relations)
    return np.array(rows, dtype=np.float64).reshape(-1, len(FEATURES)), np.array(labels), gold_count


class _Remembering:
    """The network (or blend), keeping the probabilities it leaves on the Doc (which the
    finder drops once read) for the features; it brings no filter to the finder."""

    def __init__(self, network: VectorTagger | BlendedModel) -> None:
        self._network = network
        self.combine = network.combine
        self.reads_rules = bool(getattr(network, "reads_rules", False))
        self.probabilities: np.ndarray | None = None

    def predict(self, doc: Doc, rules: Sequence[Candidate] = ()) -> list[Candidate]:
        from ..nlp.statement_filter import ROLE_PROBABILITIES

        candidates = (self._network.predict(doc, rules) if self.reads_rules  # type: ignore[call-arg]
                      else self._network.predict(doc))
        self.probabilities = doc.user_data.get(ROLE_PROBABILITIES)
        return candidates


def fit_statement_filter(
    rows: np.ndarray, labels: np.ndarray, *, l2: float = L2_PENALTY,
    threshold: float = THRESHOLD,
) -> StatementFilter:
    """A logistic regression on standardised features, the bias unpenalised."""
    if len(rows) == 0 or labels.all() or not labels.any():
        raise InputError("the filter needs right and wrong relations to learn from")
    y = labels.astype(np.float64)
    means = rows.mean(axis=0)
    scales = rows.std(axis=0)
    scales[scales == 0] = 1.0
    design = np.hstack([(rows - means) / scales, np.ones((len(rows), 1))])
    theta = np.zeros(design.shape[1])
    theta[-1] = np.log(y.mean() / (1.0 - y.mean()))
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(_NEWTON_STEPS):
        chance = 1.0 / (1.0 + np.exp(-(design @ theta)))
        gradient = design.T @ (chance - y) + penalty * theta
        hessian = (design * (chance * (1.0 - chance))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-10:
            break
    return StatementFilter(
        weights=tuple(float(w) for w in theta[:-1]), bias=float(theta[-1]),
        threshold=threshold, means=tuple(float(m) for m in means),
        scales=tuple(float(s) for s in scales),
    )


def _digest(fitted: StatementFilter) -> str:
    """Six hex digits of the fitted numbers (to six significant digits, so that a refit
    that differs only in the last bits keeps them): two fits on as many relations, but
    not the same ones, record different versions in the statements they filter."""
    numbers = [*fitted.weights, fitted.bias, *fitted.means, *fitted.scales, fitted.threshold]
    return hashlib.sha256(",".join(f"{x:.6g}" for x in numbers).encode()).hexdigest()[:6]


def train_filter_from_polnear(
    polnear_split: str | Path, out_dir: str | Path, networks: Sequence[str | Path], *,
    span_taggers: Sequence[str | Path] = (), l2: float = L2_PENALTY,
    threshold: float | None = None,
) -> dict:
    """Fit the filter on the held-out predictions of `networks` (each blended with the
    span tagger at the same place in `span_taggers`, when given: the accurate mode's
    filter) and write it into the model directory `out_dir` (beside the model it will
    filter: the vector tagger, or for the accurate mode the span tagger)."""
    began = time.monotonic()
    out = Path(out_dir)
    if not (out / "meta.json").is_file():
        raise InputError(f"{out} is not a model directory (no meta.json): the filter is "
                         "written beside the model it filters")
    if span_taggers and len(span_taggers) != len(networks):
        raise InputError(f"{len(span_taggers)} span taggers for {len(networks)} networks: "
                         "the accurate mode's filter needs one of each per held-out set")
    paired: list[str | Path | None] = list(span_taggers) or [None] * len(networks)
    parts_rows, parts_labels, documents, gold = [], [], 0, 0
    for network, span_tagger in zip(networks, paired, strict=True):
        held = held_out_documents(polnear_split, Path(network))
        rows, labels, gold_count = filter_examples(
            held, Path(network), None if span_tagger is None else Path(span_tagger))
        log.info("%s: %d relations on %d held-out articles", network, len(rows), len(held))
        parts_rows.append(rows)
        parts_labels.append(labels)
        documents += len(held)
        gold += gold_count
    rows, labels = np.vstack(parts_rows), np.concatenate(parts_labels)
    if threshold is None:
        threshold = BLEND_THRESHOLD if span_taggers else THRESHOLD
    fitted = fit_statement_filter(rows, labels, l2=l2, threshold=threshold)
    fitted = replace(fitted, version=f"{FILTER_VERSION}-r{len(rows)}-{_digest(fitted)}")
    record = {**fitted.to_dict(), "trained_on": {
        "corpus": "PolNeAR train", "networks": [_network_version(Path(n)) for n in networks],
        "span_taggers": [_network_version(Path(n)) for n in span_taggers],
        "documents": documents, "relations": len(rows), "right": int(labels.sum()),
        "gold_relations": gold, "l2": l2}}
    (out / FILTER_FILE).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return {"version": fitted.version,
            "trained_on": {"documents": documents},
            "training_seconds": round(time.monotonic() - began, 1)}
