"""The vector tagger: the fast mode's small network over spaCy's own token vectors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from onrecord.learned.features import DocView
from onrecord.learned.pieces import ROLES
from onrecord.learned.vector_features import (
    FLAGS,
    UNKNOWN,
    FeatureSpace,
    TokenRows,
    rule_labels,
    token_rows,
)
from onrecord.learned.vector_tagger import VectorTagger, forward
from onrecord.nlp.lexicon import cue_lexicon

TEXT = (
    "Ferry fares rise\n\n"
    "The harbour master insisted that “the boats cannot run at a loss,” and residents "
    "shrugged.\n\nShe said it twice."
)


def _space(nlp, *, rule_columns: bool = False, lemmas: tuple[str, ...] = ("say", "boat")):
    parser = nlp.get_pipe("parser")
    return FeatureSpace(
        pos=(UNKNOWN, "NOUN", "VERB", "PROPN", "PRON", "PUNCT", "SPACE"),
        dep=(UNKNOWN, *sorted(parser.labels)),
        ent=(UNKNOWN, "-", "PERSON", "ORG"),
        lemmas=lemmas,
        tensor_width=96,
        rule_columns=rule_columns,
    )


def _flag(rows: TokenRows, space: FeatureSpace, token: int, name: str) -> float:
    start = space.width - len(FLAGS) - (9 if space.rule_columns else 0)
    return float(rows.dense[token, start + FLAGS.index(name)])


def test_token_rows_carry_vectors_tags_and_cue_facts(nlp) -> None:
    doc = nlp(TEXT)
    space = _space(nlp)
    rows = token_rows(doc, DocView.from_doc(doc), space, cue_lexicon())
    assert rows.dense.shape == (len(doc), space.width)
    assert np.allclose(rows.dense[:, :96], doc.tensor)
    index = {t.text: t.i for t in doc}
    said, boats, loss = index["said"], index["boats"], index["loss"]
    # one column set per one-hot group
    pos_block = rows.dense[:, 96:96 + len(space.pos)]
    assert (pos_block.sum(axis=1) == 1).all()
    assert pos_block[said, space.pos.index("VERB")] == 1.0
    assert _flag(rows, space, said, "speech_verb") == 1.0
    assert _flag(rows, space, boats, "speech_verb") == 0.0
    assert _flag(rows, space, boats, "in_quote") == 1.0
    assert _flag(rows, space, index["residents"], "in_quote") == 0.0
    assert _flag(rows, space, loss, "in_quote") == 1.0
    assert _flag(rows, space, index["insisted"], "belief_verb") + _flag(
        rows, space, index["insisted"], "speech_verb") >= 1.0
    newline = next(t.i for t in doc if t.is_space and "\n" in t.text)
    assert _flag(rows, space, newline, "newline") == 1.0
    assert _flag(rows, space, newline, "speech_verb") == 0.0
    assert rows.lemma_ids[said] == 1 and rows.lemma_ids[boats] == 2
    assert rows.lemma_ids[index["residents"]] == 0  # not in the vocabulary


def test_rule_columns_one_hot_the_rules_tags(nlp) -> None:
    from onrecord.nlp.finder import find_candidates

    doc = nlp(TEXT)
    tags = rule_labels(doc, find_candidates(doc))
    assert tags.shape == (len(doc), len(ROLES))
    space = _space(nlp, rule_columns=True)
    rows = token_rows(doc, DocView.from_doc(doc), space, cue_lexicon(), tags)
    block = rows.dense[:, -9:].reshape(len(doc), 3, 3)
    assert (block.sum(axis=-1) == 1).all()
    assert (block.argmax(axis=-1) == tags).all()
    insisted = next(t.i for t in doc if t.text == "insisted")
    boats = next(t.i for t in doc if t.text == "boats")
    assert tags[insisted, ROLES.index("CUE")] == 1  # B: the rules found this quotation
    assert tags[boats, ROLES.index("CON")] == 2  # I
    assert tags[boats, ROLES.index("CUE")] == 0


def _random_weights(rng, width: int, lemmas: int, hidden: int, dilations: list[int]):
    weights = {
        "input.weight": rng.normal(0, 0.1, (width, hidden)).astype(np.float32),
        "input.bias": rng.normal(0, 0.1, hidden).astype(np.float32),
        "lemma.weight": rng.normal(0, 0.1, (lemmas + 1, hidden)).astype(np.float32),
        "output.weight": rng.normal(0, 0.1, (hidden, 9)).astype(np.float32),
        "output.bias": rng.normal(0, 0.1, 9).astype(np.float32),
    }
    for k, _ in enumerate(dilations):
        weights[f"conv{k}.weight"] = rng.normal(0, 0.1, (3 * hidden, hidden)).astype(np.float32)
        weights[f"conv{k}.bias"] = rng.normal(0, 0.1, hidden).astype(np.float32)
    return weights


def test_numpy_forward_matches_the_torch_network_it_was_exported_from() -> None:
    torch = pytest.importorskip("torch")  # training extras only
    from onrecord.learned.train_vector import VectorSettings, build_network, export_weights

    space = FeatureSpace(pos=("a", "b"), dep=("c",), ent=("d",), lemmas=("x", "y", "z"),
                         tensor_width=5)
    settings = VectorSettings(hidden=8, dilations=[1, 4], dropout=0.0)
    torch.manual_seed(0)
    network = build_network(space, settings)
    network.eval()
    rng = np.random.default_rng(0)
    n = 7  # shorter than nothing, longer than one dilation: both padding paths
    dense = rng.normal(0, 1, (n, space.width)).astype(np.float32)
    ids = rng.integers(0, 4, n)
    with torch.no_grad():
        expected = network(torch.tensor(dense)[None], torch.tensor(ids)[None],
                           torch.ones(1, n, 1))[0].numpy()
    got = forward(export_weights(network, settings), TokenRows(dense, ids), settings.dilations)
    assert np.allclose(got, expected, atol=1e-5)
    # Padding in a batch reads as zeros past the end: the same logits for the real tokens.
    padded = np.concatenate([dense, rng.normal(0, 1, (3, space.width)).astype(np.float32)])
    mask = torch.tensor([1.0] * n + [0.0] * 3).reshape(1, -1, 1)
    with torch.no_grad():
        batched = network(torch.tensor(padded)[None], torch.tensor(np.r_[ids, [1, 2, 3]])[None],
                          mask)[0].numpy()
    assert np.allclose(batched[:n], expected, atol=1e-5)


def _tiny_tagger_dir(tmp_path: Path, nlp, *, min_confidence: float = 0.0) -> Path:
    space = _space(nlp)
    dilations = [1, 2]
    weights = _random_weights(np.random.default_rng(2), space.width, len(space.lemmas), 8,
                              dilations)
    np.savez_compressed(tmp_path / "weights.npz", **weights)
    meta = {"name": "polnear-vectors", "version": "polnear-vectors-tiny",
            "features": space.to_dict(), "settings": {"dilations": dilations},
            "combine": "rules_first", "min_confidence": min_confidence}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return tmp_path


def test_tagger_predicts_valid_offsets_and_filters_by_confidence(tmp_path: Path, nlp) -> None:
    tagger = VectorTagger(_tiny_tagger_dir(tmp_path, nlp))
    doc = nlp(TEXT * 3)
    probabilities = tagger.role_probabilities(doc, DocView.from_doc(doc))
    assert probabilities.shape == (len(doc), 3, 3)
    assert np.allclose(probabilities.sum(axis=-1), 1.0, atol=1e-5)
    found = tagger.predict(doc)
    for candidate in found:
        for start, end in [*candidate.content, candidate.cue]:
            assert 0 <= start < end <= len(doc.text)
    assert tagger.predict(nlp("")) == []
    tagger.min_confidence = 1.01
    assert tagger.predict(doc) == []


def test_a_tagger_of_several_networks_averages_their_probabilities(
    tmp_path: Path, nlp
) -> None:
    space = _space(nlp)
    dilations = [1, 2]
    members = [_random_weights(np.random.default_rng(seed), space.width, len(space.lemmas), 8,
                               dilations) for seed in (5, 6)]
    singles = []
    for k, weights in enumerate(members):
        single = tmp_path / f"single{k}"
        single.mkdir()
        np.savez_compressed(single / "weights.npz", **weights)
        singles.append(single)
    both = tmp_path / "both"
    both.mkdir()
    np.savez_compressed(both / "weights.npz", **members[0])
    np.savez_compressed(both / "weights-1.npz", **members[1])
    meta = {"name": "polnear-vectors", "version": "polnear-vectors-pair",
            "features": space.to_dict(), "settings": {"dilations": dilations}}
    for directory, names in ((singles[0], None), (singles[1], None),
                             (both, ["weights.npz", "weights-1.npz"])):
        (directory / "meta.json").write_text(
            json.dumps({**meta, **({"members": names} if names else {})}), encoding="utf-8")
    doc = nlp(TEXT)
    view = DocView.from_doc(doc)
    one, two = (VectorTagger(d).role_probabilities(doc, view) for d in singles)
    averaged = VectorTagger(both).role_probabilities(doc, view)
    assert not np.allclose(one, two, atol=1e-3)  # the two networks do disagree
    assert np.allclose(averaged, (one + two) / 2, atol=1e-6)


@pytest.mark.parametrize("members", [[], ["../weights.npz"], ["missing.npz"]])
def test_a_tagger_refuses_members_it_cannot_read(
    tmp_path: Path, nlp, members: list[str]
) -> None:
    from onrecord.errors import ConfigError

    directory = _tiny_tagger_dir(tmp_path, nlp)
    meta = json.loads((directory / "meta.json").read_text())
    meta["members"] = members
    (directory / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ConfigError, match="cannot load the vector tagger"):
        VectorTagger(directory)


def test_tagger_leaves_a_doc_without_fitting_vectors_to_the_rules(
    tmp_path: Path, nlp, caplog
) -> None:
    import spacy

    tagger = VectorTagger(_tiny_tagger_dir(tmp_path, nlp))
    doc = spacy.blank("en")("She said that the boats run.")
    with caplog.at_level("WARNING"):
        assert tagger.predict(doc) == []
    assert "token vectors of width 96" in caplog.text


def test_tagger_refuses_a_model_with_other_flags(tmp_path: Path, nlp) -> None:
    from onrecord.errors import ConfigError

    directory = _tiny_tagger_dir(tmp_path, nlp)
    meta = json.loads((directory / "meta.json").read_text())
    meta["features"]["flags"] = meta["features"]["flags"][:-1]
    (directory / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ConfigError, match="other token flags"):
        VectorTagger(directory)


@pytest.mark.slow
def test_train_vectors_is_deterministic_and_loadable(
    tmp_path: Path, nlp, tiny_polnear_split: Path
) -> None:
    pytest.importorskip("torch")
    from click.testing import CliRunner

    from onrecord.cli.train_cmd import train_command
    from onrecord.learned import load_model

    outputs = []
    for name in ("one", "two"):
        out = tmp_path / name
        result = CliRunner().invoke(train_command, [
            "--polnear", str(tiny_polnear_split), "--out", str(out), "--seed", "3",
            "--method", "vectors", "--epochs", "3",
        ])
        assert result.exit_code == 0, result.output
        outputs.append(out)
    first, second = ((o / "weights.npz").read_bytes() for o in outputs)
    assert first == second
    model = load_model(outputs[0])
    assert model.version.startswith("polnear-vectors-") and model.version.endswith("-d1-s3")
    assert isinstance(model.predict(nlp("Ana Pell said that it rained.")), list)


def test_members_are_the_same_network_trained_from_the_following_seeds(
    tmp_path: Path, nlp, tiny_polnear_split: Path
) -> None:
    pytest.importorskip("torch")
    from click.testing import CliRunner

    from onrecord.cli.train_cmd import train_command
    from onrecord.learned import load_model

    def train(name: str, seed: int, *extra: str) -> Path:
        out = tmp_path / name
        result = CliRunner().invoke(train_command, [
            "--polnear", str(tiny_polnear_split), "--out", str(out), "--seed", str(seed),
            "--method", "vectors", "--epochs", "2", *extra,
        ])
        assert result.exit_code == 0, result.output
        return out

    pair = train("pair", 3, "--members", "2")
    assert json.loads((pair / "meta.json").read_text())["members"] == [
        "weights.npz", "weights-1.npz"]
    assert (pair / "weights.npz").read_bytes() == (train("s3", 3) / "weights.npz").read_bytes()
    assert (pair / "weights-1.npz").read_bytes() == (
        train("s4", 4) / "weights.npz").read_bytes()
    model = load_model(pair)
    assert model.version.endswith("-d1-s3")
    assert isinstance(model.predict(nlp("Ana Pell said that it rained.")), list)


@pytest.mark.slow
def test_a_teacher_changes_what_the_network_learns(
    tmp_path: Path, tiny_polnear_split: Path
) -> None:
    pytest.importorskip("torch")
    from click.testing import CliRunner

    from onrecord.cli.train_cmd import train_command
    from onrecord.learned import DEFAULT_MODEL_DIR

    def train(name: str, *extra: str) -> bytes:
        out = tmp_path / name
        result = CliRunner().invoke(train_command, [
            "--polnear", str(tiny_polnear_split), "--out", str(out), "--seed", "3",
            "--method", "vectors", "--epochs", "2", *extra,
        ])
        assert result.exit_code == 0, result.output
        return (out / "weights.npz").read_bytes()

    plain = train("plain")
    taught = train("taught", "--teacher", str(DEFAULT_MODEL_DIR))
    assert taught != plain
    assert train("taught-again", "--teacher", str(DEFAULT_MODEL_DIR)) == taught  # deterministic
    assert train("weightless", "--teacher", str(DEFAULT_MODEL_DIR), "--teacher-weight", "0") == plain


@pytest.mark.parametrize(
    "options",
    [
        ["--method", "transformer", "--teacher", "{teacher}"],
        ["--method", "vectors", "--teacher-weight", "1"],
        ["--method", "crf", "--members", "2"],
    ],
)
def test_teacher_options_apply_only_to_a_taught_vector_network(
    tmp_path: Path, tiny_polnear_split: Path, options: list[str]
) -> None:
    from click.testing import CliRunner

    from onrecord.cli.train_cmd import train_command
    from onrecord.learned import DEFAULT_MODEL_DIR

    options = [o.replace("{teacher}", str(DEFAULT_MODEL_DIR)) for o in options]
    result = CliRunner().invoke(train_command, [
        "--polnear", str(tiny_polnear_split), "--out", str(tmp_path / "m"), *options])
    assert result.exit_code == 2
    assert "--teacher" in result.output
    assert not (tmp_path / "m").exists()


def test_a_teacher_that_is_not_a_span_tagger_is_refused(tmp_path: Path) -> None:
    from onrecord.errors import ConfigError
    from onrecord.learned import VECTOR_MODEL_DIR
    from onrecord.learned.train_vector import teacher_probabilities

    with pytest.raises(ConfigError, match="not a polnear-minilm"):
        teacher_probabilities([], VECTOR_MODEL_DIR)
    with pytest.raises(ConfigError, match="cannot read"):
        teacher_probabilities([], tmp_path)


def test_teacher_probabilities_must_match_the_articles() -> None:
    pytest.importorskip("torch")
    from onrecord.learned.train_vector import VectorSettings, fit_vector

    with pytest.raises(ValueError, match="one array per article"):
        fit_vector([], None, VectorSettings(teacher_weight=1.0), seed=0,  # type: ignore[arg-type]
                   teacher=[np.zeros((3, 3, 3))])


def test_a_doubtful_cue_is_kept_only_when_it_holds_a_known_cue_verb(nlp) -> None:
    from onrecord.learned.span_model import candidates_from_runs

    doc = nlp("Ada Brisk said the pier will close. Ada Brisk painted the pier blue.")
    words = [token.text for token in doc]

    def run(start_word: str, length: int, after: int = 0) -> tuple[int, int]:
        start = [i for i, word in enumerate(words) if word == start_word][after]
        return start, start + length

    runs = {
        "CUE": [run("said", 1), run("painted", 1)],
        "CON": [run("the", 4), run("the", 3, after=1)],
        "SRC": [run("Ada", 2), run("Ada", 2, after=1)],
    }
    doubtful = [0.7] * len(doc)  # below the 0.8 a cue needs
    view = DocView.from_doc(doc)

    def cues(**thresholds: float) -> list[str]:
        found = candidates_from_runs(doc, view, runs, doubtful, **thresholds)
        return [doc.text[slice(*candidate.cue)] for candidate in found]

    assert cues(min_confidence=0.8) == []
    assert cues(min_confidence=0.8, known_cue_confidence=0.6) == ["said"]  # not "painted"
    assert cues(min_confidence=0.8, known_cue_confidence=0.75) == []
    assert cues(min_confidence=0.6) == ["said", "painted"]


def test_a_holdout_seed_apart_from_the_training_seed_is_recorded_and_read(
    tmp_path: Path, tiny_polnear_split: Path
) -> None:
    """A run with training seed 5 that leaves out the articles seed 0 picks: the filter
    and the soup must read seed 0 as its held-out set, not 5."""
    pytest.importorskip("torch")
    from click.testing import CliRunner

    from onrecord.cli.train_cmd import train_command
    from onrecord.learned.corpus import held_out_of, training_documents

    text = (tiny_polnear_split / "text" / "mill.txt").read_text(encoding="utf-8")
    ann = (tiny_polnear_split / "attributions" / "mill_x.ann").read_text(encoding="utf-8")
    for name in ("kiln", "weir"):  # three articles, so that one can be held out
        (tiny_polnear_split / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (tiny_polnear_split / "attributions" / f"{name}_x.ann").write_text(ann, encoding="utf-8")
    out = tmp_path / "held"
    result = CliRunner().invoke(train_command, [
        "--polnear", str(tiny_polnear_split), "--out", str(out), "--seed", "5",
        "--holdout", "1", "--holdout-seed", "0", "--method", "vectors", "--epochs", "1",
    ])
    assert result.exit_code == 0, result.output
    meta = json.loads((out / "meta.json").read_text())
    assert meta["trained_on"]["seed"] == 5 and meta["trained_on"]["holdout_seed"] == 0
    assert meta["version"].endswith("-d2-s5")
    assert held_out_of(meta) == (1, 0)
    # the filter reads, as held out, the article the training left out
    from onrecord.learned.train_filter import held_out_documents

    trained = {d.doc_id for d in training_documents(tiny_polnear_split, seed=0, documents=None,
                                                    holdout=1)}
    [unseen] = held_out_documents(tiny_polnear_split, out)
    assert len(trained) == 2 and unseen.doc_id not in trained


def test_older_models_read_their_training_seed_as_the_holdout_seed() -> None:
    from onrecord.learned.corpus import held_out_of, trained_on_record

    older = {"trained_on": {"corpus": "PolNeAR train", "documents": 780, "seed": 1,
                            "held_out": 60}}
    assert held_out_of(older) == (60, 1)
    assert held_out_of({"trained_on": trained_on_record(
        documents=780, seed=3, held_out=60, holdout_seed=0)}) == (60, 0)
    # the same seed, or nothing held out, writes what older models wrote
    assert trained_on_record(documents=780, seed=1, held_out=60, holdout_seed=1) == \
        older["trained_on"]
    assert "holdout_seed" not in trained_on_record(documents=840, seed=3, held_out=0,
                                                   holdout_seed=0)
    assert held_out_of({}) == (0, 0)


def test_holdout_seed_needs_holdout_and_a_method_that_holds_out(
    tmp_path: Path, tiny_polnear_split: Path
) -> None:
    from click.testing import CliRunner

    from onrecord.cli.train_cmd import train_command

    for extra in (["--method", "vectors"], ["--method", "crf", "--holdout", "1"]):
        result = CliRunner().invoke(train_command, [
            "--polnear", str(tiny_polnear_split), "--out", str(tmp_path / "x"),
            "--holdout-seed", "0", *extra])
        assert result.exit_code == 2 and "--holdout-seed" in result.output
        assert not (tmp_path / "x").exists()
