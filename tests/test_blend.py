"""The blend of the two taggers: the accurate mode averages the span tagger's probabilities
with the vector tagger's everywhere, the fast mode only on the windows where the vector
tagger hesitates over a cue; both decode the average and keep the vector tagger's filter."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from onrecord.learned import DEFAULT_MODEL_DIR, VECTOR_MODEL_DIR, load_model
from onrecord.learned.blend import (
    FAST_SHARE,
    KNOWN_CUE_CONFIDENCE,
    MIN_CONFIDENCE,
    BlendedModel,
)
from onrecord.learned.features import DocView
from onrecord.learned.pieces import OUTSIDE
from onrecord.learned.span_model import candidates_from_probabilities
from onrecord.nlp.statement_filter import ROLE_PROBABILITIES

pytestmark = pytest.mark.model

TEXT = (
    " date 2025-03-12 Ferry service cut\n\n"
    "The harbour master said the boats could not run at a loss, and council members "
    "believe the subsidy will return next year, according to two aides.\n\n"
    '"We will fight this," the union\'s secretary told reporters on Tuesday.\n'
)
PARAGRAPHS = [
    "The harbour master said the boats could not run at a loss, and council members "
    "believe the subsidy will return next year, according to two aides.",
    '"We will fight this," the union\'s secretary told reporters on Tuesday.',
    "Residents of the island gathered outside the ferry office on a grey morning, where "
    "the timetable had been taped over with a handwritten notice.",
    "Mayor Ilse Brandt argued that the crossing was a lifeline for the clinic's nurses, "
    "and she warned the regional board that families would leave.",
    "The board's chair, Tomas Reyes, insisted the figures left no room: \"Every crossing "
    "loses money, and we cannot print it.\"",
]
# Long enough for the span tagger to cut it into many windows.
LONG_TEXT = " date 2025-03-12 Ferry service cut\n\n" + "\n\n".join(PARAGRAPHS * 4) + "\n"


def _spans(candidates):
    return [(c.cue, c.content, c.source, round(c.confidence, 4)) for c in candidates]


def _decoded(doc, view, probabilities):
    return _spans(candidates_from_probabilities(doc, view, probabilities, MIN_CONFIDENCE,
                                                KNOWN_CUE_CONFIDENCE))


@pytest.fixture(scope="module")
def models():
    return load_model(DEFAULT_MODEL_DIR), load_model(VECTOR_MODEL_DIR)


@pytest.fixture(scope="module")
def long_doc(nlp):
    return nlp(LONG_TEXT)


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
    assert blended.read_share == 1.0
    assert blended.version == f"{vectors.version}+{tagger.version}"
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
    # The fast mode runs the rules alone there, as without a model.
    assert BlendedModel(vectors, tagger, FAST_SHARE).predict(doc) == []


def test_windowed_probabilities_are_the_full_reading_on_the_chosen_windows(models, long_doc):
    tagger, _ = models
    words = [t.text for t in long_doc]
    full = tagger.role_probabilities(words)
    seen: dict[str, object] = {}

    def choose(owners, window_count):
        seen.update(owners=owners, count=window_count)
        return [1, 3]

    part, read = tagger.windowed_probabilities(words, choose)
    owners, count = seen["owners"], seen["count"]
    assert count >= 5
    assert read.tolist() == [owner in (1, 3) for owner in owners]
    assert 0 < read.sum() < len(long_doc)
    np.testing.assert_allclose(part[read], full[read], atol=1e-5)
    assert (part[~read, :, OUTSIDE] == 1.0).all()

    nothing, none_read = tagger.windowed_probabilities(words, lambda owners, count: [])
    assert not none_read.any() and (nothing[:, :, OUTSIDE] == 1.0).all()


def test_the_fast_blend_averages_only_the_windows_it_reads(models, long_doc):
    tagger, vectors = models
    fast = BlendedModel(vectors, tagger, share=0.3, doubt=0.45, weight=0.4)
    view = DocView.from_doc(long_doc)
    network = vectors.role_probabilities(long_doc, view)
    chosen: list[int] = []

    def record(owners, window_count):
        picked = fast.windows_to_read(network)(owners, window_count)
        chosen.extend(picked)
        assert len(picked) <= max(1, int(0.3 * window_count + 0.5))
        return picked

    tagged, read = tagger.windowed_probabilities([t.text for t in long_doc], record)
    assert chosen and read.any() and not read.all()
    expected = network.copy()
    expected[read] = 0.6 * tagged[read] + 0.4 * network[read]
    assert _spans(fast.predict(long_doc)) == _decoded(long_doc, view, expected)
    assert fast.read_share == pytest.approx(read.sum() / len(long_doc))
    assert fast.statement_filter is vectors.statement_filter

    # Nothing doubtful enough: the network alone, and the span tagger reads nothing.
    sure = BlendedModel(vectors, tagger, share=0.3, doubt=0.0)
    assert _spans(sure.predict(long_doc)) == _decoded(long_doc, view, network)
    assert sure.read_share == 0.0


def test_the_most_doubtful_cue_windows_are_read_first(models):
    tagger, vectors = models
    fast = BlendedModel(vectors, tagger, share=0.5, doubt=0.3)
    probabilities = np.zeros((6, 3, 3), dtype=np.float32)
    probabilities[:, :, OUTSIDE] = 1.0  # sure: no role anywhere
    probabilities[1, 0, OUTSIDE] = 0.45  # a cue at 0.55: very doubtful
    probabilities[4, 0, OUTSIDE] = 0.7  # a cue at 0.3: doubtful
    probabilities[5, 0, OUTSIDE] = 0.05  # a cue at 0.95: sure
    probabilities[2, 2, OUTSIDE] = 0.5  # doubtful content does not call the span tagger
    choose = fast.windows_to_read(probabilities)
    owners = [0, 0, 1, 1, 2, 3]  # token -> window
    assert choose(owners, 4) == [0, 2]
    assert choose(owners, 2) == [0]  # half of two windows
    assert choose([0, 0, 0, 0, 0, 0], 1) == [0]  # a short article: its one window
    assert choose([-1, -1, -1, -1, -1, -1], 4) == []  # no pieces, nothing to read


def test_the_fast_span_tagger_reads_at_most_its_share_of_a_long_article(models, nlp):
    tagger, vectors = models
    fast = BlendedModel(vectors, tagger, share=0.2, doubt=0.5)
    fast.predict(nlp(LONG_TEXT * 3))
    assert 0.0 < fast.read_share <= 0.25


@pytest.mark.parametrize("settings", [{"doubt": 0.6}, {"share": 1.5}, {"weight": -0.1}])
def test_settings_out_of_range_are_refused(models, settings) -> None:
    with pytest.raises(ValueError):
        BlendedModel(models[1], models[0], **settings)
