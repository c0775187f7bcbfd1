"""`onrecord extract`: formats, stdin, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.model

ARTICLE = ' date 2025-03-12 Pier news\n\n"We will rebuild the pier," said Mayor Ann Doe.\n'


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "onrecord.cli.main", *args],
        check=False, input=stdin, capture_output=True, text=True, timeout=300,
    )


def test_json_from_stdin():
    proc = run("extract", "-", "--format", "json", stdin=ARTICLE)
    assert proc.returncode == 0, proc.stderr
    obj = json.loads(proc.stdout)
    assert obj["article"]["published"] == "2025-03-12"
    assert set(obj) >= {"article", "statements", "problems"}
    for statement in obj["statements"]:
        assert set(statement) >= {"id", "kind", "text", "content", "cue", "source", "speaker",
                                  "confidence"}


def test_jsonl_for_a_directory_in_sorted_order(tmp_path):
    (tmp_path / "b.txt").write_text(ARTICLE)
    (tmp_path / "a.txt").write_text("Nothing said here.")
    proc = run("extract", str(tmp_path), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line["article"]["path"].rsplit("/", 1)[-1] for line in lines] == ["a.txt", "b.txt"]


def test_missing_input_exits_1_but_processes_the_rest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    proc = run("extract", str(tmp_path / "missing.txt"), str(good), "--format", "jsonl")
    assert proc.returncode == 1
    assert "missing.txt" in proc.stderr
    assert len(proc.stdout.splitlines()) == 1


def test_usage_error_exits_2():
    assert run("extract", "--format", "xml", "x.txt").returncode == 2
    assert run("extract").returncode == 2
