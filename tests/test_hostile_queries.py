"""Hostile queries through the API, the pages and `onrecord search`: FTS syntax, SQL injection,
enormous strings, path traversal, bad pagination. Correct results or a clean 4xx; never a 500,
never data from elsewhere. Plus the perimeter: script in stored text, body limit, ingest token,
CORS, and the serve command's default address.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from hostile_corpus import live_server

from onrecord.cli.main import cli
from onrecord.model import (
    Article,
    CharSpan,
    ExtractionResult,
    Speaker,
    Statement,
    Venue,
    article_id_for,
    statement_id_for,
)
from onrecord.store import SqliteStore
from onrecord.web import create_app

XSS = "<script>alert('x')</script>"
# (article text, [(statement words, speaker, venue)]) — texts we wrote around a town harbour.
ARTICLES = [
    ('Tilde Vasquez said "we will not rebuild the pier this year".',
     [("we will not rebuild the pier this year", "Tilde Vasquez", None)]),
    ('Abel Maurin said "the near shore is safe near the mill".',
     [("the near shore is safe near the mill", "Abel Maurin", None)]),
    ("Robert said \"robert'); DROP TABLE statements;-- was my nickname at school\".",
     [("robert'); DROP TABLE statements;-- was my nickname at school", "Robert'); DROP TABLE speakers;--",
       Venue("' OR '1'='1", "outlet"))]),
    (f'Critic Nell Bright wrote: "{XSS} is not a review of the ferry".',
     [(f"{XSS} is not a review of the ferry", "<img src=x onerror=alert(1)>",
       Venue("<svg onload=alert(2)>", "outlet"))]),
    ('Dario Pell said "star * power and caret ^ marks (all of them) - really".',
     [("star * power and caret ^ marks (all of them) - really", "Dario Pell", None)]),
    ('Mae Lorne said "the ferry returns in June".', [("the ferry returns in June", "Mae Lorne", None)]),
]
ALL_TEXTS = {words for _, found in ARTICLES for words, _, _ in found}


def result_for(text: str, found) -> ExtractionResult:  # type: ignore[no-untyped-def]
    article = Article(id=article_id_for(text), text=text, path=f"{XSS}.txt", published=date(2024, 5, 1),
                      title=f"<b>{text[:20]}</b>{XSS}")
    statements = []
    for words, speaker, venue in found:
        start = text.index(words)
        content = (CharSpan.of(text, start, start + len(words)),)
        statements.append(Statement(id=statement_id_for(article.id, content), kind="direct",
                                    content=content, cue=None, source=None, speaker=Speaker(speaker),
                                    confidence=0.9, venue=venue))
    return ExtractionResult(article=article, statements=tuple(statements))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("q") / "onrecord.db"
    with SqliteStore(path) as store:
        store.add_results([result_for(text, found) for text, found in ARTICLES])
    return str(path)


def stub_extractor(article: Article) -> ExtractionResult:
    return ExtractionResult(article=article)


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db, extractor=stub_extractor), raise_server_exceptions=False) as test_client:
        yield test_client


def counts(db: str) -> dict[str, int]:
    with SqliteStore(db, readonly=True) as store:
        return store.counts()


def words_of(query: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"\w+", query)]


FTS_AND_SQL = [
    "NOT", "not", "AND", "OR", "NEAR", "NEAR(", "NEAR(pier mill, 2)", "pier NOT mill", "pier OR mill",
    '"', '""', '"""', '"unterminated', "*", "pi*", "^", "^pier", "-", "-pier", "()", "(", ")", "(pier",
    "text:pier", "{text}: pier", "statements_fts:pier", "\\", "'", "`", ";", "%", "_", "%pier%",
    "'; DROP TABLE statements; --", "robert'); DROP TABLE statements;--", "1' OR '1'='1", '" OR 1=1 --',
    "\x00", "pier\x00mill", "\x1b[31m", "’", "ＮＯＴ", "🔥", "\u202e", "near near near", "a" * 1000,
]


@pytest.mark.parametrize("q", FTS_AND_SQL)
def test_fts_syntax_and_sql_injection_search_words_only(client, db, q):
    before = counts(db)
    response = client.get("/api/statements", params={"q": q, "limit": 1000})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    texts = {hit["text"] for hit in response.json()["results"]}
    assert texts <= ALL_TEXTS
    # Every word the user typed must be in each hit (word forms: compare 3-letter stems).
    for text in texts:
        folded = text.casefold()
        assert all(word[:3] in folded for word in words_of(q) if word.isascii()), (q, text)
    assert counts(db) == before  # nothing was dropped or written


@pytest.mark.parametrize("q, expected", [
    ("NOT", {ARTICLES[0][1][0][0], ARTICLES[3][1][0][0]}),
    ("pier NOT mill", set()),  # three words, all required: no statement has pier, not and mill
    ("near", {ARTICLES[1][1][0][0]}),
    ("NEAR(", {ARTICLES[1][1][0][0]}),
    ("DROP TABLE", {ARTICLES[2][1][0][0]}),
    ("script", {ARTICLES[3][1][0][0]}),
    ('"caret ^ marks"', {ARTICLES[4][1][0][0]}),
    ("ferry", {ARTICLES[3][1][0][0], ARTICLES[5][1][0][0]}),
    ("*", set()), ("^", set()), ("()", set()),
])
def test_hostile_queries_give_exactly_the_right_statements(client, q, expected):
    response = client.get("/api/statements", params={"q": q})
    assert {hit["text"] for hit in response.json()["results"]} == expected


@pytest.mark.parametrize("params", [
    {"limit": "-1"}, {"limit": "0"}, {"limit": "1001"}, {"limit": str(10**30)}, {"limit": "abc"},
    {"limit": "1e3"}, {"limit": "0x10"}, {"limit": "NaN"}, {"limit": "5.5"}, {"offset": "-1"},
    {"offset": str(2**63)}, {"offset": str(10**30)},
    {"offset": "abc"}, {"offset": "1.5"}, {"kind": "direct' OR 1=1"}, {"since": "2024-02-30"},
    {"since": "yesterday"}, {"since": "2024-05-02", "until": "2024-05-01"},
    {"q": "a" * 1001}, {"q": "x" * 60_000},
])
def test_invalid_search_parameters_are_a_clean_400(client, params):
    response = client.get("/api/statements", params=params)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "query_error"
    if set(params) <= {"limit", "offset"}:
        return  # the search page has a fixed page size, and with no search shows the speakers
    page = client.get("/", params=params, headers={"accept": "text/html"})
    assert page.status_code == 400 and 'class="error message"' in page.text


@pytest.mark.parametrize("params, total", [
    ({"offset": str(2**63 - 1)}, 6), ({"offset": "999999"}, 6), ({"limit": " 5 "}, 6),
    ({"offset": str(2**63 - 1), "speaker": "Vasquez"}, 1), ({"speaker": "%"}, 0), ({"speaker": "_"}, 0),
    ({"speaker": "' OR 1=1 --"}, 0), ({"venue": "' OR '1'='1"}, 1), ({"venue": "%"}, 0),
    ({"since": "0001-01-01", "until": "9999-12-31"}, 6), ({"speaker": " "}, 6), ({"speaker": "Robert'); DROP TABLE speakers;--"}, 1),
])
def test_odd_but_valid_parameters_give_correct_pages(client, params, total):
    response = client.get("/api/statements", params=params)
    assert response.status_code == 200, response.text
    assert response.json()["total"] == total


IDS = ["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....//....//etc/passwd",
       "/etc/passwd", "%00", "x%00.txt", "' OR '1'='1", "1; DROP TABLE articles", "a" * 10_000, "-1", "0",
       "99999999999999999999999999", "%E2%80%AE", "%F0%9F%94%A5", "NaN", "1e3"]


@pytest.mark.parametrize("route", ["/api/articles/", "/api/statements/", "/api/speakers/", "/articles/",
                                   "/statements/", "/speakers/", "/static/"])
@pytest.mark.parametrize("raw_id", IDS)
def test_odd_ids_are_404_and_never_read_files(client, route, raw_id):
    response = client.get(route + raw_id)
    assert response.status_code in (404, 405), (route, raw_id, response.status_code)
    assert "root:" not in response.text and "/bin/" not in response.text


@pytest.mark.parametrize("params", [{"offset": str(10**30)}, {"offset": str(2**63)}, {"offset": "-1"}, {"limit": "0"},
                                    {"limit": str(10**30)}, {"offset": "x"}])
def test_speaker_pagination_never_500(client, params):
    speaker_id = client.get("/api/speakers").json()["speakers"][0]["id"]
    response = client.get(f"/api/speakers/{speaker_id}", params=params)
    assert response.status_code in (200, 422), response.text
    if response.status_code == 200:
        assert response.json()["results"] == []


def raw_get(base: str, target: str) -> tuple[int, bytes]:
    """One GET written by hand, so nothing client-side normalises or refuses the target."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(base)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        data = b""
        try:  # a server refusing a huge request line answers, then resets: keep what came
            sock.sendall(f"GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n\r\n".encode())
            while chunk := sock.recv(65536):
                data += chunk
        except (ConnectionResetError, BrokenPipeError):
            pass
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data


def test_hostile_requests_over_a_real_socket(db):
    """A 1 MB query string and raw dot-segments reach uvicorn itself: a clean 4xx, and the server
    keeps serving."""
    with live_server(create_app(db, extractor=stub_extractor)) as base:
        status, _ = raw_get(base, "/api/statements?q=" + "a" * 1_000_000)
        assert 400 <= status < 500
        for target in ("/api/articles/../../etc/passwd", "/api/articles/..%2F..%2Fetc%2Fpasswd",
                       "/static/../../../../etc/passwd", "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
                       "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/articles/..", "/../../etc/passwd"):
            status, body = raw_get(base, target)
            assert 400 <= status < 500, (target, status)
            assert b"root:" not in body
        with httpx.Client(base_url=base) as http:
            assert http.get("/api/statements", params={"q": "ferry"}).json()["total"] == 2


@pytest.mark.parametrize("q", FTS_AND_SQL[:-1] + ["x" * 1001])
def test_cli_search_handles_hostile_queries(db, q):
    # `--` lets a query start with "-" (as for any command line tool).
    result = CliRunner().invoke(cli, ["search", "--db", db, "--format", "json", "--limit", "1000", "--", q])
    assert "Traceback" not in result.output
    if len(q) > 1000:
        assert result.exit_code == 2 and json.loads(result.output)["error"]["code"] == "query_error"
        return
    assert result.exit_code == 0, result.output
    assert {hit["text"] for hit in json.loads(result.output)["results"]} <= ALL_TEXTS


@pytest.mark.parametrize("args", [["--limit", "-1"], ["--limit", "0"], ["--limit", "abc"], ["--offset", "-5"],
                                  ["--limit", str(10**30)], ["--since", "2025-02-30"], ["--kind", "x' OR 1"]])
def test_cli_bad_pagination_is_a_usage_error(db, args):
    result = CliRunner().invoke(cli, ["search", "ferry", "--db", db, *args])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_cli_huge_offset_is_an_empty_page_or_a_usage_error(db):
    result = CliRunner().invoke(cli, ["search", "ferry", "--db", db, "--offset", str(2**63 - 1), "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.output)["results"] == []
    result = CliRunner().invoke(cli, ["search", "ferry", "--db", db, "--offset", str(10**30), "--format", "json"])
    assert result.exit_code == 2 and json.loads(result.output)["error"]["code"] == "query_error"


# -- the perimeter ----------------------------------------------------------------------------
def test_stored_script_and_markup_show_as_text_on_every_page(client):
    hit = client.get("/api/statements", params={"q": "script"}).json()["results"][0]
    pages = ["/", "/?q=script", f"/?q={quote(XSS)}", f"/?speaker={quote('<img src=x onerror=alert(1)>')}",
             f"/articles/{hit['article']['id']}", f"/statements/{hit['id']}", f"/speakers/{hit['speaker_id']}",
             f"/articles/{quote(XSS)}", f"/nowhere/{quote(XSS)}"]
    for url in pages:
        response = client.get(url, headers={"accept": "text/html"})
        assert response.status_code in (200, 404), url
        body = response.text
        for raw in (XSS, "<img src=x", "<svg onload", "<b>Tilde", "onerror=alert(1)>"):
            assert raw not in body, (url, raw)
    article_page = client.get(f"/articles/{hit['article']['id']}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in article_page


def test_request_bodies_over_the_limit_get_413(db):
    app = create_app(db, extractor=stub_extractor, ingest_token="s3cret", max_body_bytes=10_000)
    with TestClient(app) as test_client:
        big = {"text": "Vasquez said yes. " * 1000}
        assert test_client.post("/api/extract", json=big).status_code == 413

        def chunks():  # no Content-Length: streamed, refused once past the cap
            for _ in range(100):
                yield b" " * 1000

        assert test_client.post("/api/extract", content=chunks(),
                                headers={"content-type": "application/json"}).status_code == 413
        assert test_client.post("/api/ingest", json={"articles": [big]},
                                headers={"authorization": "Bearer s3cret"}).status_code == 413
        assert test_client.post("/api/extract", json={"text": "Vale said yes."}).status_code == 200


@pytest.mark.parametrize("headers", [{}, {"authorization": "Bearer wrong"}, {"authorization": "s3cret"},
                                     {"authorization": "Basic czNjcmV0"}, {"authorization": "Bearer "},
                                     {"authorization": "Bearer s3cret\x00"}, {"x-ingest-token": "s3cret"}])
def test_ingest_without_the_token_is_refused(db, tmp_path, headers):
    body = {"articles": [{"text": 'Vale said "the pier is safe".'}]}
    copy = tmp_path / "copy.db"
    copy.write_bytes(Path(db).read_bytes())
    with TestClient(create_app(copy, extractor=stub_extractor)) as closed:
        assert closed.post("/api/ingest", json=body, headers=headers).status_code == 403
    with TestClient(create_app(copy, extractor=stub_extractor, ingest_token="s3cret")) as guarded:
        response = guarded.post("/api/ingest", json=body, headers=headers)
        assert response.status_code in (401, 403)
        assert guarded.post("/api/ingest?token=s3cret", json=body).status_code in (401, 403)
    assert counts(str(copy)) == counts(db)


def test_no_cors_headers_unless_configured(client):
    for response in (client.get("/api/statements", headers={"origin": "https://evil.example"}),
                     client.options("/api/statements", headers={"origin": "https://evil.example",
                                                               "access-control-request-method": "GET"})):
        assert not any(name.lower().startswith("access-control-") for name in response.headers)


def test_serve_binds_to_loopback_by_default(db, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))
    result = CliRunner().invoke(cli, ["serve", "--db", db])
    assert result.exit_code == 0, result.output
    assert calls[0]["host"] == "127.0.0.1"
    assert "warning" not in result.output
    CliRunner().invoke(cli, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert calls[1]["host"] == "0.0.0.0"
