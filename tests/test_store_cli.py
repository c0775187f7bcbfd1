"""`onrecord ingest | search | speakers | quote | export` through click, against real store files."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from click.testing import CliRunner
from test_store import make_result

from onrecord.cli.main import cli
from onrecord.model import Venue
from onrecord.store import SqliteStore
from onrecord.store.export import write_parquet

QUOTE = "the harbour tax will fall by half next spring"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "onrecord.db"
    store = SqliteStore(path)
    store.add_results([
        make_result(f'Ana Bell said "{QUOTE}".', [(QUOTE, "Ana Bell")], published=date(2023, 3, 9),
                    path="late.txt", title="Late"),
        make_result(f'Ana Bell told Radio Kell "{QUOTE}, honestly".', [(f"{QUOTE}, honestly", "Ana Bell")],
                    published=date(2023, 3, 1), path="early.txt", title="Early", venue=Venue("Radio Kell", "outlet")),
        make_result('Ivo Stan said "the ferries ended service early".', [("the ferries ended service early", "Ivo Stan")],
                    published=date(2022, 1, 1), path="ferry.txt", kind="indirect"),
    ])
    store.close()
    return str(path)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_search_json_shape(db):
    result = run("search", "ending", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total"] == 1
    hit = data["results"][0]
    assert hit["text"] == "the ferries ended service early"
    assert hit["article"] == {"id": hit["article"]["id"], "title": None, "published": "2022-01-01"}
    assert set(hit) >= {"id", "kind", "text", "content", "cue", "source", "speaker", "confidence",
                        "venue", "recipient", "said_on", "about", "extractor_version", "article"}


@pytest.mark.parametrize("args, total", [
    (["harbour", "--speaker", "Ana Bell"], 2),
    (["harbour", "--speaker", "Ivo"], 0),
    (["", "--venue", "radio kell"], 1),
    (["", "--kind", "indirect"], 1),
    (["", "--since", "2023-03-05"], 1),
    (["", "--until", "2023-03-05"], 2),
    (["harbour", "--limit", "1"], 2),
])
def test_search_filters(db, args, total):
    result = run("search", *args, "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["total"] == total


def test_search_csv_and_text(db):
    rows = list(csv.DictReader(io.StringIO(run("search", "harbour", "--db", db, "--format", "csv").output)))
    assert [row["article_title"] for row in rows] == ["Late", "Early"]
    text = run("search", "harbour", "--db", db).output
    assert text.startswith("2 result(s)") and "Ana Bell" in text


@pytest.mark.parametrize("args, code, message", [
    (["search", "x", "--since", "yesterday"], 2, "since must be a date"),
    (["search", "x", "--since", "2024-01-02", "--until", "2024-01-01"], 2, "after until"),
    (["search", "x", "--limit", "0"], 2, None),
    (["search", "x", "--kind", "shouted"], 2, None),
])
def test_search_usage_errors_exit_2(db, args, code, message):
    result = run(*args, "--db", db, "--format", "json")
    assert result.exit_code == code
    if message:
        error = json.loads(result.output)["error"]
        assert error["code"] == "query_error" and message in error["message"]


def test_missing_database_is_an_error_not_a_new_file(tmp_path):
    result = run("search", "x", "--db", str(tmp_path / "none.db"), "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.output)["error"]["code"] == "store_error"
    assert not (tmp_path / "none.db").exists()


def test_speakers(db):
    data = json.loads(run("speakers", "--db", db, "--format", "json", "--top", "1").output)
    assert [(s["name"], s["statements"], s["articles"]) for s in data["speakers"]] == [("Ana Bell", 2, 2)]
    assert "Ivo Stan" in run("speakers", "--db", db).output


def test_quote_provenance_json(db):
    late = json.loads(run("search", "harbour", "--since", "2023-03-05", "--db", db, "--format", "json").output)
    statement_id = late["results"][0]["id"]
    result = run("quote", statement_id, "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"statement", "earliest", "claimed_venue", "articles"}
    assert data["earliest"]["title"] == "Early" and data["earliest"]["published"] == "2023-03-01"
    assert set(data["earliest"]) == {"article_id", "published", "title", "path_or_url"}
    assert [a["title"] for a in data["articles"]] == ["Early", "Late"]
    assert data["claimed_venue"] == {"name": "Radio Kell", "type": "outlet"}
    assert "Radio Kell" in run("quote", statement_id, "--db", db).output
    missing = run("quote", "0000", "--db", db, "--format", "json")
    assert missing.exit_code == 1 and json.loads(missing.output)["error"]["code"] == "not_found"


def test_export_jsonl_csv_and_parquet_then_ingest_the_parquet(db, tmp_path):
    out = tmp_path / "s.jsonl"
    assert run("export", "--format", "jsonl", str(out), "--db", db).exit_code == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 3 and all("article" in line for line in lines)
    assert run("export", "--format", "csv", str(tmp_path / "s.csv"), "--db", db).exit_code == 0
    assert len(list(csv.DictReader(io.StringIO((tmp_path / "s.csv").read_text(encoding="utf-8"))))) == 3
    assert run("export", "--format", "parquet", str(tmp_path / "pq"), "--db", db).exit_code == 0
    copy = str(tmp_path / "copy.db")
    first = run("ingest", str(tmp_path / "pq"), "--db", copy, "--format", "json", "--no-progress")
    assert first.exit_code == 0, first.output
    assert json.loads(first.output) | {"skipped": {}} == {
        "read": 3, "stored": 3, "skipped_duplicates": 0, "skipped": {}, "failed": 0, "failures": [],
        "statements": 3}
    again = json.loads(run("ingest", str(tmp_path / "pq"), "--db", copy, "--format", "json").output)
    assert (again["stored"], again["skipped_duplicates"]) == (0, 3)
    exported = json.loads(run("search", "harbour", "--db", copy, "--format", "json").output)
    original = json.loads(run("search", "harbour", "--db", db, "--format", "json").output)
    assert exported == original


def test_ingest_usage_error_exits_2(tmp_path):
    assert run("ingest", "--db", str(tmp_path / "x.db")).exit_code == 2
    assert run("export", str(tmp_path / "o"), "--format", "xml").exit_code == 2


def test_every_store_command_has_help_and_is_in_the_schema_doc():
    from pathlib import Path

    doc = (Path(__file__).parent.parent / "docs" / "schema.md").read_text(encoding="utf-8")
    for name in ("ingest", "search", "speakers", "quote", "export"):
        result = run(name, "--help")
        assert result.exit_code == 0 and len(result.output) > 100
        assert f"onrecord {name}" in doc


@pytest.mark.model
def test_ingest_text_and_jsonl_end_to_end_with_the_real_extractor(nlp, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        ' date 2023-05-02 Bridge vote\n"We will rebuild the old bridge before the winter floods arrive," '
        "Mayor Ada Okafor said on Tuesday.\n", encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text("\n".join([
        json.dumps({"id": "r1", "text": '"We will rebuild the old bridge before the winter floods arrive," '
                    "Ada Okafor told reporters.", "published": "2023-05-10", "title": "Pledge"}),
        json.dumps({"text": 5}),
        "{broken",
        json.dumps({"text": "Officials said the talks ended.", "published": "2023-02-30"}),
    ]) + "\n", encoding="utf-8")
    db = str(tmp_path / "e2e.db")
    first = run("ingest", str(tmp_path / "in"), "--db", db, "--format", "json")
    summary = json.loads(first.output)
    assert first.exit_code == 1
    assert (summary["read"], summary["stored"], summary["failed"]) == (3, 3, 2)
    second = json.loads(run("ingest", str(tmp_path / "in"), "--db", db, "--format", "json").output)
    assert (second["stored"], second["skipped_duplicates"]) == (0, 3)
    hits = json.loads(run("search", "rebuild", "--speaker", "Ada Okafor", "--db", db, "--format", "json").output)
    assert hits["total"] == 2
    provenance = json.loads(run("quote", hits["results"][0]["id"], "--db", db, "--format", "json").output)
    assert [a["published"] for a in provenance["articles"]] == ["2023-05-02", "2023-05-10"]
    store = SqliteStore(db, readonly=True)
    problems = [p.code for a in store.iter_articles() for p in a.problems]
    assert "bad_published" in problems
    ok = run("ingest", str(tmp_path / "in" / "a.txt"), "--db", db)
    assert ok.exit_code == 0 and "skipped 1 duplicate" in ok.output
    assert write_parquet(store, tmp_path / "pq")["articles"] == 3
