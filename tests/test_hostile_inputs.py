"""Hostile inputs: the generated bad-input corpus (benchmarks/make_bad_inputs.py) through the readers,
the store and `onrecord ingest`. Every file ends up stored (with its problems recorded), counted as a
failure with a message, or counted as a skip; the batch always goes on; nothing raises.

The fast tests read the corpus without NLP (a stub extractor). The slow test runs the real
`onrecord ingest` over the full corpus (50 MB article, 1 GiB gzip bomb) and bounds its time and
peak memory.
"""

from __future__ import annotations

import builtins
import errno
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_corpus import child_env, onrecord_command

from onrecord.ingest import decode_bytes
from onrecord.ingest import files as files_module
from onrecord.ingest.html import article_from_html
from onrecord.ingest.jsonl import article_from_json_line
from onrecord.ingest.sources import iter_sources
from onrecord.model import Article, ExtractionResult
from onrecord.store import SqliteStore
from onrecord.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]
# Kinds that take seconds even without NLP: the fast tests leave them to the slow one.
HEAVY = {"article_50mb", "gzip_bomb", "html_malformed", "many_lines"}


MEASURE = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
    "print(f'peak_kib={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}', file=sys.stderr); "
    "sys.exit(code)"
)


def _generator():
    spec = importlib.util.spec_from_file_location("make_bad_inputs", ROOT / "benchmarks" / "make_bad_inputs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_bad_inputs", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    generator = _generator()
    out = tmp_path_factory.mktemp("bad")
    light = {kind.name for kind in generator.KINDS} - HEAVY
    manifest = generator.generate(out, small=True, only=light)
    return out, manifest


@pytest.fixture(scope="module")
def stored_corpus(corpus, tmp_path_factory):
    """{path: StoredArticle} after ingesting the light corpus with the stub extractor."""
    store = SqliteStore(tmp_path_factory.mktemp("stored") / "p.db")
    ingest(store, iter_sources([str(corpus[0])]), extractor=stub_extractor)
    found = {article.path_or_url: article for article in store.iter_articles()}
    store.close()
    return found


def stub_extractor(article: Article) -> ExtractionResult:
    return ExtractionResult(article=article)


def test_the_generator_covers_at_least_thirty_kinds():
    kinds = _generator().KINDS
    assert len(kinds) >= 30
    assert len({kind.name for kind in kinds}) == len(kinds)
    assert {kind.expect for kind in kinds} <= {"stored", "failed", "skipped", "mixed"}


def test_every_bad_input_is_stored_failed_or_skipped_and_the_batch_goes_on(corpus, tmp_path):
    out, manifest = corpus
    store = SqliteStore(tmp_path / "bad.db")
    summary = ingest(store, iter_sources([str(out)]), extractor=stub_extractor, batch_size=4)
    stored = {article.path_or_url: article for article in store.iter_articles()}
    store.close()
    failed = {failure["input"] for failure in summary.failures}
    assert summary.failed == len(summary.failures)  # every failure listed (fewer than 100)
    assert all(failure["reason"] for failure in summary.failures)

    def outcome(name: str) -> set[str]:
        path = str(out / name)
        found = set()
        if any(key and (key == path or key.startswith(path + "#")) for key in stored):
            found.add("stored")
        if any(where == path or where.startswith((path + ":", path + "#")) for where in failed):
            found.add("failed")
        return found

    for item in manifest["kinds"]:
        for name in item["files"]:
            got = outcome(name)
            if item["expect"] == "stored":
                # A byte-identical article (the symlink's target) is a counted duplicate.
                assert got == {"stored"} or name == "link_target.txt", (item["kind"], name, got)
            elif item["expect"] == "failed":
                assert got == {"failed"}, (item["kind"], name, got)
            elif item["expect"] == "skipped":
                assert got == set(), (item["kind"], name, got)
            elif not name.startswith("link_target"):
                assert got or summary.skipped, (item["kind"], name)
    assert summary.skipped.get("warc_not_html") == 1 and summary.skipped.get("warc_http_404") == 1
    assert summary.exit_code == 1 and summary.stored >= 25


@pytest.mark.parametrize("name, problem, published", [
    ("impossible_date_header.txt", "bad_date_header", None),
    ("malformed_date_header.txt", "bad_date_header", None),
    ("huge_year_header.txt", "bad_date_header", None),
    ("utf16le_no_bom.txt", "encoding_detected", "2024-05-14"),
    ("utf16be_no_bom.txt", "encoding_detected", None),
    ("utf16_bom.txt", "encoding_detected", "2024-05-14"),
    ("windows_1252.txt", "encoding_detected", None),
    ("invalid_utf8.txt", None, None),
    ("nul_bytes.txt", "nul_bytes", "2024-05-14"),
    ("html_nested_10k.html", "html_too_deep", None),
    ("jsonl_broken.jsonl#bad-date", "bad_published", None),
    ("jsonl_impossible_date.jsonl#feb30", "bad_published", None),
])
def test_problems_are_recorded_on_the_stored_article(corpus, stored_corpus, name, problem, published):
    out, _ = corpus
    found = stored_corpus[str(out / name)]
    codes = {p.code for p in found.problems}
    if problem:
        assert problem in codes
    else:
        assert codes & {"encoding_detected", "invalid_utf8"}
    assert (found.published.isoformat() if found.published else None) == published
    assert "\x00" not in found.text


@pytest.mark.parametrize("data, starts", [
    (" date 2024-05-14\nThe mayor said yes.".encode("utf-16-le"), " date 2024-05-14"),
    ("The mayor said yes, twice.".encode("utf-16-be"), "The mayor"),
    ("Zoë said “no”.".encode("utf-16"), "Zoë said"),
    ("Zoë said “no”.".encode("cp1252"), "Zoë said “no”"),
])
def test_encodings_decode_to_the_words(data, starts):
    text, problems = decode_bytes(data)
    assert text.startswith(starts)
    assert [p.code for p in problems] == ["encoding_detected"]


def test_binary_with_a_few_nuls_is_not_mistaken_for_utf16():
    data = bytes(range(256)) * 20
    _, problems = decode_bytes(data)
    assert "encoding_detected" not in {p.code for p in problems} or "utf-16" not in problems[0].message


def test_deeply_nested_json_is_a_counted_line_failure():
    failure = article_from_json_line(b"[" * 100_000, where="f.jsonl:3", path="f.jsonl")
    assert "nested too deeply" in failure.message


def test_deep_html_falls_back_but_script_only_pages_stay_empty():
    deep = ("<html><body>" + "<div>" * 3000 + "<p>Mayor Ines Vale said the pier was safe.</p>"
            "<script>var hidden = 1;</script>" + "</div>" * 3000 + "</body></html>")
    article = article_from_html(deep.encode())
    assert article.text == "Mayor Ines Vale said the pier was safe."
    assert [p.code for p in article.problems] == ["html_too_deep"]
    shallow = "<html><body><script>var a = '<p>words</p>';</script></body></html>"
    assert article_from_html(shallow.encode()).text == ""


def test_broken_symlinks_are_counted_not_missed(tmp_path):
    (tmp_path / "real.txt").write_text('Mayor Ines Vale said "the pier is safe".')
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    os.symlink("loop_b.txt", tmp_path / "loop_a.txt")
    os.symlink("loop_a.txt", tmp_path / "loop_b.txt")
    os.symlink(".", tmp_path / "self_dir")
    items = list(iter_sources([str(tmp_path)]))
    messages = sorted(item.message for item in items if not isinstance(item, Article))
    assert [m.rsplit("/", 1)[1] for m in messages] == [
        "dangling.txt: broken symbolic link", "loop_a.txt: broken symbolic link",
        "loop_b.txt: broken symbolic link"]
    assert [item.path for item in items if isinstance(item, Article)] == [str(tmp_path / "real.txt")]


def test_an_unreadable_file_is_a_counted_failure(tmp_path, monkeypatch):
    """chmod 000 does not stop root, so a refused open is simulated (the real chmod is used too
    when the tests do not run as root)."""
    locked = tmp_path / "locked.txt"
    locked.write_text("Vale said yes.")
    (tmp_path / "open.txt").write_text("Maurin said no.")
    real_open = builtins.open

    def refusing_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    if os.geteuid() == 0:
        monkeypatch.setattr(files_module, "open", refusing_open, raising=False)
    else:
        locked.chmod(0)
    summary = ingest(SqliteStore(tmp_path / "u.db"), iter_sources([str(tmp_path)]),
                     extractor=stub_extractor)
    assert summary.stored == 1 and summary.failed == 1
    assert summary.failures[0]["reason"].endswith("locked.txt: Permission denied")


@pytest.mark.slow
@pytest.mark.model
def test_onrecord_ingest_over_the_whole_bad_corpus_is_bounded(tmp_path):
    """The real CLI, real NLP, full-size corpus: exit 1 (some inputs failed), no traceback,
    a summary for every input, wall time and peak memory within the stated bounds."""
    out = tmp_path / "bad"
    _generator().generate(out, small=False)
    size = sum(p.stat().st_size for p in out.iterdir() if p.is_file() and not p.is_symlink())
    started = time.monotonic()
    # A fresh wrapper process whose only child is the ingest: its RUSAGE_CHILDREN peak is the
    # ingest's own, whatever else this test session ran before.
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *onrecord_command(), "ingest", str(out),
         "--db", str(tmp_path / "bad.db"), "--jobs", "1", "--format", "json", "--no-progress"],
        capture_output=True, text=True, env=child_env(), timeout=900, check=False,
    )
    wall = time.monotonic() - started
    peak_mib = int(done.stderr.rsplit("peak_kib=", 1)[1]) / 1024
    assert done.returncode == 1, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    summary = json.loads(done.stdout)
    print(f"\nbad corpus: {size / 1e6:.0f} MB on disk, wall {wall:.1f} s, peak RSS {peak_mib:.0f} MiB, "
          f"load {os.getloadavg()[0]:.1f}; summary {summary | {'failures': len(summary['failures'])}}",
          file=sys.stderr)
    assert summary["stored"] >= 35 and summary["failed"] >= 10
    # Bounds: memory ~ spaCy (~0.5 GiB) + a few copies of the largest input (64 MiB cap);
    # time: the NLP cap (200,000 characters per article) times the big articles, plus
    # inflating the 1 GiB bomb, on a shared 2-core machine.
    assert peak_mib < 2048
    assert wall < 600
