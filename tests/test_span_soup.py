"""A soup of span taggers: the members' weights averaged into one loadable model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from test_span_model import VOCAB, _random_weights

from onrecord.cli.main import cli
from onrecord.errors import InputError
from onrecord.learned.encoder import load_weights, quantize
from onrecord.learned.span_model import SpanModel
from onrecord.learned.span_soup import average_span_taggers


def _member(path: Path, seed: int, *, held_out: int = 0, holdout_seed: int = 0,
            vocab: list[str] = VOCAB, hidden: int = 16) -> Path:
    path.mkdir(parents=True)
    weights = _random_weights(np.random.default_rng(seed), len(vocab), hidden, 1)
    np.savez_compressed(path / "weights.npz", **quantize(weights))
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    meta = {"name": "polnear-minilm", "format": 1, "version": f"member-{seed}",
            "encoder": {"layers": 1, "heads": 4}, "roles": ["CUE", "SRC", "CON"],
            "settings": {"window": 12, "stride": 8},
            "trained_on": {"corpus": "PolNeAR train", "documents": 30 - held_out,
                           "seed": holdout_seed, "held_out": held_out},
            "steps": 10, "training_seconds": 1.5}
    (path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def _stored(path: Path) -> dict[str, np.ndarray]:
    return load_weights(path / "weights.npz")


def test_the_soup_holds_the_members_mean_and_loads(tmp_path: Path) -> None:
    members = [_member(tmp_path / f"m{k}", k) for k in range(3)]
    meta = average_span_taggers(members, tmp_path / "soup")
    soup, parts = _stored(tmp_path / "soup"), [_stored(m) for m in members]
    for name, value in soup.items():
        mean = np.mean([p[name] for p in parts], axis=0)
        # one more int8 rounding than the members: within half a step of the row's scale
        step = np.abs(mean).max(axis=-1, keepdims=True) / 127.0 if mean.ndim == 2 else 1e-6
        assert np.all(np.abs(value - mean) <= step / 2 + 1e-6), name
    assert meta["members"] == ["member-0", "member-1", "member-2"]
    assert meta["steps"] == 30 and meta["training_seconds"] == 4.5
    assert meta["version"].startswith("polnear-minilm-") and "-soup3-" in meta["version"]
    model = SpanModel(tmp_path / "soup")
    assert model.version == meta["version"]
    probabilities = model.role_probabilities(["The", "mayor", "said", "so", "."])
    assert np.allclose(probabilities.sum(axis=-1), 1.0, atol=1e-5)


def test_the_soup_is_deterministic_and_the_members_order_does_not_matter(tmp_path: Path) -> None:
    a, b = _member(tmp_path / "a", 1), _member(tmp_path / "b", 2)
    version = average_span_taggers([a, b], tmp_path / "ab")["version"]
    average_span_taggers([a, b], tmp_path / "ab2")
    assert average_span_taggers([b, a], tmp_path / "ba")["version"] == version
    first, again, swapped = (_stored(tmp_path / d) for d in ("ab", "ab2", "ba"))
    assert all(np.array_equal(first[n], again[n]) for n in first)
    assert all(np.allclose(first[n], swapped[n], atol=1e-6) for n in first)


def test_the_soup_keeps_a_shared_held_out_set_and_drops_a_mixed_one(tmp_path: Path) -> None:
    same = [_member(tmp_path / f"s{k}", k, held_out=6, holdout_seed=3) for k in range(2)]
    assert average_span_taggers(same, tmp_path / "same")["trained_on"] == {
        "corpus": "PolNeAR train", "documents": 24, "seed": 3, "held_out": 6}
    mixed = [same[0], _member(tmp_path / "other", 5, held_out=6, holdout_seed=4)]
    # each member read the articles the other held out: the soup has seen them all
    assert average_span_taggers(mixed, tmp_path / "mixed")["trained_on"] == {
        "corpus": "PolNeAR train", "documents": 24, "seed": None, "held_out": 0}


@pytest.mark.parametrize("other", [
    {"vocab": VOCAB[:-1] + ["zz"]},
    {"hidden": 20},
])
def test_a_span_tagger_of_another_kind_is_refused(tmp_path: Path, other: dict) -> None:
    a = _member(tmp_path / "a", 1)
    b = _member(tmp_path / "b", 2, **other)
    with pytest.raises(InputError, match="not the same kind"):
        average_span_taggers([a, b], tmp_path / "soup")
    assert not (tmp_path / "soup").exists()


def test_the_soup_command(tmp_path: Path) -> None:
    a, b = _member(tmp_path / "a", 1), _member(tmp_path / "b", 2)
    runner = CliRunner()
    done = runner.invoke(cli, ["train", "--method", "soup", "--out", str(tmp_path / "soup"),
                               "--span-tagger", str(a), "--span-tagger", str(b)])
    assert done.exit_code == 0, done.output
    assert "averaged 2 span taggers" in done.output
    assert SpanModel(tmp_path / "soup").meta["members"] == ["member-1", "member-2"]
    alone = runner.invoke(cli, ["train", "--method", "soup", "--out", str(tmp_path / "x"),
                                "--span-tagger", str(a)])
    assert alone.exit_code == 2 and "two or more" in alone.output
    missing = runner.invoke(cli, ["train", "--out", str(tmp_path / "y")])
    assert missing.exit_code == 2 and "--polnear is required" in missing.output
    broken = tmp_path / "broken"
    broken.mkdir()
    refused = runner.invoke(cli, ["train", "--method", "soup", "--out", str(tmp_path / "z"),
                                  "--span-tagger", str(a), "--span-tagger", str(broken)])
    assert refused.exit_code == 1 and "cannot read the span tagger" in refused.output


def test_a_member_whose_meta_lacks_its_settings_is_refused(tmp_path: Path) -> None:
    a, b = _member(tmp_path / "a", 1), _member(tmp_path / "b", 2)
    meta = json.loads((b / "meta.json").read_text(encoding="utf-8"))
    del meta["settings"]
    (b / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(InputError, match="lacks a version or settings"):
        average_span_taggers([a, b], tmp_path / "soup")
