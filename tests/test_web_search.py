"""Serving search fast without serving it wrong: the response cache, the event-loop path,
the middling-word plan, and the server options chosen for load (benchmarks/load_test.py).

Stores are real SQLite files filled through `add_results` with statements we wrote.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from test_store import make_result

from onrecord.errors import StoreError
from onrecord.query import SearchQuery
from onrecord.store import SqliteStore
from onrecord.web import create_app
from onrecord.web.reads import ENV_SEARCH_CACHE_MIB, ResponseCache, search_cache_bytes


def harbour_result(n: int, words: str | None = None):
    words = words or f"the harbour wall was mended in week {n}"
    return make_result(f'Ana Ferreira said "{words}".', [(words, "Ana Ferreira")],
                       published=date(2021, 1, 1) + timedelta(days=n), path=f"{n}.txt")


@pytest.fixture()
def db_path(tmp_path):
    path = tmp_path / "record.db"
    with SqliteStore(path) as store:
        store.add_results([harbour_result(n) for n in range(5)])
    return path


# -- the cache itself ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        # (version, key, body to put or None to get) ... -> what each get returned
        ([(1, "a", b"A"), (1, "a", None)], [b"A"]),
        ([(1, "a", b"A"), (2, "a", None)], [None]),  # a commit elsewhere empties the cache
        ([(1, "a", b"A"), (2, "a", None), (1, "a", b"A"), (2, "a", None)], [None, None]),  # stale put
        ([(1, "a", b"A" * 4), (1, "b", b"B" * 4), (1, "c", b"C" * 4), (1, "a", None)], [None]),  # LRU out
        ([(1, "a", b"A" * 4), (1, "b", b"B" * 4), (1, "a", None), (1, "c", b"C" * 4),
          (1, "a", None), (1, "b", None)], [b"A" * 4, b"A" * 4, None]),  # a use keeps an entry
        ([(1, "big", b"X" * 9), (1, "big", None)], [None]),  # over the cap for one entry
    ],
)
def test_response_cache(steps, expected):
    cache = ResponseCache(max_bytes=10, max_entry_bytes=8)  # two 4-byte bodies fit, not three
    got = []
    for version, key, body in steps:
        if body is None:
            got.append(cache.get(version, key))
        else:
            cache.get(version, key)  # a request always asks first
            cache.put(version, key, body)
    assert got == expected


def test_a_cache_of_no_bytes_keeps_nothing():
    cache = ResponseCache(max_bytes=0)
    cache.get(1, "a")
    cache.put(1, "a", b"{}")
    assert cache.get(1, "a") is None and len(cache) == 0


@pytest.mark.parametrize(("value", "expected"), [
    (None, 32 * 1024 * 1024), ("0", 0), ("4", 4 * 1024 * 1024), ("-1", 32 * 1024 * 1024),
    ("lots", 32 * 1024 * 1024), (" 2 ", 2 * 1024 * 1024),
])
def test_cache_budget_from_the_environment(monkeypatch, value, expected):
    if value is None:
        monkeypatch.delenv(ENV_SEARCH_CACHE_MIB, raising=False)
    else:
        monkeypatch.setenv(ENV_SEARCH_CACHE_MIB, value)
    assert search_cache_bytes() == expected


# -- the API with the cache ---------------------------------------------------------------
def reads_of_loop(app):
    (reads,) = app.state.onrecord.reads._opened  # searches run on the event loop's one connection
    return reads


def test_repeated_searches_are_answered_from_the_cache(db_path, monkeypatch):
    monkeypatch.delenv(ENV_SEARCH_CACHE_MIB, raising=False)
    app = create_app(db_path)
    with TestClient(app) as client:
        first = client.get("/api/statements", params={"q": "harbour", "limit": "2"})
        reads = reads_of_loop(app)
        calls = []
        search = reads.store.search
        monkeypatch.setattr(reads.store, "search", lambda query: calls.append(query) or search(query))
        again = client.get("/api/statements", params={"q": "harbour", "limit": "2"})
        other = client.get("/api/statements", params={"q": "harbour", "limit": "3"})
    assert first.status_code == again.status_code == other.status_code == 200
    assert again.content == first.content and again.headers["content-type"] == "application/json"
    assert first.json()["total"] == 5 and first.json()["next_offset"] == 2
    assert [query.limit for query in calls] == [3]  # only the new query reached the store


@pytest.mark.parametrize("cache_mib", ["32", "0"])
def test_a_search_after_a_write_sees_the_write(db_path, monkeypatch, cache_mib):
    # The writer is another connection (another process in `serve`): the cache must notice.
    monkeypatch.setenv(ENV_SEARCH_CACHE_MIB, cache_mib)
    params = {"q": "harbour"}
    with TestClient(create_app(db_path)) as client:
        before = client.get("/api/statements", params=params).json()
        assert client.get("/api/statements", params=params).json() == before
        with SqliteStore(db_path) as writer:
            writer.add_results([harbour_result(50, "the harbour lights came back on")])
        after = client.get("/api/statements", params=params).json()
    assert before["total"] == 5 and after["total"] == 6
    assert after["results"][0]["text"] == "the harbour lights came back on"


def test_a_slow_search_on_the_event_loop_is_a_clean_503(db_path, monkeypatch):
    app = create_app(db_path)
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/api/statements", params={"q": "wall"}).status_code == 200

        def over_time(query):  # what the store raises when its query time limit fires
            raise StoreError("query took longer than 2 s and was stopped")

        monkeypatch.setattr(reads_of_loop(app).store, "search", over_time)
        response = client.get("/api/statements", params={"q": "mended"})
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "store_error"
        assert "traceback" not in response.text.lower()
        # a cached answer needs no query, so it is still served
        assert client.get("/api/statements", params={"q": "wall"}).status_code == 200


def test_invalid_search_values_are_400_before_the_cache(db_path):
    with TestClient(create_app(db_path)) as client:
        for params in ({"limit": "0"}, {"limit": "x"}, {"since": "2024-13-01"}, {"kind": "rumour"}):
            response = client.get("/api/statements", params={"q": "harbour", **params})
            assert response.status_code == 400, params
            assert response.json()["error"]["code"] == "query_error"


# -- the middling-word plan ---------------------------------------------------------------
@pytest.mark.parametrize(("limit", "offset"), [(5, 0), (7, 3), (20, 0), (4, 36)])
def test_the_middling_plan_pages_like_the_sorted_plan(tmp_path, monkeypatch, limit, offset):
    import onrecord.store.sqlite_search as search_module

    store = SqliteStore(tmp_path / "s.db")
    results = []
    for n in range(150):
        words = f"the tide table for day {n}" + (" at the old pier" if n % 4 == 0 else "")
        published = None if n % 9 == 0 else date(2022, 1 + n % 12, 1 + n % 27)
        results.append(make_result(f'Bo said "{words}".', [(words, "Bo")], published=published,
                                   path=f"{n}.txt"))
    store.add_results(results)
    query = SearchQuery.parse("pier", limit=str(limit), offset=str(offset))

    def page_ids():
        page = store.search(query)
        return page.total, [hit.statement.id for hit in page.results]

    monkeypatch.setattr(search_module, "SORT_MAX_MATCHES", 10**9)  # always sort
    sorted_plan = page_ids()
    monkeypatch.setattr(search_module, "SORT_MAX_MATCHES", 2)  # 38 matches: "middling"
    monkeypatch.setattr(search_module, "DENSE_MATCH_SHARE", 0.9)
    assert page_ids() == sorted_plan
    assert sorted_plan[0] == 38 and len(sorted_plan[1]) == min(limit, 38 - offset)


# -- server options -----------------------------------------------------------------------
@pytest.mark.parametrize("workers", ["1", "2"])
def test_serve_uses_the_stdlib_event_loop(db_path, monkeypatch, workers):
    import uvicorn
    from click.testing import CliRunner

    from onrecord.cli.main import cli

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))
    monkeypatch.delenv("ONRECORD_INGEST_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(db_path), "--workers", workers])
    assert result.exit_code == 0, result.output
    assert calls[0]["loop"] == "asyncio" and calls[0]["host"] == "127.0.0.1"


# -- filters in exactly the schema's form ---------------------------------------------------
@pytest.mark.parametrize(("params", "named"), [
    ({"until": " "}, "until"), ({"since": "\t"}, "since"), ({"kind": "  "}, "kind"),
    ({"since": "2021-01-01", "until": " "}, "until"), ({"since": " 2021-01-01"}, "since"),
    ({"until": "2021-01-01 "}, "until"), ({"since": "20210101"}, "since"),
    ({"since": "2021-W01-1"}, "since"), ({"since": "\uff12\uff10\uff12\uff11-01-01"}, "since"),
    ({"kind": " direct"}, "kind"), ({"kind": "Direct"}, "kind"),
])
def test_filters_outside_the_schema_are_400_not_ignored(db_path, params, named):
    # A whitespace-only date is not "no filter": an unfiltered page would look right and be wrong.
    with TestClient(create_app(db_path)) as client:
        response = client.get("/api/statements", params={"q": "harbour", **params})
    assert response.status_code == 400, params
    error = response.json()["error"]
    assert error["code"] == "query_error" and error["message"].startswith(named)


@pytest.mark.parametrize(("params", "total"), [
    ({"until": "", "since": "", "kind": ""}, 5), ({"since": "2021-01-03"}, 3),
    ({"until": "2021-01-02", "kind": "direct"}, 2),
])
def test_empty_or_exact_filters_are_accepted(db_path, params, total):
    with TestClient(create_app(db_path)) as client:
        response = client.get("/api/statements", params={"q": "harbour", **params})
    assert response.status_code == 200 and response.json()["total"] == total


def test_the_html_search_page_still_trims_what_people_type(db_path):
    with TestClient(create_app(db_path)) as client:
        page = client.get("/", params={"q": "harbour", "since": " 2021-01-03 ", "until": " "},
                          headers={"accept": "text/html"})
    assert page.status_code == 200


# -- the read store is memory-mapped through its constructor --------------------------------
def test_the_read_side_maps_its_store(db_path):
    from onrecord.web.reads import READ_MMAP_BYTES, ReadSide

    reads = ReadSide(db_path)
    try:
        assert reads.store.mmap_bytes == READ_MMAP_BYTES
        assert reads.store.search(SearchQuery.parse("harbour")).total == 5
    finally:
        reads.close()


@pytest.mark.parametrize("bad", [-1, 1.5, "1", True])
def test_a_store_refuses_a_nonsense_map_size(db_path, bad):
    with pytest.raises(ValueError, match="mmap_bytes"):
        SqliteStore(db_path, readonly=True, mmap_bytes=bad)


@pytest.mark.parametrize("mmap_bytes", [0, 1 << 20])
def test_a_mapped_store_sets_and_reads_the_same(db_path, mmap_bytes):
    with SqliteStore(db_path, readonly=True, mmap_bytes=mmap_bytes) as store:
        # the one look inside: that the option reached SQLite
        assert store._connection.execute("PRAGMA mmap_size").fetchone()[0] == mmap_bytes
        assert store.search(SearchQuery.parse("harbour", kind="direct")).total == 5
