"""Spark extraction: the same statements as the local path, in the export's Parquet layout."""

from __future__ import annotations

import io
import json
import shutil

import pytest
from click.testing import CliRunner

from onrecord.batch.spark import (
    export_rows,
    local_path,
    parse_jsonl_lines,
    parse_warc_files,
    resolve_format,
)
from onrecord.errors import ConfigError
from onrecord.extract import extract_article
from onrecord.ingest.items import ReadFailure, Skipped
from onrecord.ingest.jsonl import read_jsonl
from onrecord.ingest.parquet import read_export
from onrecord.ingest.warc import read_warc
from onrecord.model import Article, CharSpan, ExtractionResult, Problem, Speaker, Statement
from onrecord.store import SqliteStore
from onrecord.store.export import write_parquet

# Ten short invented articles: direct, reported and mixed speech, a date, and one with none.
CORPUS = [
    {"id": "ferry", "title": "Ferry fares", "published": "2024-03-01", "outlet": "Saltmere Gazette",
     "text": "Ferry fares to rise\n\n\u201cWe cannot keep the crossing open at these prices,\u201d said "
             "Ada Okafor, the chair of the Harbour Authority. Okafor added that the winter timetable "
             "would be cut."},
    {"id": "library", "text": "The trust said on Monday that the branch in Oldwater would close on "
                              "Sundays. \u201cIt is a sad day,\u201d a volunteer, Piet Stanek, told the "
                              "Saltmere Gazette."},
    {"id": "budget", "published": "2024-05-12",
     "text": "Councillor Mira Voss said the vote should wait until spring. \u201cThe numbers simply do "
             "not add up,\u201d she said. Her colleague Tomas Reyes disagreed."},
    {"id": "weather", "text": "It rained all week in Greywell, and the river rose by a metre."},
    {"id": "rail", "text": "\u201cNobody asked us,\u201d said Kai Lund of the Rail Users' Group. "
                           "\u201cAnd nobody will ride a bus that comes twice a day,\u201d Lund added."},
    {"id": "festival", "url": "https://example.org/festival",
     "text": "Organisers of the Tallis festival warned that the licence might not be renewed. "
             "\u201cWe have done everything the council asked,\u201d said Nina Bellamy, who runs it."},
    {"id": "school", "text": "Head teacher Elif Marsh told parents the roof would be mended over the "
                             "summer. She called the delay \u201cdeeply frustrating\u201d."},
    {"id": "quay", "text": "\u201cThe quay is safe,\u201d the harbour master, Bram Holm, insisted on "
                           "Friday, adding that the cracks were only cosmetic."},
    {"id": "housing", "text": "A spokeswoman for the Housing Cooperative said rents would be frozen. "
                              "\u201cFamilies need certainty,\u201d said Una Kerrigan, its director."},
    {"id": "clinic", "text": " date 2024-02-10\nClinic hours cut\n\n\u201cWe simply do not have the "
                             "nurses,\u201d Dr Wren Ekholm said. Patients said they had not been told."},
]


# -- plain helpers (no Spark, no model) -------------------------------------------------------
@pytest.mark.parametrize(("path", "asked", "expected"), [
    ("news.jsonl", "auto", "jsonl"),
    ("s3a://bucket/cc-news/", "auto", "jsonl"),
    ("crawl/part-0001.warc.gz", "auto", "warc"),
    ("CRAWL.WARC", "auto", "warc"),
    ("news.jsonl", "warc", "warc"),
])
def test_input_format_is_as_asked_or_by_suffix(path, asked, expected):
    assert resolve_format(path, asked) == expected


def test_an_unknown_input_format_is_a_config_error():
    with pytest.raises(ConfigError):
        resolve_format("x.jsonl", "csv")


@pytest.mark.parametrize(("uri", "path"), [
    ("file:///data/news.jsonl", "/data/news.jsonl"),
    ("file:/data/news.warc.gz", "/data/news.warc.gz"),
    ("hdfs://nn/data/news.jsonl", "hdfs://nn/data/news.jsonl"),
])
def test_local_file_uris_become_paths(uri, path):
    assert local_path(uri) == path


def test_jsonl_lines_parse_as_ingest_reads_them(tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps(CORPUS[0]) + "\n{broken\n", encoding="utf-8")
    from_spark = list(parse_jsonl_lines([(f"file://{source}", line) for line in source.read_text().splitlines()]))
    local = list(read_jsonl(str(source)))
    assert from_spark[0] == local[0]
    assert isinstance(from_spark[1], ReadFailure) and isinstance(local[1], ReadFailure)


def _warc_bytes() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=True)
    pages = [("https://example.org/a", "text/html", CORPUS[0]["text"]),
             ("https://example.org/logo.png", "image/png", "not a page"),
             ("https://example.org/b", "text/html; charset=utf-8", CORPUS[4]["text"])]
    for url, content_type, body in pages:
        html = f"<html><head><title>{url}</title></head><body><p>{body}</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html),
                                                      http_headers=headers))
    return stream.getvalue()


def test_warc_files_parse_as_ingest_reads_them(tmp_path):
    pytest.importorskip("warcio")
    data = _warc_bytes()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    from_spark = list(parse_warc_files([(f"file:{path}", data)]))
    assert from_spark == list(read_warc(str(path)))
    assert [type(item) for item in from_spark] == [Article, Skipped, Article]


def test_export_rows_match_the_store_export(tmp_path):
    article = Article(id="a1", text="Mira said \u201cyes\u201d.", path="a.txt", title="t",
                      problems=(Problem("bad_published", "x"),))
    content = (CharSpan.of(article.text, 11, 14),)
    said = Statement(id="s1", kind="direct", content=content, cue=CharSpan.of(article.text, 5, 9),
                     source=CharSpan.of(article.text, 0, 4), speaker=Speaker("Mira"), confidence=0.9)
    result = ExtractionResult(article=article, statements=(said, said),
                              problems=(Problem("bad_published", "x"), Problem("long_text", "y")))
    store = SqliteStore(tmp_path / "s.db")
    store.add_results([result])
    write_parquet(store, tmp_path / "out")
    store.close()
    import pyarrow.parquet as pq

    exported_article = pq.read_table(tmp_path / "out" / "articles").to_pylist()
    exported_statements = pq.read_table(tmp_path / "out" / "statements").to_pylist()
    row = export_rows(result)
    statements = row.pop("statements")
    assert [row] == exported_article
    assert statements == exported_statements


# -- Spark in local mode, with the real pipeline -----------------------------------------------
def _spark_available() -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install pyspark)")
    if shutil.which("java") is None:
        pytest.skip("no java on PATH: Spark needs a Java 17+ runtime")


@pytest.fixture(scope="module")
def spark_run(tmp_path_factory, nlp):
    """One `onrecord spark extract` over the corpus plus a duplicate and a broken line."""
    _spark_available()
    from onrecord.cli.main import cli

    root = tmp_path_factory.mktemp("spark")
    source = root / "news.jsonl"
    lines = [json.dumps(record) for record in CORPUS]
    lines += [json.dumps(CORPUS[1] | {"id": "library-again"}), "{not json"]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = root / "out"
    outcome = CliRunner().invoke(cli, [
        "spark", "extract", str(source), str(out), "--master", "local[2]", "--partitions", "3",
        "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false",
        "--format", "json",
    ])
    summary = json.loads(outcome.stdout[outcome.stdout.index("{"):])
    return {"exit_code": outcome.exit_code, "summary": summary, "source": source, "out": out, "root": root}


@pytest.mark.model
def test_spark_summary_counts_duplicates_and_failures(spark_run):
    assert spark_run["summary"] == {"read": 11, "failed": 1, "skipped": 0, "duplicates": 1,
                                    "articles": 10, "statements": spark_run["summary"]["statements"]}
    assert spark_run["summary"]["statements"] >= 10
    assert spark_run["exit_code"] == 1  # a broken line is a failed input


@pytest.mark.model
def test_spark_statements_equal_the_local_path_article_by_article(spark_run):
    local = {}
    for item in read_jsonl(str(spark_run["source"])):
        if isinstance(item, Article) and item.id not in local:
            local[item.id] = extract_article(item)
    from_spark = {r.article.id: r for r in read_export(str(spark_run["out"])) if isinstance(r, ExtractionResult)}
    assert set(from_spark) == set(local)
    for article_id, result in local.items():
        expected = {s.id: s for s in result.statements}
        assert {s.id: s for s in from_spark[article_id].statements} == expected, article_id
        assert from_spark[article_id].article.text == result.article.text


@pytest.mark.model
def test_spark_output_has_the_export_schema_and_ingests_into_a_store(spark_run):
    import pyarrow.parquet as pq

    root = spark_run["root"]
    store = SqliteStore(root / "local.db")
    items = [i for i in read_jsonl(str(spark_run["source"])) if isinstance(i, Article)]
    store.add_results(extract_article(article) for article in items)
    write_parquet(store, root / "local-export")
    store.close()
    for table in ("articles", "statements"):
        ours = pq.read_table(spark_run["out"] / table).schema.remove_metadata()
        exported = pq.read_table(root / "local-export" / table).schema.remove_metadata()
        assert ours.equals(exported), table

    from onrecord.cli.main import cli

    db = root / "from-spark.db"
    outcome = CliRunner().invoke(cli, ["ingest", str(spark_run["out"]), "--db", str(db),
                                       "--format", "json", "--no-progress"])
    assert outcome.exit_code == 0, outcome.output
    store = SqliteStore(db, readonly=True)
    local = SqliteStore(root / "local.db", readonly=True)
    assert store.counts() == local.counts()
    def statements(s):  # type: ignore[no-untyped-def]
        return sorted((h.statement for h in s.iter_statements()), key=lambda st: st.id)

    assert statements(store) == statements(local)
    store.close()
    local.close()
