"""A BERT encoder's forward pass in numpy, for prediction without torch.

Weights are a dict keyed like the Hugging Face BERT checkpoint the model was fine-tuned
from (`embeddings.word_embeddings.weight`, `encoder.layer.0.attention.self.query.weight`
…); `learned/torch_model.py` computes the same function with torch for training.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

_BLAS = ThreadpoolController()

Weights = dict[str, np.ndarray]


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + 1e-12) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    # tanh form, as in fine-tuning (torch_model.py): within 1e-3 of the erf form, no scipy
    # x * x * x, not x**3: numpy's float32 power is ~30 times slower than two products
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * (x * x * x))))


def _dense(x: np.ndarray, weights: Weights, name: str) -> np.ndarray:
    # x is 2-D (all positions of all windows): numpy runs a 3-D @ 2-D product slice by
    # slice without BLAS, about 15 times slower.
    return x @ weights[name + ".weight"].T + weights[name + ".bias"]


def _attend(query: np.ndarray, key: np.ndarray, value: np.ndarray, penalty: np.ndarray,
            heads: int) -> np.ndarray:
    """Scaled dot-product attention over (batch, length, hidden) projections."""
    batch, length, hidden = query.shape
    size = hidden // heads

    def split(t: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(t.reshape(batch, length, heads, size).transpose(0, 2, 1, 3))

    q, k, v = split(query), split(key), split(value)
    scores = q @ k.transpose(0, 1, 3, 2) * np.float32(1.0 / math.sqrt(size)) + penalty
    scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
    scores /= scores.sum(axis=-1, keepdims=True)
    return (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, hidden)


def encode(
    weights: Weights, piece_ids: np.ndarray, mask: np.ndarray, layers: int, heads: int
) -> np.ndarray:
    """Hidden states (batch, length, hidden) for piece ids (batch, length), mask 1 = real.

    BLAS runs on one thread here: onrecord parallelises by process (`ingest --jobs`), and
    OpenBLAS threads waiting on a busy core made small products 100 times slower.
    """
    with _BLAS.limit(limits=1, user_api="blas"):
        return _encode(weights, piece_ids, mask, layers, heads)


def _encode(
    weights: Weights, piece_ids: np.ndarray, mask: np.ndarray, layers: int, heads: int
) -> np.ndarray:
    batch, length = piece_ids.shape
    x = (
        weights["embeddings.word_embeddings.weight"][piece_ids]
        + weights["embeddings.position_embeddings.weight"][:length][None, :, :]
        + weights["embeddings.token_type_embeddings.weight"][0][None, None, :]
    )
    x = _layer_norm(
        x, weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"]
    ).astype(np.float32)
    hidden = x.shape[-1]
    # -1e9 on padded key positions, one row per window
    penalty = ((1.0 - mask) * -1e9).astype(np.float32)[:, None, None, :]
    x = x.reshape(batch * length, hidden)
    for index in range(layers):
        prefix = f"encoder.layer.{index}."

        query, key, value = (
            _dense(x, weights, prefix + "attention.self." + name).reshape(batch, length, hidden)
            for name in ("query", "key", "value")
        )
        context = _attend(query, key, value, penalty, heads).reshape(batch * length, hidden)
        x = _layer_norm(
            x + _dense(context, weights, prefix + "attention.output.dense"),
            weights[prefix + "attention.output.LayerNorm.weight"],
            weights[prefix + "attention.output.LayerNorm.bias"],
        )
        inner = _gelu(_dense(x, weights, prefix + "intermediate.dense"))
        x = _layer_norm(
            x + _dense(inner, weights, prefix + "output.dense"),
            weights[prefix + "output.LayerNorm.weight"],
            weights[prefix + "output.LayerNorm.bias"],
        ).astype(np.float32)
    return x.reshape(batch, length, hidden)


def quantize(weights: Weights) -> dict[str, np.ndarray]:
    """Matrices as int8 per row with a float32 scale (a quarter of the size); rest as is."""
    stored: dict[str, np.ndarray] = {}
    for name, value in weights.items():
        if value.ndim == 2 and value.size > 10_000:
            scale = np.abs(value).max(axis=1, keepdims=True) / 127.0
            scale[scale == 0] = 1.0
            stored[name + ".q8"] = np.round(value / scale).astype(np.int8)
            stored[name + ".scale"] = scale.astype(np.float32)
        else:
            stored[name] = value.astype(np.float32)
    return stored


def load_weights(path: Path) -> Weights:
    """A stored weights file (`quantize`'s arrays) read back as float32."""
    with np.load(path) as stored:
        return dequantize({name: stored[name] for name in stored.files})


def dequantize(stored: dict[str, np.ndarray]) -> Weights:
    weights: Weights = {}
    for name, value in stored.items():
        if name.endswith(".q8"):
            base = name[: -len(".q8")]
            weights[base] = value.astype(np.float32) * stored[base + ".scale"]
        elif not name.endswith(".scale"):
            weights[name] = value.astype(np.float32)
    return weights
