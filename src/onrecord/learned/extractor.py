"""The trained attribution model: find cues, then each cue's source and content.

Two CRFs. The cue tagger reads one sentence at a time and marks cue words (BIO). For
every cue found, the role tagger reads a window of nearby sentences with features
relative to that cue (side, distance, parse branch, quotation) and marks its source
and content. One cue gives one relation, so nested and overlapping relations come out
naturally, and content split around its cue ("…," he said, "…") stays one relation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..nlp.candidates import Candidate
from .assemble import TokenSpan, _trim, bio_runs, build_candidate
from .features import DocView, cue_features, role_features, role_window
from .tagger import CrfTagger

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUE_MODEL_FILE = "cue.crfsuite"
ROLE_MODEL_FILE = "role.crfsuite"
META_FILE = "meta.json"


@dataclass(slots=True)
class WindowSettings:
    """How many sentences around a cue the role tagger reads."""

    before: int = 1
    after: int = 2
    quote_reach: int = 3


def find_cues(
    view: DocView, tagger: CrfTagger, rates: dict[str, float], threshold: float = 0.5
) -> list[tuple[TokenSpan, float]]:
    """Cue spans with the tagger's probability that their first token starts a cue.

    A token is a cue word when the CRF's marginal probability of "not a cue" falls
    below 1 - threshold; a lower threshold trades precision for recall (the Viterbi
    path alone misses many of PolNeAR's rarer cues).
    """
    cues = []
    for index in range(len(view.sent_starts)):
        start, end = view.sentence_range(index)
        labels = tagger.tag(cue_features(view, start, end, rates))
        if threshold >= 0.5:
            for run in bio_runs(labels, "CUE", start):
                trimmed = _trim(view, run)
                if trimmed:
                    cues.append((trimmed, tagger.marginal(labels[run[0] - start], run[0] - start)))
            continue
        current: list[int] = []
        best = 0.0
        for k in range(end - start):
            begin = tagger.marginal("B-CUE", k)
            inside = tagger.marginal("I-CUE", k)
            is_cue = begin + inside >= threshold and not view.space[start + k]
            if current and (not is_cue or begin > inside):
                cues.append(((current[0], current[-1] + 1), best))
                current = []
            if is_cue:
                if not current:
                    best = begin + inside
                current.append(start + k)
        if current:
            cues.append(((current[0], current[-1] + 1), best))
    return cues


class LearnedModel:
    """A trained model directory opened for prediction (not thread-safe: one per thread)."""

    def __init__(self, directory: Path) -> None:
        meta_path = directory / META_FILE
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            self._cue_tagger = CrfTagger(directory / CUE_MODEL_FILE)
            self._role_tagger = CrfTagger(directory / ROLE_MODEL_FILE)
        except (OSError, ValueError) as error:
            raise ConfigError(f"cannot load the learned model in {directory}: {error}") from error
        self.version: str = meta["version"]
        self.meta = meta
        self._rates: dict[str, float] = meta["cue_lemma_rates"]
        self._window = WindowSettings(**meta.get("window", {}))
        self.cue_threshold: float = meta.get("cue_threshold", 0.5)

    def predict(self, doc: Doc) -> list[Candidate]:
        """Attributions in a parsed Doc (needs tagger, parser, lemmatizer and NER)."""
        if len(doc) == 0:
            return []
        view = DocView.from_doc(doc)
        starts, ends = view.starts, view.ends
        candidates = []
        for cue, confidence in find_cues(view, self._cue_tagger, self._rates, self.cue_threshold):
            window = role_window(
                view, cue, self._window.before, self._window.after, self._window.quote_reach
            )
            labels = self._role_tagger.tag(role_features(view, window, cue, self._rates))
            candidate = build_candidate(
                view,
                starts,
                ends,
                cue,
                bio_runs(labels, "SRC", window[0]),
                bio_runs(labels, "CON", window[0]),
                confidence,
            )
            if candidate is not None:
                candidates.append(candidate)
        return candidates
