"""The blends of the two taggers: the accurate mode's (the span tagger's probabilities
averaged with the vector tagger's over the whole article) and the fast mode's (over short
passages around the vector tagger's doubtful cues); both decoded, then filtered by the
vector tagger's statement filter."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from onrecord.learned import DEFAULT_MODEL_DIR, VECTOR_MODEL_DIR, load_model
from onrecord.learned.blend import (
    KNOWN_CUE_CONFIDENCE,
    MIN_CONFIDENCE,
    BlendedModel,
    GuidedModel,
)
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
    # The shipped span tagger brings the accurate mode's own filter (fitted on the blend's
    # held-out relations); its version is in the tagger's, the fast mode's filter is not.
    assert tagger.statement_filter is not None
    assert blended.statement_filter is tagger.statement_filter is not vectors.statement_filter
    assert blended.version == f"{tagger.version}+{vectors.network_version}"
    assert tagger.statement_filter.version in blended.version


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


LONGER = TEXT + "\n\n".join(
    f"Officials in district {n} suggested the schedule might shift, while residents "
    "insisted nothing had been promised and the mayor's office declined to comment."
    for n in range(6)) + "\n"


def test_the_fast_passages_centre_on_doubtful_cues_and_fit_their_size(nlp, models) -> None:
    tagger, vectors = models
    doc = nlp(LONGER)
    view = DocView.from_doc(doc)
    probabilities = vectors.role_probabilities(doc, view)
    certainty = np.abs((1.0 - probabilities[:, 0, 0]) - 0.5)
    guided = GuidedModel(vectors, tagger, passages=3, pieces=24, doubt=0.45)
    passages = guided.passages_to_read(doc, probabilities)
    assert 1 <= len(passages) <= 3
    doubtful = sorted(range(len(doc)), key=lambda t: certainty[t])
    assert passages[0][2] <= doubtful[0] < passages[0][3]  # the least sure token first
    for start, end, blend_start, blend_end in passages:
        assert sum(tagger.piece_count(t.text) for t in doc[start:end]) <= 24 - 2
        assert start <= blend_start < blend_end <= end
        centre = [t for t in range(blend_start, blend_end) if certainty[t] < 0.45]
        assert centre  # each passage holds the doubtful token it grew around
    # No passage grows around a token an earlier passage already blends.
    assert len({p[:2] for p in passages}) == len(passages)
    assert GuidedModel(vectors, tagger, doubt=0.0).passages_to_read(doc, probabilities) == []


def test_the_fast_blend_averages_the_span_tagger_on_its_passages_only(nlp, models) -> None:
    tagger, vectors = models
    doc = nlp(LONGER)
    view = DocView.from_doc(doc)
    network = vectors.role_probabilities(doc, view)
    guided = GuidedModel(vectors, tagger, passages=2, pieces=32, weight=0.4)
    expected = network.copy()
    done = np.zeros(len(doc), dtype=bool)
    for start, end, blend_start, blend_end in guided.passages_to_read(doc, network):
        # one passage at a time, as role_probabilities reads it: the batch must agree
        alone = tagger.role_probabilities([t.text for t in doc[start:end]])
        for token in range(blend_start, blend_end):
            if not done[token]:
                expected[token] = 0.6 * alone[token - start] + 0.4 * network[token]
                done[token] = True
    found = guided.predict(doc)
    assert guided.tokens_read == done.sum() > 0
    assert _spans(found) == _decoded(doc, view, expected)
    # With no passage to read it is the network, decoded as the blends decode.
    silent = GuidedModel(vectors, tagger, passages=0)
    assert _spans(silent.predict(doc)) == _decoded(doc, view, network)
    assert silent.tokens_read == 0
    assert guided.statement_filter is vectors.statement_filter is not None
    assert guided.version == f"{vectors.version}+{tagger.tagger_version}"
    assert tagger.statement_filter.version not in guided.version


def test_the_fast_blend_needs_the_networks_vectors(nlp, models) -> None:
    tagger, vectors = models
    doc = nlp(TEXT)
    doc.tensor = np.zeros((len(doc), 7), dtype=np.float32)
    assert GuidedModel(vectors, tagger).predict(doc) == []  # the rules stand alone


@pytest.mark.parametrize("option", [{"passages": -1}, {"pieces": 2}, {"doubt": 0.6},
                                    {"weight": 2.0}])
def test_fast_blend_settings_out_of_range_are_refused(models, option) -> None:
    with pytest.raises(ValueError):
        GuidedModel(models[1], models[0], **option)
