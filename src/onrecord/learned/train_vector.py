"""Train the vector tagger (`vector_tagger.py`) on PolNeAR; needs torch.

The network is the numpy forward pass of `vector_tagger.forward`, written in torch:
an input layer over the token rows plus a lemma embedding, residual dilated
convolutions, and one B/I/O output per role. Articles are whole sequences (padded in
batches, the padding zeroed after every layer so that it reads as the zeros the numpy
pass puts past an article's ends).

Deterministic for a seed and thread count: articles in id order, a seeded shuffle, a
seeded torch generator.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from .. import __version__ as onrecord_version
from ..nlp.lexicon import cue_lexicon
from .corpus import GoldDocument, trained_on_record
from .features import DocView
from .fit import IGNORE, optimise
from .pieces import ROLES
from .vector_features import UNKNOWN, FeatureSpace, TokenRows, role_tags, token_rows
from .vector_tagger import META_FILE, MODEL_NAME, WEIGHTS_FILE
from .word_vectors import WORD_VECTORS_FILE, WordVectors, from_checkpoint

log = logging.getLogger(__name__)

_ROLE_FIELDS = {"CUE": "cue", "SRC": "source", "CON": "content"}


# The teacher's weight `onrecord train --method vectors --teacher DIR` uses by default.
DISTILLED_WEIGHT = 1.0


@dataclass(slots=True)
class VectorSettings:
    hidden: int = 128
    dilations: list[int] = field(default_factory=lambda: [1, 2, 4, 8, 16])
    epochs: int = 30
    batch: int = 8  # articles per step
    learning_rate: float = 2e-3
    weight_decay: float = 1e-4
    dropout: float = 0.2
    b_weight: float = 3.0
    min_lemma_count: int = 3
    max_lemmas: int = 6000
    threads: int = 2
    rule_columns: bool = False  # the rules' findings as inputs (vector_features.py)
    # Columns of static word vectors from MiniLM's piece embeddings (word_vectors.py);
    # 0 reads none.
    word_vectors: int = 0
    # The share of tokens whose lemma is hidden (read as an unknown lemma) in each training
    # step, so that the network also learns to read the rest of the row for it.
    lemma_dropout: float = 0.0
    # Distillation: the weight of a second loss that pulls the network's per-token
    # probabilities towards a trained span tagger's (the accurate mode's model, given
    # as the teacher); 0 trains on the gold labels alone.
    teacher_weight: float = 0.0
    # How the fast mode uses the tagger (nlp/finder.py: combine) and the least cue
    # probability of a relation it keeps: both chosen on held-out train articles.
    combine: str = "rule_content"
    min_confidence: float = 0.8
    # ... or this, for a cue holding one of onrecord's speech or belief verbs (twelfth
    # session; None: the one threshold for every cue).
    known_cue_confidence: float | None = 0.6
    # Networks trained alike from seeds seed, seed + 1, ...; the tagger averages their
    # probabilities (vector_tagger.py).
    members: int = 1


@dataclass(slots=True)
class VectorExample:
    rows: TokenRows
    labels: np.ndarray  # (tokens, roles); IGNORE on whitespace tokens


def gold_labels(gold: GoldDocument, doc) -> np.ndarray:
    """B/I/O per token and role from the gold relations, whitespace tokens ignored."""
    ranges = {role: [rng for relation in gold.relations
                     for rng in getattr(relation, _ROLE_FIELDS[role])] for role in ROLES}
    labels = role_tags(doc, ranges)
    labels[np.array([t.is_space for t in doc], dtype=bool)] = IGNORE
    return labels


def feature_space(docs: Sequence, settings: VectorSettings, tensor_width: int) -> FeatureSpace:
    """Label sets and lemma vocabulary seen in the training articles (sorted: stable)."""
    pos, dep, ent = set(), set(), set()
    lemmas: Counter[str] = Counter()
    for doc in docs:
        for token in doc:
            pos.add(token.pos_)
            dep.add(token.dep_)
            ent.add(token.ent_type_ or "-")
            if not token.is_space:
                lemmas[token.lemma_.lower()] += 1
    frequent = sorted(
        (lemma for lemma, count in lemmas.items() if count >= settings.min_lemma_count),
        key=lambda lemma: (-lemmas[lemma], lemma),
    )[: settings.max_lemmas]
    return FeatureSpace(
        pos=(UNKNOWN, *sorted(pos)), dep=(UNKNOWN, *sorted(dep)), ent=(UNKNOWN, *sorted(ent)),
        lemmas=tuple(frequent), tensor_width=tensor_width, rule_columns=settings.rule_columns,
        word_vector_width=settings.word_vectors,
    )


def make_examples(
    golds: Sequence[GoldDocument], docs: Sequence, space: FeatureSpace,
    rules: Sequence[np.ndarray] | None = None, word_vectors: WordVectors | None = None,
) -> list[VectorExample]:
    """Rows and gold labels per article; `rules` are the rules' tags per article
    (`vector_features.rule_labels`), needed when the space has rule columns, and
    `word_vectors` the table its word-vector columns read."""
    lexicon = cue_lexicon()
    return [
        VectorExample(
            token_rows(doc, DocView.from_doc(doc), space, lexicon,
                       rules[k] if rules is not None else None, word_vectors),
            gold_labels(gold, doc))
        for k, (gold, doc) in enumerate(zip(golds, docs))
    ]


def build_network(space: FeatureSpace, settings: VectorSettings):
    import torch
    from torch import nn

    class Network(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            hidden = settings.hidden
            self.input = nn.Linear(space.width, hidden)
            self.lemma = nn.Embedding(len(space.lemmas) + 1, hidden)
            nn.init.normal_(self.lemma.weight, std=0.02)
            self.convs = nn.ModuleList(
                nn.Conv1d(hidden, hidden, 3, dilation=d, padding=d) for d in settings.dilations
            )
            self.output = nn.Linear(hidden, len(ROLES) * 3)
            self.dropout = nn.Dropout(settings.dropout)

        def forward(self, dense, lemma_ids, mask):
            # dense (batch, length, width); mask (batch, length, 1)
            h = torch.relu(self.input(dense) + self.lemma(lemma_ids)) * mask
            h = self.dropout(h)
            for conv in self.convs:
                z = conv(h.transpose(1, 2)).transpose(1, 2)
                h = (h + torch.relu(z)) * mask
                h = self.dropout(h)
            return self.output(h).reshape(h.shape[0], h.shape[1], len(ROLES), 3)

    return Network()


def export_weights(network, settings: VectorSettings) -> dict[str, np.ndarray]:
    """The torch parameters laid out as `vector_tagger.forward` reads them."""
    state = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in network.state_dict().items()}
    weights = {
        "input.weight": state["input.weight"].T.copy(),
        "input.bias": state["input.bias"],
        "lemma.weight": state["lemma.weight"],
        "output.weight": state["output.weight"].T.copy(),
        "output.bias": state["output.bias"],
    }
    for k in range(len(settings.dilations)):
        kernel = state[f"convs.{k}.weight"]  # (out, in, 3): taps at t-d, t, t+d
        weights[f"conv{k}.weight"] = np.concatenate([kernel[:, :, j].T for j in range(3)], axis=0)
        weights[f"conv{k}.bias"] = state[f"convs.{k}.bias"]
    return weights


def _batch(examples: Sequence[VectorExample], width: int):
    import torch

    length = max(len(e.labels) for e in examples)
    dense = np.zeros((len(examples), length, width), dtype=np.float32)
    lemma_ids = np.zeros((len(examples), length), dtype=np.int64)
    mask = np.zeros((len(examples), length, 1), dtype=np.float32)
    labels = np.full((len(examples), length, len(ROLES)), IGNORE, dtype=np.int64)
    for row, example in enumerate(examples):
        n = len(example.labels)
        dense[row, :n] = example.rows.dense
        lemma_ids[row, :n] = example.rows.lemma_ids
        mask[row, :n] = 1.0
        labels[row, :n] = example.labels
    return (torch.from_numpy(dense), torch.from_numpy(lemma_ids), torch.from_numpy(mask),
            torch.from_numpy(labels))


def _soft_targets(chosen: Sequence[int], teacher: Sequence[np.ndarray], length: int):
    """The teacher's (tokens, roles, 3) probabilities of a batch, zero-padded."""
    import torch

    target = np.zeros((len(chosen), length, len(ROLES), 3), dtype=np.float32)
    for row, i in enumerate(chosen):
        n = min(length, len(teacher[i]))
        target[row, :n] = teacher[i][:n]
    return torch.from_numpy(target)


def fit_vector(
    examples: Sequence[VectorExample], space: FeatureSpace, settings: VectorSettings, *, seed: int,
    teacher: Sequence[np.ndarray] | None = None,
) -> tuple[dict[str, np.ndarray], int]:
    """Train the network on `examples`; with `teacher` (per article, a trained tagger's
    per-token probabilities) and a `teacher_weight`, also towards those probabilities."""
    import torch

    if teacher is not None and len(teacher) != len(examples):
        raise ValueError("the teacher's probabilities must come one array per article")
    distil = teacher is not None and settings.teacher_weight > 0.0

    torch.manual_seed(seed)
    torch.set_num_threads(settings.threads)
    network = build_network(space, settings)
    optimiser = torch.optim.AdamW(network.parameters(), lr=settings.learning_rate,
                                  weight_decay=settings.weight_decay)
    steps_per_epoch = (len(examples) + settings.batch - 1) // settings.batch
    total = steps_per_epoch * settings.epochs
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: max(0.0, (total - step) / total))
    loss_fn = torch.nn.CrossEntropyLoss(
        weight=torch.tensor([1.0, settings.b_weight, 1.0]), ignore_index=IGNORE)
    rng = random.Random(seed)
    # Similar lengths in a batch waste less padding: sort, cut into batches, shuffle those.
    by_length = sorted(range(len(examples)), key=lambda i: len(examples[i].labels))
    batches = [by_length[k:k + settings.batch] for k in range(0, len(by_length), settings.batch)]
    began = time.monotonic()
    step = 0
    network.train()
    for epoch in range(settings.epochs):
        rng.shuffle(batches)
        running = 0.0
        for chosen in batches:
            dense, lemma_ids, mask, labels = _batch([examples[i] for i in chosen], space.width)
            if settings.lemma_dropout > 0.0:
                hidden_lemma = torch.rand(lemma_ids.shape) < settings.lemma_dropout
                lemma_ids = lemma_ids.masked_fill(hidden_lemma, 0)
            logits = network(dense, lemma_ids, mask)
            loss = loss_fn(logits.reshape(-1, 3), labels.reshape(-1))
            if distil:
                # cross-entropy against the teacher's distribution, over the real tokens
                target = _soft_targets(chosen, teacher, labels.shape[1])  # type: ignore[arg-type]
                per_token = -(target * torch.log_softmax(logits, dim=-1)).sum(-1)
                present = mask.expand_as(per_token)
                loss = loss + settings.teacher_weight * (
                    (per_token * present).sum() / present.sum().clamp_min(1.0))
            running += optimise(loss, network, optimiser, schedule)
            step += 1
        log.info("epoch %d loss %.4f (%.0f s)", epoch + 1, running / len(batches),
                 time.monotonic() - began)
    network.eval()
    return export_weights(network, settings), step


def member_file(k: int) -> str:
    """The weight file of the k-th network of a model (the first keeps the plain name)."""
    return WEIGHTS_FILE if k == 0 else WEIGHTS_FILE.replace(".npz", f"-{k}.npz")


def write_vector_model(
    out_dir: Path, weights: dict[str, np.ndarray] | Sequence[dict[str, np.ndarray]],
    space: FeatureSpace, settings: VectorSettings,
    *, documents: int, seed: int, held_out: int, steps: int, seconds: float, pipeline: str,
    word_vectors: WordVectors | None = None, holdout_seed: int | None = None,
) -> dict:
    """Write the model directory; `weights` is one network's or a list of members'."""
    members = [weights] if isinstance(weights, dict) else list(weights)
    out_dir.mkdir(parents=True, exist_ok=True)
    if word_vectors is not None:
        word_vectors.save(out_dir / WORD_VECTORS_FILE)
    for k, member in enumerate(members):
        half = {name: v.astype(np.float16) for name, v in member.items()}  # 2 MB, not 4
        np.savez_compressed(out_dir / member_file(k), **half)  # type: ignore[arg-type]
    meta = {
        "name": MODEL_NAME,
        "version": f"{MODEL_NAME}-{onrecord_version}-d{documents}-s{seed}",
        "trained_on": trained_on_record(documents=documents, seed=seed, held_out=held_out,
                                        holdout_seed=holdout_seed),
        "pipeline": pipeline,
        "features": space.to_dict(),
        "settings": asdict(settings),
        "combine": settings.combine,
        "min_confidence": settings.min_confidence,
        "known_cue_confidence": settings.known_cue_confidence,
        "members": [member_file(k) for k in range(len(members))],
        "steps": steps,
        "training_seconds": round(seconds, 1),
    }
    (out_dir / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n",
                                     encoding="utf-8")
    return meta


def parse_for_training(documents: Sequence[GoldDocument], rule_columns: bool):
    """Each article through the spaCy pipeline (without onrecord's own component), with the
    rules' tags when the network reads them."""
    from ..nlp.finder import find_candidates
    from ..nlp.pipeline import ENGLISH_PIPELINE, load_pipeline
    from .vector_features import rule_labels

    nlp = load_pipeline(ENGLISH_PIPELINE, model="rules")
    docs, rules = [], []
    with nlp.select_pipes(disable=["onrecord"]):
        for doc in nlp.pipe((gold.text for gold in documents), batch_size=8):
            docs.append(doc)
            rules.append(rule_labels(doc, find_candidates(doc)) if rule_columns else None)
    pipeline = f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    return docs, (rules if rule_columns else None), pipeline


def teacher_probabilities(docs: Sequence, teacher: str | Path) -> list[np.ndarray]:
    """The span tagger in `teacher`'s per-token (tokens, roles, 3) probabilities of each
    parsed article: the accurate mode's model, read by the same numpy pass it runs with."""
    from ..errors import ConfigError
    from .span_model import META_FILE as SPAN_META
    from .span_model import SpanModel

    try:
        name = json.loads((Path(teacher) / SPAN_META).read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError) as error:
        raise ConfigError(f"cannot read the teacher model in {teacher}: {error}") from error
    if name != "polnear-minilm":
        raise ConfigError(f"the teacher in {teacher} is not a polnear-minilm span tagger")
    model = SpanModel(Path(teacher))
    return [model.role_probabilities([t.text for t in doc]).astype(np.float32) for doc in docs]


def train_vector_from_polnear(
    polnear_split: str | Path,
    out_dir: str | Path,
    *,
    seed: int = 0,
    documents: int | None = None,
    holdout: int = 0,
    settings: VectorSettings | None = None,
    teacher: str | Path | None = None,
    holdout_seed: int | None = None,
) -> dict:
    """Read a PolNeAR split, parse it and train the vector tagger, leaving `holdout`
    seeded documents out (those `holdout_seed` picks, default `seed`: the same ones
    `train_transformer_from_polnear` leaves out).
    With `teacher` (a `polnear-minilm` model directory) and a `teacher_weight`, the
    network also learns that model's per-token probabilities on the same articles."""
    from ..errors import InputError
    from .corpus import training_documents

    settings = settings or VectorSettings()
    picking = seed if holdout_seed is None else holdout_seed
    chosen = training_documents(polnear_split, seed=picking, documents=documents,
                                holdout=holdout)
    began = time.monotonic()
    docs, rules, pipeline = parse_for_training(chosen, settings.rule_columns)
    width = docs[0].tensor.shape[1] if docs and docs[0].tensor is not None else 0
    if not width:
        raise InputError("the spaCy pipeline gave no token vectors (doc.tensor) to train on")
    space = feature_space(docs, settings, width)
    word_vectors = None
    if settings.word_vectors:
        from .train_transformer import base_model_dir

        word_vectors = from_checkpoint(base_model_dir(), settings.word_vectors)
    examples = make_examples(chosen, docs, space, rules, word_vectors)
    log.info("%d documents parsed in %.0f s", len(docs), time.monotonic() - began)
    soft = None
    if teacher is not None and settings.teacher_weight > 0.0:
        soft = teacher_probabilities(docs, teacher)
        log.info("teacher's probabilities read in %.0f s", time.monotonic() - began)
    if settings.members < 1:
        raise ValueError(f"a model needs at least one network, not {settings.members}")
    members, steps = [], 0
    for k in range(settings.members):
        weights, member_steps = fit_vector(examples, space, settings, seed=seed + k, teacher=soft)
        members.append(weights)
        steps += member_steps
    return write_vector_model(
        Path(out_dir), members, space, settings, documents=len(chosen), seed=seed,
        held_out=holdout, steps=steps, seconds=time.monotonic() - began, pipeline=pipeline,
        word_vectors=word_vectors, holdout_seed=picking,
    )
