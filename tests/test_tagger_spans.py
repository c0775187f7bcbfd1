"""benchmarks/tagger_spans.py: the learned taggers alone, span by span per paragraph."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import spacy
from brat_fixture import brat_annotation

from onrecord.learned.pieces import BEGIN, INSIDE, OUTSIDE

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture()
def tagger_spans(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import tagger_spans

    yield tagger_spans
    sys.modules.pop("tagger_spans", None)


def test_each_decoded_run_becomes_a_span_of_its_role(tagger_spans):
    doc = spacy.blank("en")("Ana Ruiz said the plan works .")
    labels = np.full((len(doc), 3), OUTSIDE)
    labels[2, 0] = BEGIN                                   # cue: said
    labels[0, 1], labels[1, 1] = BEGIN, INSIDE             # source: Ana Ruiz
    labels[3, 2], labels[4, 2], labels[5, 2] = BEGIN, INSIDE, INSIDE  # content
    probabilities = np.zeros((len(doc), 3, 3), dtype=np.float32)
    for token in range(len(doc)):
        for role in range(3):
            probabilities[token, role, labels[token, role]] = 1.0
    runs = tagger_spans.tagged_runs(doc, probabilities)
    spelled = sorted((role, doc.text[s:e]) for run in runs for role in ("source", "cue", "content")
                     for s, e in run.role(role))
    assert spelled == [("content", "the plan works"), ("cue", "said"), ("source", "Ana Ruiz")]
    assert all(sum(bool(run.role(r)) for r in ("source", "cue", "content")) == 1 for run in runs)


@pytest.mark.model
def test_the_benchmark_scores_the_network_on_a_split(tagger_spans, tmp_path, capsys, nlp):
    text = ("Mayor Ines Okafor said that the bridge would reopen in May.\n\n"
            "\u201cWe are not cutting corners,\u201d the engineer told reporters.")
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "bridge.txt").write_text(text, encoding="utf-8")
    (tmp_path / "attributions" / "bridge_a1.ann").write_text(brat_annotation(text, [
        ("Mayor Ines Okafor", "said", "that the bridge would reopen in May"),
        ("the engineer", "told reporters", "\u201cWe are not cutting corners,\u201d"),
    ]), encoding="utf-8")
    assert tagger_spans.main(["--polnear", str(tmp_path), "--tagger", "network"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "1 articles, tagger network" in lines[0]
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:]}
    assert set(rows) == {"source", "cue", "content"}
    for cells in rows.values():
        tp, fp, fn = (int(cell) for cell in cells[3:6])
        assert tp + fn == 2  # two gold spans per role in this article
        missed, edges_gold, edges_pred, spurious = (int(cell) for cell in cells[6:10])
        assert missed + edges_gold == fn and edges_pred + spurious == fp
