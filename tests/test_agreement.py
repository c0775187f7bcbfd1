"""Annotator agreement: several readings of one article scored as predictions are."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from brat_fixture import brat_annotation

from onrecord.errors import InputError
from onrecord.eval.agreement import (
    against_gold,
    headline,
    predicted_spans_against_gold,
    predictions_against_gold,
    read_multiply_annotated,
    span_headline,
    spans_against_gold,
)
from onrecord.eval.attribution import Attribution
from onrecord.eval.intervals import bootstrap_interval

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

SHARED_TEXT = (
    "Mayor Ines Okafor said that the bridge would reopen in May.\n\n"
    "\u201cWe are not cutting corners,\u201d the engineer told reporters."
)
GOLD = [
    ("Mayor Ines Okafor", "said", "that the bridge would reopen in May"),
    ("the engineer", "told reporters", "\u201cWe are not cutting corners,\u201d"),
]
# The second reader leaves "that" out of the first content: same relations, one boundary.
NARROWER = [
    ("Mayor Ines Okafor", "said", "the bridge would reopen in May"),
    ("the engineer", "told reporters", "\u201cWe are not cutting corners,\u201d"),
]
LONE_TEXT = "The council said the vote was fair."
LONE = [("The council", "said", "the vote was fair")]


def write_split(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "bridge.txt").write_text(SHARED_TEXT, encoding="utf-8")
    for reader, relations in (("b2", NARROWER), ("a1", GOLD), ("c3", GOLD)):
        (root / "attributions" / f"bridge_{reader}.ann").write_text(
            brat_annotation(SHARED_TEXT, relations), encoding="utf-8")
    (root / "text" / "vote.txt").write_text(LONE_TEXT, encoding="utf-8")
    (root / "attributions" / "vote_a1.ann").write_text(
        brat_annotation(LONE_TEXT, LONE), encoding="utf-8")
    return root


def test_only_articles_with_several_readers_are_read_gold_first(tmp_path):
    articles = read_multiply_annotated(write_split(tmp_path / "split"))
    assert [a.id for a in articles] == ["bridge"]
    article = articles[0]
    assert list(article.readings) == ["a1", "b2", "c3"]
    assert article.gold_annotator == "a1"
    assert len(article.gold) == 2


def test_a_reader_who_agrees_scores_one_and_a_boundary_costs_only_exact_content(tmp_path):
    articles = read_multiply_annotated(write_split(tmp_path / "split"))
    same = headline(against_gold(articles, annotator="c3"))
    assert same == {"source": 1.0, "cue": 1.0, "content": 1.0, "attribution": 1.0,
                    "direct": 1.0}
    narrower = headline(against_gold(articles, annotator="b2"))
    assert narrower["content"] == pytest.approx(0.5)
    assert narrower["attribution"] == 1.0 and narrower["source"] == 1.0
    pooled = against_gold(articles).to_dict()
    assert pooled["gold_attributions"] == 4  # two readers, two gold relations each
    assert pooled["roles"]["content"]["exact"]["tp"] == 3


def test_predictions_are_scored_against_the_same_gold(tmp_path):
    articles = read_multiply_annotated(write_split(tmp_path / "split"))
    assert headline(predictions_against_gold(articles, {}))["attribution"] == 0.0
    start = SHARED_TEXT.index("that the bridge")
    cue = SHARED_TEXT.index("said")
    mayor = SHARED_TEXT.index("Mayor")
    one = Attribution(content=((start, start + len("that the bridge would reopen in May")),),
                      cue=((cue, cue + 4),), source=((mayor, mayor + 17),))
    figures = predictions_against_gold(articles, {"bridge": (one,)}).to_dict()
    assert figures["attribution"]["p"] == 1.0 and figures["attribution"]["r"] == 0.5


def test_bootstrap_interval_is_seeded_and_brackets_a_constant(tmp_path):
    articles = read_multiply_annotated(write_split(tmp_path / "split"))
    first = bootstrap_interval(articles, against_gold, figures=headline, resamples=20, seed=3)
    assert first == bootstrap_interval(articles, against_gold, figures=headline, resamples=20,
                                       seed=3)
    # One article: every resample is that article, so the interval is its figure.
    assert first["content"] == (0.75, 0.75)
    with pytest.raises(ValueError):
        bootstrap_interval([], against_gold, figures=headline)


def test_readings_are_scored_span_by_span_as_cofenet_scored(tmp_path):
    articles = read_multiply_annotated(write_split(tmp_path / "split"))
    assert span_headline(spans_against_gold(articles, annotator="c3")) == {
        "source": 1.0, "cue": 1.0, "content": 1.0}
    narrower = spans_against_gold(articles, annotator="b2").to_dict()
    assert narrower["content"]["f1"] == pytest.approx(0.5)
    assert narrower["source"]["f1"] == 1.0
    assert span_headline(spans_against_gold(articles))["content"] == pytest.approx(0.75)
    interval = bootstrap_interval(articles, spans_against_gold, figures=span_headline,
                                  resamples=10, seed=1)
    assert set(interval) == {"source", "cue", "content"}
    assert interval["content"] == (0.75, 0.75)
    assert span_headline(predicted_spans_against_gold(articles, {}))["cue"] == 0.0


def test_a_folder_that_is_not_a_split_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        read_multiply_annotated(tmp_path)


def test_the_benchmark_prints_each_reader_and_the_pooled_row(tmp_path, capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import annotator_agreement

    split = write_split(tmp_path / "split")
    assert annotator_agreement.main(["--polnear", str(split), "--bootstrap", "5"]) == 0
    out = capsys.readouterr().out
    assert "1 articles with several annotators (3 annotators; gold = first file by name: a1)" in out
    assert "annotator b2 vs gold" in out and "annotator a1 vs gold" not in out
    pooled = next(line for line in out.splitlines() if line.startswith("every annotator"))
    assert "0.750 (0.750-0.750)" in pooled
    # The span yardstick's table follows, with its own pooled row (source, cue, content).
    spans = out.split("spans per paragraph, exact F1 (CofeNet's yardstick)")[1]
    span_row = next(line for line in spans.splitlines() if line.startswith("every annotator"))
    assert span_row.split()[5:] == ["1.000", "(1.000-1.000)", "1.000", "(1.000-1.000)",
                                    "0.750", "(0.750-0.750)"]
    # Per reading: two readers, three right contents and one with other edges on each side.
    kinds = out.split("content spans per reading")[1]
    kinds_row = next(line for line in kinds.splitlines() if line.startswith("every annotator"))
    assert kinds_row.split()[4:] == ["2", "1.5", "0.0", "0.5", "0.5", "0.0"]
    empty = tmp_path / "empty"
    (empty / "text").mkdir(parents=True)
    assert annotator_agreement.main(["--polnear", str(empty), "--bootstrap", "0"]) == 1
    sys.modules.pop("annotator_agreement", None)


def test_the_benchmark_scores_onrecord_on_the_same_articles(tmp_path, capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import annotator_agreement

    split = write_split(tmp_path / "split")
    assert annotator_agreement.main(
        ["--polnear", str(split), "--bootstrap", "3", "--model", "rules"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines()
            if line.startswith("onrecord rules")]
    # The rules find both relations of this plain article with the gold's sources: the
    # headline row, the span yardstick's row, and both contents right per reading.
    assert len(rows) == 3
    assert rows[0].split()[3] == "1.000"  # source exact F1 is the first figure
    assert rows[1].split()[3] == "1.000"
    assert rows[2].split()[2:] == ["1", "2.0", "0.0", "0.0", "0.0", "0.0"]
    sys.modules.pop("annotator_agreement", None)


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REFERENCE_SCORER = SHARED / "tools" / "attrib_eval.py"
POLNEAR = SHARED / "data" / "polnear"


@pytest.mark.skipif(not (REFERENCE_SCORER.exists() and (POLNEAR / "dev").is_dir()),
                    reason="no shared corpus and reference scorer beside the repository")
def test_agreement_on_polnear_equals_the_reference_scorer(tmp_path):
    """The reference scorer, given each further annotator's file as predictions against the
    first file's gold, prints the figures onrecord.eval.agreement computes."""
    import json
    import subprocess

    articles = [a for split in ("train", "dev") for a in read_multiply_annotated(POLNEAR / split)]
    assert len(articles) >= 2
    gold_lines, pred_lines = [], []
    (tmp_path / "text").mkdir()
    for article in articles:
        for name, reading in article.readings.items():
            if name == article.gold_annotator:
                continue
            key = f"{article.id}--{name}"
            (tmp_path / "text" / f"{key}.txt").write_text(article.text, encoding="utf-8",
                                                          newline="")
            gold_lines.append({"doc": key, "attributions": [a.to_dict() for a in article.gold]})
            pred_lines.append({"doc": key, "attributions": [a.to_dict() for a in reading]})
    for name, lines in (("gold.jsonl", gold_lines), ("pred.jsonl", pred_lines)):
        (tmp_path / name).write_text("".join(json.dumps(line) + "\n" for line in lines),
                                     encoding="utf-8")
    printed = subprocess.run(
        [sys.executable, str(REFERENCE_SCORER), "score", "--gold", str(tmp_path / "gold.jsonl"),
         "--pred", str(tmp_path / "pred.jsonl"), "--text-dir", str(tmp_path), "--json"],
        check=True, capture_output=True, text=True).stdout
    reference = json.loads(printed)
    ours = against_gold(articles).to_dict()
    for role in ("source", "cue", "content"):
        assert ours["roles"][role]["exact"]["f1"] == pytest.approx(
            reference["roles"][role]["exact"]["f1"])
    assert ours["attribution"]["f1"] == pytest.approx(reference["attribution"]["f1"])
    assert ours["direct"]["f1"] == pytest.approx(reference["direct"]["f1"])
    assert ours["gold_attributions"] == reference["gold_attributions"]
