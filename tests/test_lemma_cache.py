"""The remembering lemmatizer gives exactly the lemmas spaCy's lemmatizer gives."""

from __future__ import annotations

import pytest
import spacy

from onrecord.nlp import lemma_cache
from onrecord.nlp.lemma_cache import RememberingLemmatizer, speed_up_lemmatizer
from onrecord.nlp.pipeline import ENGLISH_PIPELINE

ARTICLE = (
    "The harbour master said on Monday that the piers were closing. \"We have been "
    "warning them for years,\" she told reporters, adding that the ferries had stopped "
    "running. Councillors argued; the councillor's aides were quieter. She says the "
    "closings saddened her. The best-laid plans went awry, and the workers' unions are "
    "striking again."
)


@pytest.fixture(scope="module")
def plain():
    return spacy.load(ENGLISH_PIPELINE)


@pytest.mark.model
def test_same_lemmas_as_spacy_cold_and_warm(plain):
    remembering = spacy.load(ENGLISH_PIPELINE)
    assert speed_up_lemmatizer(remembering)
    assert isinstance(remembering.get_pipe("lemmatizer"), RememberingLemmatizer)
    expected = [t.lemma_ for t in plain(ARTICLE)]
    assert [t.lemma_ for t in remembering(ARTICLE)] == expected  # fills the memory
    assert remembering.get_pipe("lemmatizer")._lemmas
    assert [t.lemma_ for t in remembering(ARTICLE)] == expected  # reads from it
    assert [t.lemma_ for t in remembering(ARTICLE.upper())] == [
        t.lemma_ for t in plain(ARTICLE.upper())]


@pytest.mark.model
def test_memory_is_bounded(plain, monkeypatch):
    monkeypatch.setattr(lemma_cache, "_MAX_ENTRIES", 3)
    remembering = spacy.load(ENGLISH_PIPELINE)
    speed_up_lemmatizer(remembering)
    assert [t.lemma_ for t in remembering(ARTICLE)] == [t.lemma_ for t in plain(ARTICLE)]
    assert len(remembering.get_pipe("lemmatizer")._lemmas) == 3


@pytest.mark.model
def test_saved_and_loaded_as_spacys_own_lemmatizer(plain, tmp_path):
    remembering = spacy.load(ENGLISH_PIPELINE)
    speed_up_lemmatizer(remembering)
    remembering.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert type(loaded.get_pipe("lemmatizer")).__name__ == "EnglishLemmatizer"
    assert [t.lemma_ for t in loaded(ARTICLE)] == [t.lemma_ for t in plain(ARTICLE)]


def test_leaves_other_pipelines_alone():
    blank = spacy.blank("en")
    assert not speed_up_lemmatizer(blank)
    blank.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not speed_up_lemmatizer(blank)


@pytest.mark.model
def test_onrecord_pipeline_uses_it(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), RememberingLemmatizer)
