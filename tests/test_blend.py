"""The accurate mode's blend: the span tagger's probabilities averaged with the vector
tagger's before decoding, then the vector tagger's statement filter."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from onrecord.learned import DEFAULT_MODEL_DIR, VECTOR_MODEL_DIR, load_model
from onrecord.learned.blend import KNOWN_CUE_CONFIDENCE, MIN_CONFIDENCE, BlendedModel
from onrecord.learned.features import DocView
from onrecord.learned.span_model import candidates_from_probabilities
from onrecord.nlp.statement_filter import ROLE_PROBABILITIES

pytestmark = pytest.mark.model

TEXT = (
    " date 2025-03-12 Ferry service cut\n\n"
    "The harbour master said the boats could not run at a loss, and council members "
    "believe the subsidy will return next year, according to two aides.\n\n"
    '"We will fight this," the union\'s secretary told reporters on Tuesday.\n'
)


def _spans(candidates):
    return [(c.cue, c.content, c.source, round(c.confidence, 4)) for c in candidates]


def _decoded(doc, view, probabilities):
    return _spans(candidates_from_probabilities(doc, view, probabilities, MIN_CONFIDENCE,
                                                KNOWN_CUE_CONFIDENCE))


@pytest.fixture(scope="module")
def models():
    return load_model(DEFAULT_MODEL_DIR), load_model(VECTOR_MODEL_DIR)


def test_the_accurate_blend_is_the_weighted_average_of_both_taggers(nlp, models) -> None:
    tagger, vectors = models
    doc = nlp(TEXT)
    view = DocView.from_doc(doc)
    alone = tagger.role_probabilities([t.text for t in doc])
    companion = vectors.role_probabilities(doc, view)
    assert not np.allclose(alone, companion)  # two different readings to average

    assert _spans(BlendedModel(vectors, tagger, weight=0.0).predict(doc)) == _decoded(
        doc, view, alone)
    assert _spans(BlendedModel(vectors, tagger, weight=1.0).predict(doc)) == _decoded(
        doc, view, companion)
    blended = BlendedModel(vectors, tagger, weight=0.5)
    assert _spans(blended.predict(doc)) == _decoded(doc, view, 0.5 * alone + 0.5 * companion)
    assert blended.version == f"{tagger.version}+{vectors.version}"  # the filter's too
    assert blended.statement_filter is vectors.statement_filter is not None


def test_without_fitting_vectors_the_accurate_span_tagger_reads_alone(nlp, models, caplog):
    tagger, vectors = models
    doc = nlp(TEXT)
    doc.tensor = np.zeros((len(doc), 7), dtype=np.float32)  # another pipeline's width
    with caplog.at_level(logging.WARNING):
        found = BlendedModel(vectors, tagger).predict(doc)
    # ... leaving the filter, fitted on the vector tagger's probabilities, nothing to read.
    assert ROLE_PROBABILITIES not in doc.user_data
    assert found and _spans(found) == _spans(tagger.predict(doc))


@pytest.mark.parametrize("weight", [-0.1, 1.5])
def test_a_weight_outside_zero_to_one_is_refused(models, weight) -> None:
    with pytest.raises(ValueError):
        BlendedModel(models[1], models[0], weight=weight)
