"""SQLite specifics: migrations, WAL, FTS triggers, read-only use, the time limit, resumable ingest."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from test_store import make_result

from onrecord.errors import StoreError
from onrecord.ingest.items import ReadFailure, Skipped
from onrecord.model import Article, ExtractionResult, article_id_for
from onrecord.query import SearchQuery
from onrecord.store import SqliteStore
from onrecord.store.ingest import ingest
from onrecord.store.migrate import Migration, apply_migrations, bundled_migrations


def test_migrations_are_recorded_once_and_wal_is_on(tmp_path):
    path = tmp_path / "s.db"
    SqliteStore(path).close()
    SqliteStore(path).close()  # reopening applies nothing twice
    connection = sqlite3.connect(path)
    names = [row[0] for row in connection.execute("SELECT name FROM schema_migrations")]
    assert names == [migration.name for migration in bundled_migrations()]
    assert names[0] == "0001_initial"
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_failing_migration_is_rolled_back_entirely(tmp_path):
    connection = sqlite3.connect(tmp_path / "m.db", isolation_level=None)
    good = Migration("0001_good", "CREATE TABLE kept (x INTEGER);")
    bad = Migration("0002_bad", "CREATE TABLE half (x INTEGER); INSERT INTO missing VALUES (1);")
    with pytest.raises(StoreError, match="0002_bad"):
        apply_migrations(connection, [good, bad])
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "kept" in tables and "half" not in tables
    assert [r[0] for r in connection.execute("SELECT name FROM schema_migrations")] == ["0001_good"]


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "s.db"
    SqliteStore(path).close()
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO schema_migrations VALUES ('9999_future', 'now')")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="newer"):
        SqliteStore(path)


def test_fts_index_follows_deletes_and_updates(tmp_path):
    store = SqliteStore(tmp_path / "s.db")
    result = make_result('Ana said "the lighthouse keeper retired".', [("the lighthouse keeper retired", "Ana")])
    store.add_results([result])
    assert store.search(SearchQuery.parse("lighthouse")).total == 1
    connection = sqlite3.connect(tmp_path / "s.db")
    connection.execute("UPDATE statements SET text = 'the harbour master retired'")
    connection.commit()
    assert store.search(SearchQuery.parse("lighthouse")).total == 0
    assert store.search(SearchQuery.parse("harbour")).total == 1
    connection.execute("DELETE FROM quote_shingles")
    connection.execute("DELETE FROM quote_cluster_members")
    connection.execute("DELETE FROM statements")
    connection.commit()
    assert store.search(SearchQuery.parse("harbour")).total == 0
    integrity = connection.execute(
        "INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)"
    )
    assert integrity is not None


def test_read_only_store_refuses_writes_and_missing_files(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        SqliteStore(tmp_path / "absent.db", readonly=True)
    SqliteStore(tmp_path / "s.db").close()
    reader = SqliteStore(tmp_path / "s.db", readonly=True)
    with pytest.raises(StoreError, match="read-only"):
        reader.add_results([make_result("x", [])])
    assert reader.search(SearchQuery.parse("anything")).total == 0


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        SqliteStore(path)


def test_slow_queries_are_stopped_by_the_time_limit(tmp_path):
    store = SqliteStore(tmp_path / "s.db", query_timeout_s=0.0)
    store.add_results([
        make_result(f'Ana said "the ferry number {n} was late again".', [(f"the ferry number {n} was late again", "Ana")],
                    path=f"{n}.txt")
        for n in range(3000)
    ])
    with pytest.raises(StoreError, match="longer than"):
        store.search(SearchQuery.parse("ferry", kind="direct"))


# -- ingest: idempotent, transactional per batch, resumable -------------------------------
def quoted_statements(article: Article) -> ExtractionResult:
    """A stand-in extractor: every "..." in the text is a statement of an unnamed speaker."""
    import re

    quotes = [m.group(1) for m in re.finditer(r'"([^"]+)"', article.text)]
    result = make_result(article.text, [(q, None) for q in quotes], path=article.path or "x")
    return ExtractionResult(article=article, statements=result.statements)


def _articles(count: int) -> list[Article]:
    return [
        Article(id=article_id_for(text), text=text, path=f"{n}.txt", published=date(2020, 1, 1 + n % 28))
        for n, text in ((n, f'Report {n}: the mayor said "bridge works start in week {n}".') for n in range(count))
    ]


def test_ingest_counts_stored_duplicates_failures_and_skips(tmp_path):
    store = SqliteStore(tmp_path / "s.db")
    articles = _articles(5)
    items = [*articles, articles[0], ReadFailure("bad.txt", "bad.txt: unreadable"), Skipped("img", "warc_not_html"),
             Article(id=article_id_for(" "), text=" ", path="blank.txt")]
    summary = ingest(store, items, extractor=quoted_statements, batch_size=2)
    assert summary.to_dict() | {"failures": []} == {
        "read": 7, "stored": 5, "skipped_duplicates": 1, "skipped": {"warc_not_html": 1}, "failed": 2,
        "failures": [], "statements": 5,
    }
    assert summary.exit_code == 1
    rerun = ingest(store, articles, extractor=quoted_statements)
    assert (rerun.stored, rerun.skipped_duplicates, rerun.exit_code) == (0, 5, 0)


class Interrupted(BaseException):
    pass


@pytest.mark.parametrize("stop_after", [0, 1, 2, 3, 5, 6, 7])
def test_interrupted_ingest_reruns_without_losing_or_doubling(tmp_path, stop_after):
    articles = _articles(8)
    seen = 0

    def flaky(article: Article) -> ExtractionResult:
        nonlocal seen
        seen += 1
        if seen > stop_after:
            raise Interrupted  # like Ctrl-C in the middle of a batch
        return quoted_statements(article)

    store = SqliteStore(tmp_path / "s.db")
    with pytest.raises(Interrupted):
        ingest(store, articles, extractor=flaky, batch_size=3)
    store.close()
    store = SqliteStore(tmp_path / "s.db")
    summary = ingest(store, articles, extractor=quoted_statements, batch_size=3)
    assert summary.stored + summary.skipped_duplicates == 8
    assert store.counts()["articles"] == 8 and store.counts()["statements"] == 8
    assert summary.skipped_duplicates == (stop_after // 3) * 3


@pytest.mark.parametrize("word", ["harbour", "lighthouse"])
def test_frequent_and_rare_words_page_in_the_same_order(tmp_path, word):
    # "harbour" is in every statement (the walk-and-probe plan), "lighthouse" in a few
    # (the sort plan); both must give the newest first, undated last, every page once.
    store = SqliteStore(tmp_path / "s.db")
    results = []
    for n in range(120):
        extra = " near the lighthouse" if n % 17 == 0 else ""
        words = f"the harbour closes at dusk number {n}{extra}"
        published = None if n % 5 == 0 else date(2020, 1 + n % 12, 1 + n % 28)
        results.append(make_result(f'Ana said "{words}".', [(words, "Ana")],
                                   published=published, path=f"{n}.txt"))
    store.add_results(results)
    expected = sorted(
        (r for r in results if word in r.statements[0].text),
        key=lambda r: (r.article.published is None, -(r.article.published or date.min).toordinal()),
    )
    seen = []
    offset = 0
    while True:
        page = store.search(SearchQuery.parse(word, limit=7, offset=offset))
        assert page.total == len(expected)
        if not page.results:
            break
        seen.extend(hit.statement.id for hit in page.results)
        offset += 7
    assert len(seen) == len(set(seen)) == len(expected)
    dates = [store.search(SearchQuery.parse(word, limit=200)).results]
    published = [hit.article.published for hit in dates[0]]
    dated = [p for p in published if p is not None]
    assert dated == sorted(dated, reverse=True)
    assert published[len(dated):] == [None] * (len(published) - len(dated))


def test_a_walk_past_its_cap_falls_back_to_sorting(tmp_path, monkeypatch):
    # The matching statements are all old and many newer ones do not match: the walk along
    # the result order gives up at its cap and the sorted plan still finds the newest match.
    import onrecord.store.sqlite_search as search_module

    monkeypatch.setattr(search_module, "WALK_MAX_ROWS", 10)
    monkeypatch.setattr(search_module, "SORT_MAX_MATCHES", 1)
    store = SqliteStore(tmp_path / "s.db")
    results = []
    for n in range(60):
        words = f"the orchard floods in spring {n}" if n < 20 else f"the market opens late {n}"
        results.append(make_result(f'Ana said "{words}".', [(words, "Ana")],
                                   published=date(2020, 1, 1) + timedelta(days=n), path=f"{n}.txt"))
    store.add_results(results)
    page = store.search(SearchQuery.parse("orchard", limit=5))
    assert page.total == 20
    assert [hit.article.published for hit in page.results] == [
        date(2020, 1, 1) + timedelta(days=n) for n in (19, 18, 17, 16, 15)
    ]
