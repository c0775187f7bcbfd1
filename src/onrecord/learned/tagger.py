"""Thin wrappers around python-crfsuite: train a linear-chain CRF, tag with one.

crfsuite's L-BFGS training has no random step, so the same sequences in the same
order give the same model file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pycrfsuite  # type: ignore[import-untyped]

Rows = list[list[str]]


def train_crf(
    sequences: Iterable[tuple[Rows, list[str]]],
    model_path: Path,
    *,
    c1: float = 0.05,
    c2: float = 0.01,
    max_iterations: int = 150,
) -> None:
    """Fit a CRF on (features, labels) sequences and write it to model_path."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for rows, labels in sequences:
        trainer.append(rows, labels)
    trainer.set_params(
        {
            "c1": c1,  # L1 keeps the model small: most feature weights become zero
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(model_path))


class CrfTagger:
    """A trained CRF opened for tagging."""

    def __init__(self, model_path: Path) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))

    def tag(self, rows: Rows) -> list[str]:
        if not rows:
            return []
        return list(self._tagger.tag(rows))

    def marginal(self, label: str, position: int) -> float:
        """Probability of `label` at `position` in the sequence tagged last."""
        try:
            return float(self._tagger.marginal(label, position))
        except (ValueError, KeyError):  # a label the model never saw
            return 0.0
