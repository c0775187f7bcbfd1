"""The accurate mode's blend: the span tagger's probabilities averaged with the vector
tagger's before decoding."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from onrecord.learned import DEFAULT_MODEL_DIR, VECTOR_MODEL_DIR, load_model
from onrecord.learned.blend import BlendedModel
from onrecord.learned.features import DocView
from onrecord.learned.span_model import candidates_from_probabilities

pytestmark = pytest.mark.model

TEXT = (
    " date 2025-03-12 Ferry service cut\n\n"
    "The harbour master said the boats could not run at a loss, and council members "
    "believe the subsidy will return next year, according to two aides.\n\n"
    '"We will fight this," the union\'s secretary told reporters on Tuesday.\n'
)


def _spans(candidates):
    return [(c.cue, c.content, c.source, round(c.confidence, 4)) for c in candidates]


@pytest.fixture(scope="module")
def models():
    return load_model(DEFAULT_MODEL_DIR), load_model(VECTOR_MODEL_DIR)


def test_the_blend_is_the_weighted_average_of_both_taggers(nlp, models) -> None:
    tagger, vectors = models
    doc = nlp(TEXT)
    view = DocView.from_doc(doc)
    alone = tagger.role_probabilities([t.text for t in doc])
    companion = vectors.role_probabilities(doc, view)
    assert not np.allclose(alone, companion)  # two different readings to average

    assert _spans(BlendedModel(tagger, vectors, 0.0).predict(doc)) == _spans(tagger.predict(doc))
    assert _spans(BlendedModel(tagger, vectors, 1.0).predict(doc)) == _spans(
        candidates_from_probabilities(doc, view, companion))
    half = 0.5 * alone + 0.5 * companion
    blended = BlendedModel(tagger, vectors, 0.5)
    assert _spans(blended.predict(doc)) == _spans(candidates_from_probabilities(doc, view, half))
    assert blended.version == f"{tagger.version}+{vectors.network_version}"
    assert "statement-filter" not in blended.version  # the blend does not filter


def test_without_fitting_vectors_the_span_tagger_reads_alone(nlp, models, caplog) -> None:
    tagger, vectors = models
    doc = nlp(TEXT)
    doc.tensor = np.zeros((len(doc), 7), dtype=np.float32)  # another pipeline's width
    blended = BlendedModel(tagger, vectors, 1.0)
    with caplog.at_level(logging.WARNING):
        found = blended.predict(doc)
    assert found and _spans(found) == _spans(tagger.predict(doc))


def test_a_weight_outside_zero_to_one_is_refused(models) -> None:
    with pytest.raises(ValueError):
        BlendedModel(*models, weight=1.5)
