"""Input readers: JSONL, HTML, WARC, URLs (a local http.server), our Parquet export, the dispatcher."""

from __future__ import annotations

import io
import json
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from test_store import make_result

from onrecord.ingest.items import ReadFailure, Skipped
from onrecord.ingest.jsonl import read_jsonl
from onrecord.ingest.sources import expand_inputs, expected_documents, iter_sources
from onrecord.ingest.url import USER_AGENT, PoliteFetcher
from onrecord.model import Article, ExtractionResult
from onrecord.store import SqliteStore
from onrecord.store.export import write_parquet

PAGE = b"""<!DOCTYPE html><html><head><title>Ferry returns | Kell Courier</title>
<meta property="og:site_name" content="Kell Courier">
<meta property="article:published_time" content="2022-06-14">
</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a> Subscribe now</nav>
<article><h1>Ferry returns</h1>
<p>The ferry to Kell island will run again from July, the harbour board said on Tuesday.</p>
<p>"We have waited two long years for this day," said Mira Solberg, who runs the island shop.</p>
</article><footer>Copyright Kell Courier. All rights reserved.</footer></body></html>"""


# -- JSONL --------------------------------------------------------------------------------
@pytest.mark.parametrize("line, outcome", [
    ('{"text": "The mayor spoke."}', "article"),
    ('{"text": "Spoke.", "id": 7, "title": "T", "published": "2021-02-03", "url": "https://x.test/a", "outlet": "X"}', "article"),
    ('{"text": "Spoke.", "published": "2021-02-03T10:00:00Z"}', "article"),
    ('{"text": "Spoke.", "published": "2021-02-30"}', "bad_published"),
    ('{"text": "Spoke.", "published": "last week"}', "bad_published"),
    ('{"title": "no text"}', "failure"),
    ('{"text": ""}', "failure"),
    ('{"text": 12}', "failure"),
    ('{"text": "ok", "published": 20210203}', "failure"),
    ('{"text": "ok", "title": ["a"]}', "failure"),
    ('{"text": "ok", "id": {"x": 1}}', "failure"),
    ('["text"]', "failure"),
    ('{"text": "unterminated', "failure"),
    ("\xff\xfe not utf8", "failure"),
])
def test_jsonl_lines(tmp_path, line, outcome):
    path = tmp_path / "in.jsonl"
    path.write_bytes(line.encode("utf-8", "surrogateescape") if "\xff" not in line else b"\xff\xfe{}\n")
    items = list(read_jsonl(str(path)))
    assert len(items) == 1
    item = items[0]
    if outcome == "failure":
        assert isinstance(item, ReadFailure) and "in.jsonl:1" in item.message
    else:
        assert isinstance(item, Article)
        codes = [problem.code for problem in item.problems]
        assert ("bad_published" in codes) == (outcome == "bad_published")
        if outcome == "bad_published":
            assert item.published is None


def test_jsonl_fields_and_blank_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('\n{"text": "Body here.", "id": "a1", "title": "Head", "published": "2021-02-03", '
                    '"url": "https://x.test/a", "outlet": "Courier"}\n\n{"text": "Second."}', encoding="utf-8")
    first, second = read_jsonl(str(path))
    assert (first.title, first.published, first.url, first.outlet) == ("Head", date(2021, 2, 3), "https://x.test/a", "Courier")
    assert first.path.endswith("in.jsonl#a1") and second.path.endswith("in.jsonl:4")


# -- HTML ---------------------------------------------------------------------------------
def test_html_page_gives_main_text_title_date_outlet(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE)
    (article,) = iter_sources([str(path)])
    assert "waited two long years" in article.text
    assert "Subscribe" not in article.text and "All rights reserved" not in article.text
    assert article.title.startswith("Ferry returns")
    assert article.published == date(2022, 6, 14)
    assert article.outlet == "Kell Courier"


def test_html_without_main_text_has_no_text_and_a_problem(tmp_path):
    path = tmp_path / "empty.html"
    path.write_bytes(b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>")
    (article,) = iter_sources([str(path)])
    assert article.text == "" and "no_main_text" in [p.code for p in article.problems]


# -- WARC ---------------------------------------------------------------------------------
def _write_warc(path, *, broken_tail: bool = False) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record("x.warc.gz", {"software": "test"}))

        def response(url, status, content_type, body):
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        response("https://kell.test/ferry", "200 OK", "text/html; charset=utf-8", PAGE)
        response("https://kell.test/logo.png", "200 OK", "image/png", b"\x89PNG....")
        response("https://kell.test/old", "301 Moved Permanently", "text/html", b"")
        writer.write_record(writer.create_warc_record("https://kell.test/ferry", "request",
                                                      payload=io.BytesIO(b"GET /ferry HTTP/1.1\r\n\r\n")))
        if broken_tail:
            handle.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated")


def test_warc_html_responses_become_articles_and_others_are_counted(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path)
    items = list(iter_sources([str(path)]))
    articles = [item for item in items if isinstance(item, Article)]
    skipped = sorted(item.reason for item in items if isinstance(item, Skipped))
    assert len(articles) == 1 and articles[0].url == "https://kell.test/ferry"
    assert "waited two long years" in articles[0].text
    assert skipped == ["warc_http_301", "warc_not_html"]
    assert not [item for item in items if isinstance(item, ReadFailure)]


def test_a_broken_warc_record_is_a_counted_failure_after_the_good_ones(tmp_path):
    path = tmp_path / "broken.warc.gz"
    _write_warc(path, broken_tail=True)
    items = list(iter_sources([str(path)]))
    assert sum(isinstance(item, Article) for item in items) == 1
    failures = [item for item in items if isinstance(item, ReadFailure)]
    assert len(failures) == 1 and "broken WARC" in failures[0].message


def test_garbage_named_warc_is_a_failure(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"\x00\x01 this is not a warc file at all")
    (item,) = iter_sources([str(path)])
    assert isinstance(item, ReadFailure)


# -- URLs ---------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    agents: list[str] = []  # noqa: RUF012 - shared by design
    routes = {  # noqa: RUF012
        "/page": (200, "text/html; charset=utf-8", PAGE),
        "/plain": (200, "text/plain; charset=utf-8", b' date 2020-01-02 Note\nShe said "hello there".'),
        "/image": (200, "image/png", b"\x89PNG"),
        "/huge": (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>"),
    }

    def do_GET(self):
        type(self).agents.append(self.headers.get("User-Agent", ""))
        status, content_type, body = self.routes.get(self.path, (404, "text/plain", b"missing"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture
def local_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_urls_are_fetched_politely(local_site):
    _Handler.agents.clear()
    fetcher = PoliteFetcher(min_interval_s=0.0, max_bytes=4000, timeout_s=5)
    urls = [f"{local_site}/page", f"{local_site}/plain", f"{local_site}/image", f"{local_site}/missing",
            f"{local_site}/huge"]
    items = list(iter_sources(urls, fetcher=fetcher))
    page, plain, image, missing, huge = items
    assert isinstance(page, Article) and page.url == f"{local_site}/page" and page.outlet == "Kell Courier"
    assert isinstance(plain, Article) and plain.published == date(2020, 1, 2) and plain.url.endswith("/plain")
    assert isinstance(image, ReadFailure) and "image/png" in image.message
    assert isinstance(missing, ReadFailure) and "404" in missing.message
    assert isinstance(huge, ReadFailure) and "larger than" in huge.message
    assert set(_Handler.agents) == {USER_AGENT}


def test_unreachable_url_is_a_failure():
    fetcher = PoliteFetcher(min_interval_s=0.0, timeout_s=2)
    (item,) = iter_sources(["http://127.0.0.1:9/nothing"], fetcher=fetcher)
    assert isinstance(item, ReadFailure) and "fetch failed" in item.message


# -- Parquet export round trip ------------------------------------------------------------
def test_parquet_export_reads_back_as_the_same_results(tmp_path):
    store = SqliteStore(tmp_path / "a.db")
    originals = [
        make_result('Ana Bell said "the harbour tax will fall by half".', [("the harbour tax will fall by half", "Ana Bell")],
                    published=date(2023, 3, 1), path="one.txt", title="One"),
        make_result("Nothing was said here at all.", [], path="https://kell.test/two"),
    ]
    store.add_results(originals)
    counts = write_parquet(store, tmp_path / "out")
    assert counts == {"articles": 2, "statements": 1}
    assert (tmp_path / "out" / "articles" / "part-0.parquet").is_file()
    assert list(expand_inputs([str(tmp_path / "out")])) == [(str(tmp_path / "out"), "parquet")]
    results = list(iter_sources([str(tmp_path / "out")]))
    assert all(isinstance(r, ExtractionResult) for r in results)
    by_id = {r.article.id: r for r in results}
    for original in originals:
        back = by_id[original.article.id]
        assert back.article.text == original.article.text
        assert back.article.published == original.article.published
        assert [s.to_dict() for s in back.statements] == [s.to_dict() for s in original.statements]
    assert by_id[originals[1].article.id].article.url == "https://kell.test/two"


# -- dispatcher ---------------------------------------------------------------------------
def test_directories_are_walked_by_suffix_and_unknown_files_are_sniffed(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text("Plain article.", encoding="utf-8")
    (tmp_path / "d" / "sub" / "b.html").write_bytes(PAGE)
    (tmp_path / "d" / "c.jsonl").write_text(json.dumps({"text": "Line one."}) + "\n", encoding="utf-8")
    (tmp_path / "d" / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "d" / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "page.xyz").write_bytes(PAGE)
    kinds = [kind for _, kind in expand_inputs([str(tmp_path / "d"), str(tmp_path / "page.xyz")])]
    assert kinds == ["text", "jsonl", "html", "sniff"]
    assert expected_documents([str(tmp_path / "d")]) == 3
    items = list(iter_sources([str(tmp_path / "d"), str(tmp_path / "page.xyz"), str(tmp_path / "gone.txt")]))
    assert [type(item).__name__ for item in items] == ["Article"] * 4 + ["ReadFailure"]
    assert items[3].outlet == "Kell Courier"  # sniffed as HTML
