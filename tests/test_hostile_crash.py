"""Crash safety: `onrecord ingest` killed with SIGKILL at random points, many times, then rerun.

In the end every article is stored exactly once, every statement once, and SQLite's
integrity check passes. The fast path ingests our own Parquet export (statements already
extracted: no NLP, so each run is short and many kills fit in the time); a second test kills
the real text path (spaCy) a few times.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from hostile_corpus import build_store, child_env, onrecord_command

from onrecord.store import SqliteStore
from onrecord.store.export import write_parquet

pytestmark = pytest.mark.slow


def start_ingest(inputs: list[str], db: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*onrecord_command(), "ingest", *inputs, "--db", str(db), "--jobs", "1", "--no-progress",
         "--format", "json", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env(), start_new_session=True,
    )


def kill_at(process: subprocess.Popen, delay: float) -> bool:
    """SIGKILL the whole process group after `delay` s; False if it had already finished."""
    try:
        process.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return True


def kill_when_stored(process: subprocess.Popen, db: Path, articles: int) -> bool:
    """SIGKILL once at least `articles` are committed (polled from a reader); False if it finished."""
    while process.poll() is None:
        if stored_counts(db)[0] >= articles:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.02)
    return False


def stored_counts(db: Path) -> tuple[int, int]:
    if not db.exists():
        return 0, 0
    with sqlite3.connect(db) as connection:
        try:
            return (connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
                    connection.execute("SELECT COUNT(*) FROM statements").fetchone()[0])
        except sqlite3.OperationalError:  # killed before the schema was committed
            return 0, 0


def assert_stored_exactly_once(db: Path, expected: dict[str, int]) -> None:
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
        articles = [row[0] for row in connection.execute("SELECT id FROM articles")]
        assert sorted(articles) == sorted(expected)  # each article once, none missing
        per_article = dict(connection.execute("SELECT article_id, COUNT(*) FROM statements GROUP BY article_id"))
        assert {a: per_article.get(a, 0) for a in expected} == expected
        total, distinct = connection.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM statements").fetchone()
        assert total == distinct == sum(expected.values())
        fts = connection.execute("SELECT COUNT(*) FROM statements_fts").fetchone()[0]
        assert fts == total
        orphans = connection.execute(
            "SELECT COUNT(*) FROM statements s LEFT JOIN articles a ON a.id = s.article_id WHERE a.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0


def test_sigkill_at_random_points_then_rerun_stores_everything_once(tmp_path):
    source = tmp_path / "source.db"
    expected = build_store(source, 600)
    export = tmp_path / "export"
    with SqliteStore(source, readonly=True) as store:
        write_parquet(store, str(export))
    # Timed kills are fractions of the time a run takes to start up and find nothing new
    # (a rerun over a complete store), so that they land in start-up, schema and the
    # first batches on a fast machine as on a slow one, never after the run has ended.
    reference_db = tmp_path / "reference.db"
    for _ in range(2):  # the first stores everything, the second finds nothing new
        began = time.monotonic()
        reference = start_ingest([str(export)], reference_db, "--batch-size", "5")
        _, err = reference.communicate(timeout=300)
        assert reference.returncode == 0, err[-2000:]
        start_up = time.monotonic() - began
    db = tmp_path / "crash.db"
    rng = random.Random(20240514)
    kills, partial = 0, []
    for attempt in range(15):
        process = start_ingest([str(export)], db, "--batch-size", "5")
        done = stored_counts(db)[0]
        if attempt % 3 == 0 or done >= len(expected) - 2:  # start-up, schema, the first batches
            killed = kill_at(process, rng.uniform(0.1, 0.9) * start_up)
        else:  # mid-ingest: once a few more (random) articles are committed
            step = rng.randint(1, len(expected) // 15)
            killed = kill_when_stored(process, db, min(done + step, len(expected) - 1))
        kills += killed
        partial.append(stored_counts(db))
    final = start_ingest([str(export)], db, "--batch-size", "5")
    _, err = final.communicate(timeout=300)
    assert final.returncode == 0, err[-2000:]
    assert kills >= 10, f"only {kills} runs were killed before finishing"
    # Kills landed at different points, many in the middle of the ingest.
    assert len({articles for articles, _ in partial if 0 < articles < len(expected)}) >= 5, partial
    assert_stored_exactly_once(db, expected)


@pytest.mark.model
def test_sigkill_during_real_extraction_then_rerun(tmp_path, nlp):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    towns = ["Corran", "Lisk", "Brenn", "Oddmouth", "Tarrow", "Velden", "Aske", "Morrow"]
    for number in range(24):
        town = towns[number % len(towns)]
        (corpus / f"{number:02d}.txt").write_text(
            f" date 2024-03-{number % 28 + 1:02d}\n{town} council meets\n\n"
            f'Mayor Ines Calloway said "the {town} ferry will run again by June {number}." '
            f"Harbour pilot Ravi Okonkwo told the {town} Gazette that the hull was unsafe. "
            f'"We need {number + 2} new boats," he said.\n'
        )
    reference = tmp_path / "reference.db"
    first = start_ingest([str(corpus)], reference, "--batch-size", "2")
    started = time.monotonic()
    assert first.wait(timeout=600) == 0, first.stderr.read()[-2000:]
    full_run = time.monotonic() - started
    with sqlite3.connect(reference) as connection:
        expected = dict(connection.execute(
            "SELECT a.id, COUNT(s.seq) FROM articles a LEFT JOIN statements s ON s.article_id = a.id GROUP BY a.id"))
        expected_ids = sorted(row[0] for row in connection.execute("SELECT id FROM statements"))
    assert len(expected) == 24 and sum(expected.values()) >= 24
    db = tmp_path / "crash.db"
    rng = random.Random(7)
    for _ in range(4):
        kill_at(start_ingest([str(corpus)], db, "--batch-size", "2"), rng.uniform(1.0, full_run))
    final = start_ingest([str(corpus)], db, "--batch-size", "2")
    assert final.wait(timeout=600) == 0, final.stderr.read()[-2000:]
    assert_stored_exactly_once(db, expected)
    with sqlite3.connect(db) as connection:
        assert sorted(row[0] for row in connection.execute("SELECT id FROM statements")) == expected_ids
