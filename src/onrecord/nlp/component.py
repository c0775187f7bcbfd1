"""The spaCy component: `nlp.add_pipe("onrecord")` sets `doc._.statements`.

`__call__` computes (find candidates, resolve speakers) and then writes to the Doc, as
spaCy's own components do. The extension is registered idempotently, again in every
worker process that imports this module.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ConfigError
from ..model import EXTRACTOR_VERSION, Statement
from .build import build_interpretations, build_statements_and_restated
from .finder import find_candidates
from .pipeline import repair_speech_participles

if not Doc.has_extension("statements"):
    Doc.set_extension("statements", default=())
if not Doc.has_extension("onrecord_candidates"):
    Doc.set_extension("onrecord_candidates", default=())
if not Doc.has_extension("onrecord_problems"):
    Doc.set_extension("onrecord_problems", default=())
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
if not Doc.has_extension("interpretations"):
    Doc.set_extension("interpretations", default=())
# A speaker's own statements inside their own quotation, kept out of `statements` as
# part of it (`build.build_statements_and_restated`); read by the corpus conventions.
if not Doc.has_extension("onrecord_restated"):
    Doc.set_extension("onrecord_restated", default=())


MODES = ("fast", "accurate", "rules")
log = logging.getLogger(__name__)


def _pipeline_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}"


def _reads_this_pipeline(learned, nlp: Language) -> bool:
    """False for a model that records the pipeline it learned from, when that is another."""
    trained_on = str(learned.meta.get("pipeline", ""))
    return not trained_on or trained_on.rsplit("-", 1)[0] == _pipeline_name(nlp)


class StatementFinder:
    """Finds attributed statements in a parsed Doc.

    Every mode runs the rule finders; what it adds for the reported speech they miss:
    `model="fast"` the vector tagger (spaCy's own token vectors, a few milliseconds per
    article) with the fine-tuned MiniLM span tagger read on a few short passages where
    the vector tagger doubts a cue, `model="accurate"` the two averaged over the whole
    article (the span tagger about a tenth of a second per article), both filtered by the
    same statement filter; `model="rules"` nothing. Both models are trained on PolNeAR.
    """

    def __init__(self, nlp: Language, name: str, model: str = "fast") -> None:
        if model not in MODES:
            raise ConfigError(f"unknown onrecord model {model!r}: choose one of {', '.join(MODES)}")
        self.nlp = nlp
        self.name = name
        self.model = model
        self.learned: Any = None  # the mode's learned model (its own kind per mode)
        self.version = EXTRACTOR_VERSION
        if model == "fast":
            from ..learned import DEFAULT_MODEL_DIR, VECTOR_MODEL_DIR, load_model
            from ..learned.blend import GuidedModel

            vectors = load_model(VECTOR_MODEL_DIR)
            if _reads_this_pipeline(vectors, nlp):
                # The network reads the article; the span tagger a few short passages
                # around the network's most doubtful cues, multiplying in int8 (within
                # noise of float32 there, and twice as fast: onnx_encoder.py).
                self.learned = GuidedModel(
                    vectors, load_model(DEFAULT_MODEL_DIR, integer=True))  # type: ignore[arg-type]
            else:
                # The vector tagger reads the token vectors of the pipeline it was trained
                # on; another pipeline's vectors (even of the same width) mean nothing to it.
                log.warning(
                    "the fast mode's model was trained on %s's token vectors, not %s's: "
                    "running the rules alone", vectors.meta.get("pipeline"),
                    _pipeline_name(nlp))
        elif model == "accurate":
            from ..learned import DEFAULT_MODEL_DIR, VECTOR_MODEL_DIR, load_model
            from ..learned.blend import BlendedModel

            tagger = load_model(DEFAULT_MODEL_DIR)
            vectors = load_model(VECTOR_MODEL_DIR)
            # The span tagger reads words and runs anywhere; the vector tagger (and so the
            # blend and its filter) only on the pipeline whose vectors it learned.
            self.learned = (BlendedModel(vectors, tagger)  # type: ignore[arg-type]
                            if _reads_this_pipeline(vectors, nlp) else tagger)
        if self.learned is not None:
            self.version = f"{EXTRACTOR_VERSION}+{self.learned.version}"

    def __call__(self, doc: Doc) -> Doc:
        repair_speech_participles(doc)
        candidates = find_candidates(doc, learned=self.learned)
        statements: tuple[Statement, ...]
        statements, restated = build_statements_and_restated(
            doc, candidates, doc._.published, extractor_version=self.version
        )
        interpretations = build_interpretations(doc, candidates)
        doc._.onrecord_candidates = tuple(candidates)
        doc._.statements = statements
        doc._.onrecord_restated = restated
        doc._.interpretations = interpretations
        return doc


@Language.factory(
    "onrecord",
    requires=["token.dep", "token.head", "doc.ents"],
    assigns=["doc._.statements", "doc._.interpretations"],
    default_config={"model": "fast"},
)
def make_statement_finder(nlp: Language, name: str, model: str) -> StatementFinder:
    return StatementFinder(nlp, name, model=model)
