"""The statement filter: its features, its logistic regression, its fitting and its place
in the finder."""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pytest
from brat_fixture import brat_annotation

from onrecord.errors import ConfigError, InputError
from onrecord.learned.train_filter import fit_statement_filter, held_out_documents
from onrecord.nlp.candidates import Candidate
from onrecord.nlp.finder import find_candidates
from onrecord.nlp.lexicon import cue_lexicon
from onrecord.nlp.statement_filter import (
    FEATURES,
    FILTER_FILE,
    ROLE_PROBABILITIES,
    StatementFilter,
    candidate_features,
    load_statement_filter,
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _features(nlp, text: str, candidate: Candidate) -> dict[str, float]:
    doc = nlp(text)
    values = candidate_features(doc, text, candidate, cue_lexicon())
    assert len(values) == len(FEATURES)
    return dict(zip(FEATURES, values))


def _filter(**weights: float) -> StatementFilter:
    """A filter with the named weights (others 0), features taken as they are."""
    return StatementFilter(
        weights=tuple(weights.get(name, 0.0) for name in FEATURES), bias=0.0, threshold=0.5,
        means=tuple(0.0 for _ in FEATURES), scales=tuple(1.0 for _ in FEATURES))


@pytest.mark.model
def test_features_describe_source_cue_and_content(nlp):
    text = "Harbour plan\nMayor John Miller said on Monday that the ferry would stop."
    candidate = Candidate(
        "indirect", [_span(text, "the ferry would stop")], _span(text, "said"),
        _span(text, "Mayor John Miller"), confidence=0.9, origin="learned",
        that=_span(text, "that"))
    values = _features(nlp, text, candidate)
    assert values["origin=learned"] == 1.0 and values["origin=quotes"] == 0.0
    assert values["kind=indirect"] == 1.0
    assert values["confidence"] == 0.9 and values["confidence*learned"] == 0.9
    assert values["no_source"] == 0.0 and values["source_person"] == 1.0
    assert values["cue_say"] == 1.0 and values["cue_speech"] == 1.0
    assert values["cue_unknown_verb"] == 0.0
    assert values["content_that"] == 1.0 and values["content_has_verb"] == 1.0
    assert values["content_before_cue"] == 0.0 and values["in_first_line"] == 0.0
    assert values["content_log_tokens"] == pytest.approx(math.log1p(4))
    # "on Monday that" stands between the cue and its content
    assert values["cue_content_gap"] == pytest.approx(math.log1p(3))
    # no model ran on this Doc: its probabilities read as 0
    assert values["model_cue"] == 0.0


@pytest.mark.model
def test_features_of_a_sourceless_adverb_cue_in_the_headline(nlp):
    text = "Pier reportedly sold\nThe town met on Monday."
    candidate = Candidate("indirect", [_span(text, "sold")], _span(text, "reportedly"), None,
                          confidence=0.5, origin="reported")
    values = _features(nlp, text, candidate)
    assert values["no_source"] == 1.0 and values["confidence*learned"] == 0.0
    assert values["cue_has_verb"] == 0.0 and values["cue_no_verb_or_noun"] == 1.0
    assert values["content_short"] == 1.0 and values["in_first_line"] == 1.0


@pytest.mark.model
def test_the_headline_is_the_first_line_after_a_date_header(nlp):
    text = " date 2024-03-08\n\nMayor John Miller says the pier will close\nThe town met."
    candidate = Candidate("indirect", [_span(text, "the pier will close")], _span(text, "says"),
                          _span(text, "Mayor John Miller"), origin="learned")
    assert _features(nlp, text, candidate)["in_first_line"] == 1.0
    later = Candidate("indirect", [_span(text, "met")], _span(text, "The town"), None)
    assert _features(nlp, text, later)["in_first_line"] == 0.0


@pytest.mark.model
def test_features_read_the_models_probabilities(nlp):
    text = "Ada Brisk said the ferry would stop."
    doc = nlp(text)
    probabilities = np.zeros((len(doc), 3, 3))
    probabilities[:, :, 0] = 1.0  # everything O ...
    said = next(token.i for token in doc if token.text == "said")
    probabilities[said, 0] = (0.2, 0.8, 0.0)  # ... but "said", a cue at 0.8
    candidate = Candidate("indirect", [_span(text, "the ferry would stop")], _span(text, "said"),
                          _span(text, "Ada Brisk"), origin="learned")
    values = dict(zip(FEATURES, candidate_features(doc, text, candidate, cue_lexicon(),
                                                   probabilities)))
    assert values["model_cue"] == pytest.approx(0.8)
    assert values["model_source"] == 0.0 and values["model_content"] == 0.0


def test_chance_is_the_logistic_of_the_standardised_features():
    statement_filter = StatementFilter(
        weights=tuple(2.0 if name == "no_source" else 0.0 for name in FEATURES), bias=-1.0,
        threshold=0.5, means=tuple(0.5 for _ in FEATURES), scales=tuple(0.5 for _ in FEATURES))
    features = [0.0] * len(FEATURES)
    features[FEATURES.index("no_source")] = 1.0
    assert statement_filter.chance(features) == pytest.approx(1 / (1 + math.exp(-1.0)))
    features[FEATURES.index("no_source")] = 0.0
    assert statement_filter.chance(features) == pytest.approx(1 / (1 + math.exp(3.0)))


def test_a_stored_filter_round_trips_and_refuses_other_features(tmp_path):
    statement_filter = _filter(no_source=-3.0)
    assert load_statement_filter(tmp_path) is None
    (tmp_path / FILTER_FILE).write_text(json.dumps(statement_filter.to_dict()))
    assert load_statement_filter(tmp_path) == statement_filter
    stored = statement_filter.to_dict()
    stored["features"] = list(FEATURES[:-1])
    (tmp_path / FILTER_FILE).write_text(json.dumps(stored))
    with pytest.raises(ValueError, match="other features"):
        load_statement_filter(tmp_path)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("weights", [0.0] * (len(FEATURES) - 1), "needs"),
        ("scales", [0.0] * len(FEATURES), "positive"),
        ("bias", float("nan"), "finite"),
        ("threshold", 1.5, "threshold"),
    ],
)
def test_a_damaged_filter_file_is_refused_not_read_silently(tmp_path, field, value, message):
    stored = _filter(no_source=-3.0).to_dict()
    stored[field] = value
    (tmp_path / FILTER_FILE).write_text(json.dumps(stored))
    with pytest.raises(ValueError, match=message):
        load_statement_filter(tmp_path)


def test_fitting_learns_which_feature_predicts_right_relations_deterministically():
    rng = np.random.default_rng(0)
    rows = rng.normal(size=(400, len(FEATURES)))
    telling = FEATURES.index("model_cue")
    labels = rows[:, telling] + 0.3 * rng.normal(size=400) > 0
    fitted = fit_statement_filter(rows, labels)
    assert fitted == fit_statement_filter(rows, labels)
    weights = np.abs(np.array(fitted.weights))
    assert weights.argmax() == telling and fitted.weights[telling] > 0
    chances = np.array([fitted.chance(list(row)) for row in rows])
    assert ((chances >= 0.5) == labels).mean() > 0.9


def test_fitting_needs_both_right_and_wrong_relations():
    rows = np.zeros((5, len(FEATURES)))
    with pytest.raises(InputError):
        fit_statement_filter(rows, np.ones(5, dtype=bool))
    with pytest.raises(InputError):
        fit_statement_filter(rows[:0], np.ones(0, dtype=bool))


def test_a_network_trained_on_every_article_cannot_teach_the_filter(tmp_path):
    (tmp_path / "meta.json").write_text(json.dumps({"trained_on": {"held_out": 0, "seed": 0}}))
    with pytest.raises(InputError, match="holdout"):
        held_out_documents(tmp_path, tmp_path)


class _FilteringModel:
    """A learned model that proposes nothing and brings a filter; it leaves probabilities
    on the Doc as a model that read it does, unless `reads` is false."""

    combine = "rule_content"

    def __init__(self, statement_filter: StatementFilter, reads: bool = True) -> None:
        self.statement_filter = statement_filter
        self.reads = reads

    def predict(self, doc):
        if self.reads:
            doc.user_data[ROLE_PROBABILITIES] = np.zeros((len(doc), 3, 3))
        return []


@pytest.mark.model
def test_the_finder_drops_what_the_models_filter_rejects(nlp):
    text = 'Ada Brisk said the ferry would stop. "It is over," the pier reportedly said.'
    found = find_candidates(nlp(text))
    assert any(c.source is None or c.kind == "direct" for c in found)
    # a filter that only lets through relations with no quotation marks
    keep_indirect = _filter(**{"kind=indirect": 10.0, "kind=direct": -10.0})
    doc = nlp(text)
    kept = find_candidates(doc, learned=_FilteringModel(keep_indirect))
    assert kept and all(c.kind == "indirect" for c in kept)
    assert len(kept) < len(found)
    assert ROLE_PROBABILITIES not in doc.user_data  # read, then dropped from the Doc
    # A Doc the model could not read (no vectors of its width) keeps the rules' relations.
    unread = find_candidates(nlp(text), learned=_FilteringModel(keep_indirect, reads=False))
    assert len(unread) == len(found)


@pytest.mark.model
def test_the_fast_model_loads_its_filter_and_refuses_a_broken_one(tmp_path):
    from onrecord.learned import VECTOR_MODEL_DIR
    from onrecord.learned.vector_tagger import VectorTagger

    shipped = VectorTagger(VECTOR_MODEL_DIR)
    assert isinstance(shipped.statement_filter, StatementFilter)
    for name in ("meta.json", "weights.npz"):
        (tmp_path / name).write_bytes((VECTOR_MODEL_DIR / name).read_bytes())
    assert VectorTagger(tmp_path).statement_filter is None
    (tmp_path / FILTER_FILE).write_text('{"features": ["something else"]}')
    with pytest.raises(ConfigError, match="statement filter"):
        VectorTagger(tmp_path)


HARBOUR = (
    "Ferry plan divides the town\n"
    "Councillor Petra Laine said that the plan would cost the town far more than promised. "
    "Residents told the paper they feared the ferry would stop.\n\n"
    "“We will not rush this,” said Mayor Odile Brenner on Tuesday.\n"
)
MARKET = (
    "Market hours to change\n"
    "Trader Nils Amundsen said the stalls would open an hour earlier from May. "
    "The council believes the change will bring more visitors, a spokeswoman said.\n"
)


def _toy_split(tmp_path):
    """A PolNeAR-like split of the two articles above. The residents' and the
    spokeswoman's relations are left out of the gold, so the finders' relations there are
    wrong ones for a filter to learn from."""
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (split / "text" / "market.txt").write_text(MARKET, encoding="utf-8")
    (split / "attributions" / "harbour_x.ann").write_text(brat_annotation(HARBOUR, [
        ("Councillor Petra Laine", "said", "that the plan would cost the town far more than promised"),
        ("Mayor Odile Brenner", "said", "“We will not rush this,”")]), encoding="utf-8")
    (split / "attributions" / "market_x.ann").write_text(brat_annotation(MARKET, [
        ("Trader Nils Amundsen", "said", "the stalls would open an hour earlier from May")]),
        encoding="utf-8")
    return split


@pytest.mark.model
def test_train_filter_command_fits_on_a_networks_held_out_articles(tmp_path):
    from click.testing import CliRunner

    from onrecord.cli.main import cli
    from onrecord.learned import VECTOR_MODEL_DIR
    from onrecord.learned.vector_tagger import VectorTagger

    split = _toy_split(tmp_path)
    network, target = tmp_path / "network", tmp_path / "target"
    for directory in (network, target):
        directory.mkdir()
        (directory / "weights.npz").write_bytes((VECTOR_MODEL_DIR / "weights.npz").read_bytes())
    meta = json.loads((VECTOR_MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    (target / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    meta["trained_on"] = {**meta["trained_on"], "held_out": 2, "seed": 0}
    (network / "meta.json").write_text(json.dumps(meta), encoding="utf-8")

    runner = CliRunner()
    refused = runner.invoke(cli, ["train", "--method", "filter", "--polnear", str(split),
                                  "--out", str(target)])
    assert refused.exit_code == 2 and "--network" in refused.output
    result = runner.invoke(cli, ["train", "--method", "filter", "--polnear", str(split),
                                 "--out", str(target), "--network", str(network)])
    assert result.exit_code == 0, result.output
    stored = json.loads((target / FILTER_FILE).read_text(encoding="utf-8"))
    assert stored["trained_on"]["documents"] == 2
    assert stored["trained_on"]["gold_relations"] == 3
    assert 0 < stored["trained_on"]["right"] < stored["trained_on"]["relations"]
    assert stored["trained_on"]["networks"] == [meta["version"]]
    loaded = VectorTagger(target)
    assert loaded.statement_filter is not None
    assert loaded.version.endswith(f"+{stored['version']}")
    # The version names the fit: its relation count and a digest of its numbers.
    assert re.fullmatch(r"statement-filter-\d+\.\d+\.\d+-r\d+-[0-9a-f]{6}", stored["version"])


@pytest.mark.model
def test_the_accurate_modes_filter_is_fitted_on_its_blend_and_read_by_it(tmp_path):
    from click.testing import CliRunner

    from onrecord.cli.main import cli
    from onrecord.learned import DEFAULT_MODEL_DIR, VECTOR_MODEL_DIR
    from onrecord.learned.blend import BlendedModel
    from onrecord.learned.span_model import SpanModel
    from onrecord.learned.vector_tagger import VectorTagger

    split = _toy_split(tmp_path)

    def copy(source, target, held_out):
        target.mkdir()
        for path in source.iterdir():
            if path.name != FILTER_FILE:
                (target / path.name).write_bytes(path.read_bytes())
        meta = json.loads((source / "meta.json").read_text(encoding="utf-8"))
        if held_out is not None:
            meta["trained_on"] = {**meta["trained_on"], "held_out": held_out, "seed": 0}
        (target / "meta.json").write_text(json.dumps(meta), encoding="utf-8")

    copy(VECTOR_MODEL_DIR, tmp_path / "network", 2)
    copy(DEFAULT_MODEL_DIR, tmp_path / "tagger", 2)
    copy(DEFAULT_MODEL_DIR, tmp_path / "other_tagger", 1)  # held out other articles
    copy(DEFAULT_MODEL_DIR, tmp_path / "target", None)
    runner = CliRunner()
    base = ["train", "--method", "filter", "--polnear", str(split), "--out",
            str(tmp_path / "target"), "--network", str(tmp_path / "network")]
    unpaired = runner.invoke(cli, [*base, "--network", str(tmp_path / "network"),
                                   "--span-tagger", str(tmp_path / "tagger")])
    assert unpaired.exit_code == 2 and "--span-tagger" in unpaired.output
    mismatched = runner.invoke(cli, [*base, "--span-tagger", str(tmp_path / "other_tagger")])
    assert mismatched.exit_code == 1 and "same articles" in mismatched.output
    result = runner.invoke(cli, [*base, "--span-tagger", str(tmp_path / "tagger")])
    assert result.exit_code == 0, result.output
    stored = json.loads((tmp_path / "target" / FILTER_FILE).read_text(encoding="utf-8"))
    assert stored["trained_on"]["documents"] == 2
    assert stored["trained_on"]["span_taggers"] == [json.loads(
        (DEFAULT_MODEL_DIR / "meta.json").read_text(encoding="utf-8"))["version"]]

    tagger, vectors = SpanModel(tmp_path / "target"), VectorTagger(VECTOR_MODEL_DIR)
    assert tagger.statement_filter is not None
    assert tagger.version == f"{tagger.tagger_version}+{stored['version']}"
    blend = BlendedModel(vectors, tagger)
    # The blend takes its own filter; the fast mode's stays out of it and its version.
    assert blend.statement_filter is tagger.statement_filter
    assert blend.version == f"{tagger.version}+{vectors.network_version}"
    assert vectors.statement_filter is not None
    assert vectors.statement_filter.version not in blend.version


def test_two_fits_of_as_many_relations_record_different_versions() -> None:
    from dataclasses import replace

    from onrecord.learned.train_filter import _digest

    first = replace(_filter(), bias=1.25)
    same_to_six_digits = replace(first, bias=1.25 + 1e-12)
    other = replace(first, bias=first.bias + 0.5)
    assert _digest(first) == _digest(same_to_six_digits)
    assert _digest(first) != _digest(other)
    assert re.fullmatch(r"[0-9a-f]{6}", _digest(first))
