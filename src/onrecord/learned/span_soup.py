"""Average the weights of span taggers fine-tuned from the same checkpoint (a "soup").

MiniLM fine-tuned on PolNeAR moves little from the pretrained weights (between runs the
matrices differ by 6 to 10 % of their norm), so runs with other seeds or other held-out
articles stay in one basin and their average is a model of its own: one forward pass,
the ensemble's steadier reading (docs/model.md, "Eighteenth session"). Numpy only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .. import __version__ as onrecord_version
from ..errors import InputError
from .corpus import held_out_of, trained_on_record
from .encoder import load_weights, quantize
from .train_transformer import META_FILE, MODEL_NAME, VOCAB_FILE, WEIGHTS_FILE

# Meta fields that must agree for weights to be averaged: the same architecture, read
# the same way.
_SAME = ("name", "format", "base_model", "encoder", "roles", "combine")
_SAME_SETTINGS = ("window", "stride")


def _read(directory: Path) -> tuple[dict, dict[str, np.ndarray], str]:
    try:
        meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        weights = load_weights(directory / WEIGHTS_FILE)
        vocabulary = (directory / VOCAB_FILE).read_text(encoding="utf-8")
    except (OSError, ValueError, KeyError) as error:
        raise InputError(f"cannot read the span tagger in {directory}: {error}") from error
    if not isinstance(meta, dict) or "version" not in meta or not isinstance(
            meta.get("settings"), dict):
        raise InputError(f"cannot read the span tagger in {directory}: its {META_FILE} "
                         "lacks a version or settings")
    return meta, weights, vocabulary


def _held_out(metas: Sequence[dict]) -> tuple[int, int | None]:
    """(count, seed) of the articles no member saw: the members' own when they all held
    out the same ones, else none (the soup has read every article some member read)."""
    records = {held_out_of(meta) for meta in metas}
    if len(records) == 1:
        count, seed = records.pop()
        if count:
            return count, seed
    return 0, None


def average_span_taggers(member_dirs: Sequence[str | Path], out_dir: str | Path) -> dict:
    """Write the uniform average of the members' weights to `out_dir`; returns its meta."""
    if len(member_dirs) < 2:
        raise InputError("a soup needs at least two span taggers")
    members = [_read(Path(d)) for d in member_dirs]
    first_meta, first_weights, vocabulary = members[0]
    for directory, (meta, weights, words) in zip(member_dirs[1:], members[1:]):
        differs = [f for f in _SAME if meta.get(f) != first_meta.get(f)]
        differs += [f"settings.{f}" for f in _SAME_SETTINGS
                    if meta["settings"].get(f) != first_meta["settings"].get(f)]
        if words != vocabulary:
            differs.append("vocabulary")
        if set(weights) != set(first_weights) or any(
                weights[n].shape != first_weights[n].shape for n in weights):
            differs.append("parameters")
        if differs:
            raise InputError(f"{directory} is not the same kind of span tagger as "
                             f"{member_dirs[0]}: {', '.join(differs)} differ")
    averaged = {name: np.mean([m[1][name] for m in members], axis=0, dtype=np.float64)
                .astype(np.float32) for name in sorted(first_weights)}
    versions = [m[0]["version"] for m in members]
    digest = hashlib.sha256("\n".join(sorted(versions)).encode()).hexdigest()[:6]
    count, seed = _held_out([m[0] for m in members])
    documents = max(m[0].get("trained_on", {}).get("documents", 0) for m in members)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / WEIGHTS_FILE, **quantize(averaged))  # type: ignore[arg-type]
    (out / VOCAB_FILE).write_text(vocabulary, encoding="utf-8")
    meta = {field: first_meta[field] for field in _SAME if field in first_meta}
    meta.update({
        "version": f"{MODEL_NAME}-{onrecord_version}-d{documents}-soup{len(members)}-{digest}",
        "trained_on": trained_on_record(documents=documents, seed=seed, held_out=count),
        "settings": first_meta["settings"],
        "members": versions,
        "steps": sum(m[0].get("steps", 0) for m in members),
        "training_seconds": round(sum(m[0].get("training_seconds", 0.0) for m in members), 1),
    })
    (out / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n",
                                 encoding="utf-8")
    return meta
