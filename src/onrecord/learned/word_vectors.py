"""Static word vectors for the vector tagger, taken from MiniLM's input embeddings.

spaCy's small pipeline gives each token a context vector trained for tagging and
parsing; it says little about whether a rare word (`angered`, `bemoaned`) is a way of
speaking or feeling. MiniLM's piece embeddings, learned from far more text, do: words
used alike lie near each other. A word's vector is the mean of its WordPiece pieces'
embeddings, reduced by principal components to a few dozen whitened numbers. The table
is computed once, when a network is trained, and ships beside it (`WORD_VECTORS_FILE`),
so prediction needs neither torch nor the checkpoint.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .wordpiece import WordPiece

WORD_VECTORS_FILE = "word_vectors.npz"
_CACHE_LIMIT = 200_000  # words remembered; news has a long tail of words


class WordVectors:
    """A piece vocabulary and one row per piece; a word's vector is its pieces' mean."""

    def __init__(self, vocabulary: Sequence[str], matrix: np.ndarray) -> None:
        if matrix.ndim != 2 or matrix.shape[0] != len(vocabulary):
            raise ValueError(
                f"word vectors: {len(vocabulary)} pieces but a table of shape {matrix.shape}")
        self._pieces = WordPiece(list(vocabulary))
        self.matrix = matrix.astype(np.float32)
        self._cache: dict[str, np.ndarray] = {}

    @property
    def width(self) -> int:
        return int(self.matrix.shape[1])

    def vector(self, word: str) -> np.ndarray:
        """The word's vector; zeros for whitespace (it has no pieces)."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        ids = [i for i in self._pieces.word_ids(word) if i != self._pieces.paragraph_id]
        row = (self.matrix[ids].mean(axis=0) if ids
               else np.zeros(self.width, dtype=np.float32))
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[word] = row
        return row

    def rows(self, words: Sequence[str]) -> np.ndarray:
        """(words, width) float32."""
        if not words:
            return np.zeros((0, self.width), dtype=np.float32)
        return np.stack([self.vector(word) for word in words])

    def save(self, path: Path) -> None:
        np.savez_compressed(path, matrix=self.matrix.astype(np.float16),
                            vocabulary=np.array(self._pieces.vocabulary))

    @classmethod
    def load(cls, path: Path) -> WordVectors:
        with np.load(path, allow_pickle=False) as stored:
            return cls([str(piece) for piece in stored["vocabulary"]], stored["matrix"])


def from_embeddings(vocabulary: Sequence[str], embeddings: np.ndarray, width: int) -> WordVectors:
    """The first `width` principal components of the piece embeddings, whitened (each
    column of unit variance over the vocabulary), so the network's input layer starts
    from numbers of the size of its other inputs."""
    if not 0 < width <= embeddings.shape[1]:
        raise ValueError(f"word vectors' width must be 1 to {embeddings.shape[1]}, not {width}")
    table = embeddings.astype(np.float64)
    table -= table.mean(axis=0)
    _, singular, components = np.linalg.svd(table, full_matrices=False)
    reduced = table @ components[:width].T
    reduced /= singular[:width] / np.sqrt(len(table))  # unit variance per column
    # A component's sign is arbitrary; fix it so the same checkpoint gives the same table.
    signs = np.sign(reduced[np.abs(reduced).argmax(axis=0), np.arange(width)])
    return WordVectors(vocabulary, (reduced * signs).astype(np.float32))


def from_checkpoint(checkpoint: Path, width: int) -> WordVectors:
    """The table from a BERT checkpoint directory (vocab.txt and model.safetensors)."""
    from safetensors.numpy import load_file

    vocabulary = (checkpoint / "vocab.txt").read_text(encoding="utf-8").splitlines()
    embeddings = load_file(str(checkpoint / "model.safetensors"))[
        "embeddings.word_embeddings.weight"]
    return from_embeddings(vocabulary, embeddings, width)
