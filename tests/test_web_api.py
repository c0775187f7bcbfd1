"""The web app: JSON API, HTML pages, error shape, limits, auth, and the `serve` command.

The store is a real SQLite file in a temporary folder, filled through the store's own
`add_results` with ExtractionResults built by hand (articles we wrote), so each test says
exactly what is stored. Only `test_extract_with_the_real_model` runs the spaCy pipeline.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from onrecord.errors import ConfigError, StoreError
from onrecord.model import (
    Article,
    CharSpan,
    ExtractionResult,
    SaidOn,
    Speaker,
    Statement,
    Venue,
    article_id_for,
    statement_id_for,
)
from onrecord.store import SqliteStore, StatementHit, StoredArticle
from onrecord.web import create_app
from onrecord.web.views import highlight_segments, page_link, safe_link, timeline

# -- fixtures: three short articles we wrote ---------------------------------------------
FERRY = (
    " date 2024-03-01\nFerry service to return, mayor says\n\n"
    'Mayor Ines Calloway told the town hall meeting: "The ferry will run again by June, '
    'whatever the weather brings." Harbour pilot Ravi Okonkwo said the old hull was unsafe.\n'
)
FERRY_REPEAT = (
    " date 2024-03-05\nWeekly roundup\n\n"
    'As Calloway put it last week, "The ferry will run again by June, whatever the weather '
    'brings." The council said tickets would cost more.\n'
)
REVIEW = (
    " date 2024-04-10\nCritic pans the festival\n\n"
    "Critic Nell Bright wrote: \"<script>alert('pwned')</script> is not a review.\" "
    'Calloway said on Tuesday that the festival "was a success for every shop on the quay."\n'
)


def statement(article: Article, words: str, speaker: str | None, *, kind: str = "direct",
              speaker_type: str = "person", venue: Venue | None = None,
              said_on: SaidOn | None = None) -> Statement:
    start = article.text.index(words)
    content = (CharSpan.of(article.text, start, start + len(words)),)
    return Statement(
        id=statement_id_for(article.id, content),
        kind=kind,  # type: ignore[arg-type]
        content=content,
        cue=None,
        source=None,
        speaker=Speaker(speaker, speaker_type) if speaker else None,  # type: ignore[arg-type]
        confidence=0.9,
        venue=venue,
        said_on=said_on,
    )


def article(text: str, published: date, title: str, outlet: str | None = None) -> Article:
    return Article(id=article_id_for(text), text=text, published=published, title=title,
                   path=f"{title.lower().replace(' ', '-')}.txt", outlet=outlet)


def fixture_results() -> list[ExtractionResult]:
    ferry = article(FERRY, date(2024, 3, 1), "Ferry service to return", "Harbour Herald")
    repeat = article(FERRY_REPEAT, date(2024, 3, 5), "Weekly roundup", "Quay Weekly")
    review = article(REVIEW, date(2024, 4, 10), "Critic pans the festival")
    town_hall = Venue("Town Hall Meeting", "event")
    quote = "The ferry will run again by June, whatever the weather brings."
    return [
        ExtractionResult(ferry, (
            statement(ferry, quote, "Ines Calloway", venue=town_hall),
            statement(ferry, "the old hull was unsafe", "Ravi Okonkwo", kind="indirect"),
        )),
        ExtractionResult(repeat, (
            statement(repeat, quote, "Ines Calloway"),
            statement(repeat, "tickets would cost more", "the council", kind="indirect",
                      speaker_type="organization"),
        )),
        ExtractionResult(review, (
            statement(review, "<script>alert('pwned')</script> is not a review.", "Nell Bright"),
            statement(review, 'the festival "was a success for every shop on the quay."',
                      "Ines Calloway", kind="mixed", said_on=SaidOn("2024-04-09", "on Tuesday")),
        )),
    ]


TOTAL_STATEMENTS = 6


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "record.db"
    with SqliteStore(path) as store:
        store.add_results(fixture_results())
    return path


@pytest.fixture(scope="module")
def client(db_path):
    with TestClient(create_app(db_path)) as test_client:
        yield test_client


def fake_extractor(article: Article) -> ExtractionResult:
    """Attributes the first "quoted" words in the text to Test Speaker; no NLP."""
    found = re.search(r'"([^"]+)"', article.text)
    if not found:
        return ExtractionResult(article)
    return ExtractionResult(article, (statement(article, found.group(1), "Test Speaker"),))


def ids_of(client: TestClient, name: str) -> int:
    speakers = client.get("/api/speakers").json()["speakers"]
    return next(speaker["id"] for speaker in speakers if speaker["name"] == name)


def quote_id(client: TestClient, words: str) -> str:
    results = client.get("/api/statements", params={"q": words, "limit": 50}).json()["results"]
    return results[0]["id"]


def assert_error(response, status: int, code: str) -> None:
    """The one error shape, pinned: exactly {"error": {"code", "message"}}."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"]
    assert sorted(body["error"]) == ["code", "message"]
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


# -- OpenAPI ------------------------------------------------------------------------------
def test_openapi_lists_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/statements", "/api/statements/{statement_id}", "/api/speakers",
            "/api/speakers/{speaker_id}", "/api/articles/{article_id}", "/api/extract",
            "/api/ingest"} <= set(spec["paths"])
    assert "/" not in spec["paths"]  # pages are not API
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


# -- search -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("params", "expected_speakers"),
    [
        ({}, ["Ines Calloway"] * 3 + ["Nell Bright", "Ravi Okonkwo", "the council"]),
        ({"q": "ferry"}, ["Ines Calloway", "Ines Calloway"]),
        ({"q": '"every shop"'}, ["Ines Calloway"]),
        ({"q": "shop ferry"}, []),  # every word must match
        ({"speaker": "Okonkwo"}, ["Ravi Okonkwo"]),
        ({"speaker": "calloway", "q": "festival"}, ["Ines Calloway"]),
        ({"venue": "town hall"}, ["Ines Calloway"]),
        ({"kind": "indirect"}, ["Ravi Okonkwo", "the council"]),
        ({"kind": "mixed"}, ["Ines Calloway"]),
        ({"since": "2024-03-02"}, ["Ines Calloway", "Ines Calloway", "Nell Bright", "the council"]),
        ({"until": "2024-03-01"}, ["Ines Calloway", "Ravi Okonkwo"]),
        ({"since": "2024-03-02", "until": "2024-03-31"}, ["Ines Calloway", "the council"]),
        ({"speaker": "Nobody Atall"}, []),
        ({"q": "<script>"}, ["Nell Bright"]),
        ({"q": 'NEAR(" OR *'}, []),  # FTS syntax in user input is just words
    ],
)
def test_search_filters(client, params, expected_speakers):
    response = client.get("/api/statements", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    names = sorted(hit["speaker"]["name"] for hit in body["results"])
    assert names == sorted(expected_speakers)
    assert body["total"] == len(expected_speakers)


def test_search_results_carry_links_and_newest_first(client):
    results = client.get("/api/statements").json()["results"]
    published = [hit["article"]["published"] for hit in results]
    assert published == sorted(published, reverse=True)
    for hit in results:
        assert re.fullmatch(r"[0-9a-f]{16}", hit["id"])
        assert re.fullmatch(r"[0-9a-f]{16}", hit["article"]["id"])
        assert isinstance(hit["speaker_id"], int)


def test_pagination_walks_every_result_once(client):
    seen: list[str] = []
    offset: int | None = 0
    pages = 0
    while offset is not None:
        body = client.get("/api/statements", params={"limit": 4, "offset": offset}).json()
        assert body["total"] == TOTAL_STATEMENTS and body["limit"] == 4 and body["offset"] == offset
        assert len(body["results"]) <= 4
        seen.extend(hit["id"] for hit in body["results"])
        offset = body["next_offset"]
        pages += 1
    assert pages == 2
    assert len(seen) == len(set(seen)) == TOTAL_STATEMENTS
    past_end = client.get("/api/statements", params={"offset": 100}).json()
    assert past_end["total"] == TOTAL_STATEMENTS and past_end["results"] == []


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "1001"},
        {"limit": "ten"},
        {"limit": "1.5"},
        {"offset": "-1"},
        {"offset": "x"},
        {"since": "2024-13-01"},
        {"until": "yesterday"},
        {"since": "2024-05-01", "until": "2024-04-01"},
        {"kind": "rumour"},
        {"q": "word " * 300},
    ],
)
def test_invalid_search_values_are_400_in_the_error_shape(client, params):
    assert_error(client.get("/api/statements", params=params), 400, "query_error")


def test_blank_filters_are_ignored_not_errors(client):
    body = client.get("/api/statements", params={"speaker": "  ", "venue": "", "kind": "",
                                                 "since": "", "limit": ""}).json()
    assert body["total"] == TOTAL_STATEMENTS and body["limit"] == 20


# -- statements, speakers, articles -----------------------------------------------------
def test_statement_with_provenance(client):
    statement_id = quote_id(client, '"run again by June"')
    body = client.get(f"/api/statements/{statement_id}").json()
    assert body["statement"]["speaker"]["name"] == "Ines Calloway"
    assert body["earliest"]["title"] == "Ferry service to return"
    assert body["earliest"]["published"] == "2024-03-01"
    assert [a["published"] for a in body["articles"]] == ["2024-03-01", "2024-03-05"]
    assert [a["outlet"] for a in body["articles"]] == ["Harbour Herald", "Quay Weekly"]
    assert body["claimed_venue"] == {"name": "Town Hall Meeting", "type": "event"}


def test_speakers_and_one_speaker(client):
    speakers = client.get("/api/speakers").json()["speakers"]
    assert speakers[0]["name"] == "Ines Calloway" and speakers[0]["statements"] == 3
    assert client.get("/api/speakers", params={"limit": 2}).json()["speakers"] == speakers[:2]
    body = client.get(f"/api/speakers/{speakers[0]['id']}").json()
    assert body["name"] == "Ines Calloway" and body["articles"] == 3
    dates = [hit["article"]["published"] for hit in body["results"]]
    assert dates == sorted(dates)  # oldest first: a timeline
    assert {hit["speaker_id"] for hit in body["results"]} == {speakers[0]["id"]}


def test_article_has_text_and_statements(client):
    article_id = client.get("/api/statements", params={"q": "pwned"}).json()["results"][0]["article"]["id"]
    body = client.get(f"/api/articles/{article_id}").json()
    assert body["text"] == REVIEW
    assert body["title"] == "Critic pans the festival"
    for item in body["statements"]:
        for span in item["content"]:
            assert REVIEW[span["start"]:span["end"]] == span["text"]
    assert [item["speaker"]["name"] for item in body["statements"]] == ["Nell Bright", "Ines Calloway"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/statements/0000000000000000",
        "/api/articles/ffffffffffffffff",
        "/api/speakers/999999",
        "/api/speakers/abc",
        "/api/speakers/-1",
        "/api/speakers/0",
        "/api/speakers/1e3",
        "/api/speakers/99999999999999999999999",
        "/api/statements/..%2F..%2Fetc%2Fpasswd",
        "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd",
        "/api/articles/%2e%2e",
        "/api/articles/....%2F%2Fetc%2Fhosts",
        "/api/articles/%2Fetc%2Fpasswd",
        "/api/articles/" + "a" * 500,
        "/api/nothing-here",
        "/static/..%2F..%2Fapp.py",
        "/static/../pages.py",
    ],
)
def test_unknown_or_odd_ids_are_404(client, path):
    response = client.get(path)
    assert_error(response, 404, "not_found")
    assert "root:" not in response.text and "import" not in response.text


@pytest.mark.parametrize("query", ["limit=0", "limit=5000", "limit=many", "offset=-3"])
def test_speaker_paging_values_are_checked(client, query):
    speaker_id = ids_of(client, "Ines Calloway")
    assert_error(client.get(f"/api/speakers/{speaker_id}?{query}"), 422, "validation_error")
    assert_error(client.get(f"/api/speakers?{query.replace('offset', 'limit')}"), 422,
                 "validation_error")


def test_wrong_method_is_405_in_the_error_shape(client):
    assert_error(client.delete("/api/statements"), 405, "method_not_allowed")


# -- extract ------------------------------------------------------------------------------
@pytest.fixture()
def fake_client(db_path):
    with TestClient(create_app(db_path, extractor=fake_extractor, max_body_bytes=2000)) as test_client:
        yield test_client


def test_extract_returns_the_article_object(fake_client):
    response = fake_client.post("/api/extract",
                                json={"text": 'Ada said "we will build it".', "published": "2024-06-01"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert sorted(body) == ["article", "interpretations", "problems", "statements"]
    assert body["article"]["published"] == "2024-06-01"
    assert body["statements"][0]["text"] == "we will build it"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "text"),
        ({"text": 42}, "text"),
        ({"text": "x", "published": "June"}, "published"),
        ({"text": "x", "unknown": 1}, "unknown"),
    ],
)
def test_extract_bad_bodies_are_422(fake_client, payload, field):
    response = fake_client.post("/api/extract", json=payload)
    assert_error(response, 422, "validation_error")
    assert field in response.json()["error"]["message"]


def test_extract_invalid_json_is_422(fake_client):
    response = fake_client.post("/api/extract", content=b'{"text": ',
                                headers={"content-type": "application/json"})
    assert_error(response, 422, "validation_error")


def test_bodies_over_the_limit_are_413(fake_client):
    big = {"text": "x" * 5000}
    assert_error(fake_client.post("/api/extract", json=big), 413, "payload_too_large")
    # Chunked, with no Content-Length: refused as soon as the limit is passed.
    chunks = iter([b'{"text": "', b"y" * 1500, b"y" * 1500, b'"}'])
    assert_error(fake_client.post("/api/extract", content=chunks,
                                  headers={"content-type": "application/json"}), 413, "payload_too_large")
    just_under = {"text": "z" * 1900}
    assert fake_client.post("/api/extract", json=just_under).status_code == 200


@pytest.mark.model
def test_extract_with_the_real_model(db_path, nlp):
    with TestClient(create_app(db_path)) as real:
        response = real.post("/api/extract", json={
            "text": 'Mayor Ines Calloway said: "The ferry will run again by June."',
            "published": "2024-03-01",
        })
    assert response.status_code == 200, response.text
    statements = response.json()["statements"]
    assert any("ferry will run again" in item["text"] for item in statements)


# -- ingest -------------------------------------------------------------------------------
INGEST_BODY = {"articles": [{"text": 'Pilot Mo Reyes said "the tide is late today".',
                             "published": "2024-07-01", "url": "https://example.org/tide"}]}


def test_ingest_is_off_without_a_token(client):
    assert_error(client.post("/api/ingest", json=INGEST_BODY), 403, "ingest_disabled")


@pytest.mark.parametrize(
    "headers",
    [{}, {"authorization": "Bearer wrong"}, {"authorization": "Basic s3cret-token"},
     {"authorization": "s3cret-token"}, {"authorization": "Bearer "}],
)
def test_ingest_needs_the_bearer_token(tmp_path, headers):
    app = create_app(tmp_path / "new.db", ingest_token="s3cret-token", extractor=fake_extractor)
    with TestClient(app) as test_client:
        response = test_client.post("/api/ingest", json=INGEST_BODY, headers=headers)
    assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"


def test_ingest_with_the_token_stores_and_is_idempotent(tmp_path):
    app = create_app(tmp_path / "new.db", ingest_token="s3cret-token", extractor=fake_extractor)
    auth = {"authorization": "Bearer s3cret-token"}
    with TestClient(app) as test_client:
        assert test_client.get("/api/statements").json()["total"] == 0
        first = test_client.post("/api/ingest", json=INGEST_BODY, headers=auth)
        assert first.status_code == 200, first.text
        assert first.json()["stored"] == 1 and first.json()["statements"] == 1
        again = test_client.post("/api/ingest", json=INGEST_BODY, headers=auth).json()
        assert again["stored"] == 0 and again["skipped_duplicates"] == 1
        found = test_client.get("/api/statements", params={"q": "tide"}).json()
        assert found["total"] == 1 and found["results"][0]["speaker"]["name"] == "Test Speaker"
        assert_error(test_client.post("/api/ingest", json={"articles": []}, headers=auth),
                     422, "validation_error")


# -- reads are read-only; CORS; start-up ---------------------------------------------------
def test_readers_cannot_write(db_path):
    from onrecord.web.reads import ReadSide

    reads = ReadSide(db_path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reads._db.execute("CREATE TABLE intruder(x)")
        with pytest.raises(StoreError):
            reads.store.add_results(fixture_results())
    finally:
        reads.close()


def test_no_cors_unless_configured(db_path):
    origin = {"origin": "https://elsewhere.example"}
    with TestClient(create_app(db_path)) as plain:
        assert "access-control-allow-origin" not in plain.get("/api/speakers", headers=origin).headers
    with TestClient(create_app(db_path, cors_origins=["https://elsewhere.example"])) as open_:
        allowed = open_.get("/api/speakers", headers=origin).headers
        assert allowed["access-control-allow-origin"] == "https://elsewhere.example"
        other = open_.get("/api/speakers", headers={"origin": "https://evil.example"}).headers
        assert "access-control-allow-origin" not in other


def test_create_app_refuses_a_missing_store(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "absent.db")
    with pytest.raises(ConfigError):
        create_app(tmp_path / "absent.db", ingest_token="  ")


# -- HTML pages ---------------------------------------------------------------------------
def test_home_page_lists_top_speakers(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'id="top-speakers"' in page.text and "Ines Calloway" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_search_page_links_speaker_quote_and_article(client):
    page = client.get("/", params={"q": "ferry", "speaker": "", "kind": ""}).text
    assert "2 statements" in page
    assert re.search(r'href="/speakers/\d+"', page)
    assert re.search(r'href="/statements/[0-9a-f]{16}"', page)
    assert re.search(r'href="/articles/[0-9a-f]{16}"', page)


def test_search_page_shows_invalid_input_as_a_400_page(client):
    page = client.get("/", params={"since": "not-a-date"})
    assert page.status_code == 400
    assert "since must be a date" in page.text and 'role="alert"' in page.text


def test_search_page_pager(client):
    first = client.get("/", params={"q": "", "kind": "", "since": "2024-01-01"}).text
    assert 'rel="next"' not in first  # 6 results fit one page of 20


def test_article_page_escapes_script_and_highlights_by_speaker(client):
    article_id = client.get("/api/statements", params={"q": "pwned"}).json()["results"][0]["article"]["id"]
    page = client.get(f"/articles/{article_id}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in page
    marks = re.findall(r'<mark class="statement (speaker-\d)" title="([^"]+)"', page)
    assert [title for _, title in marks] == ["Nell Bright", "Ines Calloway"]
    assert marks[0][0] != marks[1][0]  # a colour per speaker


def test_speaker_page_is_a_timeline_grouped_by_date_and_venue(client):
    page = client.get(f"/speakers/{ids_of(client, 'Ines Calloway')}").text
    days = re.findall(r"<h2><time>([^<]+)</time></h2>", page)
    assert days == ["2024-03-01", "2024-03-05", "2024-04-09"]  # said_on beats publication
    assert "Town Hall Meeting" in page and "venue not stated" in page


def test_quote_page_shows_provenance(client):
    page = client.get(f"/statements/{quote_id(client, 'ferry June')}").text
    earliest = re.search(r'<dd id="earliest">(.*?)</dd>', page, re.DOTALL).group(1)
    assert "2024-03-01" in earliest and "Ferry service to return" in earliest
    assert "Carried by 2 articles" in page and "repeated" in page and "Quay Weekly" in page


def test_pages_show_errors_as_html_to_browsers_and_json_to_others(client):
    browser = client.get("/speakers/424242", headers={"accept": "text/html"})
    assert browser.status_code == 404 and browser.headers["content-type"].startswith("text/html")
    assert 'data-code="not_found"' in browser.text
    assert_error(client.get("/speakers/424242"), 404, "not_found")
    assert_error(client.get("/api/speakers/424242", headers={"accept": "text/html"}), 404, "not_found")


# -- view helpers -------------------------------------------------------------------------
def _hit(text: str, spans: list[tuple[int, int]], speaker: str | None, speaker_id: int | None = None,
         said_on: str | None = None, venue: str | None = None, published: date | None = None) -> StatementHit:
    content = tuple(CharSpan.of(text, start, end) for start, end in spans)
    item = Statement(id=statement_id_for("a", content), kind="direct", content=content, cue=None,
                     source=None, speaker=Speaker(speaker) if speaker else None, confidence=1.0,
                     venue=Venue(venue) if venue else None,
                     said_on=SaidOn(said_on, said_on) if said_on else None)
    return StatementHit(item, StoredArticle("a", None, None, published, None), speaker_id)


def test_highlight_overlaps_take_the_innermost_and_skip_stale_spans():
    text = "0123456789abcdefghij"
    outer = _hit(text, [(2, 12)], "Outer", 1)
    inner = _hit(text, [(5, 8)], "Inner", 2)
    stale = StatementHit(
        Statement("s", "direct", (CharSpan(0, 3, "zzz"),), None, None, Speaker("Stale"), 1.0),
        outer.article, 3,
    )
    segments = highlight_segments(text, [outer, inner, stale])
    assert [(s.text, s.speaker_name if s.hit else None) for s in segments] == [
        ("01", None), ("234", "Outer"), ("567", "Inner"), ("89ab", "Outer"), ("cdefghij", None),
    ]
    assert segments[1].colour != segments[2].colour


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=6))
def test_highlight_segments_always_rebuild_the_text(text, pairs):
    hits = []
    for start, end in pairs:
        if 0 <= start < end <= len(text):
            hits.append(_hit(text, [(start, end)], f"S{start}", start))
    segments = highlight_segments(text, hits)
    assert "".join(segment.text for segment in segments) == text
    assert all(segment.text for segment in segments)


def test_timeline_orders_dates_then_venues_undated_last():
    hits = [
        _hit("abc", [(0, 1)], "X", 1, published=date(2024, 5, 1), venue="Podcast"),
        _hit("abc", [(1, 2)], "X", 1, published=None),
        _hit("abc", [(2, 3)], "X", 1, said_on="2023-11", published=date(2024, 5, 1)),
        _hit("abc", [(0, 2)], "X", 1, published=date(2024, 5, 1), venue="Gazette"),
    ]
    groups = timeline(hits)
    assert [group.date for group in groups] == ["2023-11", "2024-05-01", None]
    assert [venue.venue for venue in groups[1].venues] == ["Gazette", "Podcast"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://news.example/a", "https://news.example/a"),
        ("http://news.example/a", "http://news.example/a"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("data:text/html,hi", None),
        ("/etc/passwd", None),
        ("article.txt", None),
        ("http://[::1", None),
        (None, None),
    ],
)
def test_safe_link(value, expected):
    assert safe_link(value) == expected


def test_page_link_drops_blank_filters():
    assert page_link({"q": "ferry", "speaker": "", "offset": "20"}, 40) == "/?q=ferry&offset=40"
    assert page_link({"q": "", "kind": ""}, 0) == "/"


# -- `onrecord serve` ---------------------------------------------------------------------
@pytest.fixture()
def uvicorn_calls(monkeypatch):
    import uvicorn

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append({"app": app, **kwargs}))
    return calls


def test_serve_binds_to_loopback_by_default(db_path, uvicorn_calls, monkeypatch):
    from onrecord.cli.main import cli

    monkeypatch.delenv("ONRECORD_INGEST_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert uvicorn_calls[0]["host"] == "127.0.0.1" and uvicorn_calls[0]["port"] == 8000
    assert uvicorn_calls[0]["app"].state.onrecord.ingest_token is None


def test_serve_reads_the_token_from_the_environment(db_path, uvicorn_calls):
    from onrecord.cli.main import cli

    result = CliRunner().invoke(cli, ["serve", "--db", str(db_path), "--port", "8123"],
                                env={"ONRECORD_INGEST_TOKEN": "from-env"})
    assert result.exit_code == 0, result.output
    assert uvicorn_calls[0]["port"] == 8123
    assert uvicorn_calls[0]["app"].state.onrecord.ingest_token == "from-env"


def test_serve_fails_cleanly_without_a_store(tmp_path, uvicorn_calls, monkeypatch):
    from onrecord.cli.main import cli

    monkeypatch.delenv("ONRECORD_INGEST_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "absent.db")])
    assert result.exit_code == 1 and "no such database" in result.output
    assert uvicorn_calls == []
