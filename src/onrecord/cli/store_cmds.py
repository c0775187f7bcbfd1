"""`onrecord ingest | search | speakers | quote | export`: the record store from the shell.

Each command parses options and calls one library function. Errors print `error: ...` on
stderr (or {"error": {"code", "message"}} on stdout with --format json) and exit non-zero:
1 when inputs failed or the store could not be used, 2 for a usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from ..errors import OnrecordError, QueryError
from ..query import MAX_LIMIT, SearchQuery
from ..store import DEFAULT_DB, StatementStore, open_store
from .options import model_option

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    envvar="ONRECORD_DB",
    show_default=True,
    help="The store: a SQLite file (env ONRECORD_DB).",
)


def _fail(error: OnrecordError, output_format: str) -> None:
    if output_format == "json":
        click.echo(json.dumps({"error": {"code": error.code, "message": str(error)}}))
    else:
        click.echo(f"error: {error}", err=True)
    sys.exit(2 if isinstance(error, QueryError) else 1)


@contextmanager
def _store(db_path: str, output_format: str, *, readonly: bool) -> Iterator[StatementStore]:
    try:
        store = open_store(db_path, readonly=readonly)
    except OnrecordError as error:
        _fail(error, output_format)
    try:
        yield store
    except OnrecordError as error:
        _fail(error, output_format)
    finally:
        store.close()


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              help="How to print the summary.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=32, show_default=True,
              help="Articles per transaction.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@click.option("--jobs", "-j", type=click.IntRange(1), default=None,
              help="Extraction processes (default: all cores); one process writes the store.")
@model_option
def ingest_command(inputs: tuple[str, ...], db_path: str, output_format: str, batch_size: int,
                   progress: bool | None, jobs: int | None, model: str) -> None:
    """Extract statements from files, directories, URLs, JSONL, WARC or a Parquet export, and store them.

    Rerunning is safe: articles already stored are skipped. Exit 0 when every input was stored
    or was a duplicate, 1 when some failed.
    """
    from functools import partial

    from tqdm import tqdm

    from ..batch.pool import default_jobs, extract_stream
    from ..extract import extract_article

    extractor = partial(extract_article, model=model)  # picklable: workers get it too
    from ..ingest.sources import expected_documents, iter_sources
    from ..store.ingest import ingest

    disable = None if progress is None else not progress  # None: only on a terminal
    with _store(db_path, output_format, readonly=False) as store:
        total = expected_documents(inputs) if disable is not True else None
        items = iter_sources(inputs)
        jobs = jobs or default_jobs()
        if total is not None:
            jobs = min(jobs, max(total, 1))  # a worker per document at most: each loads the pipeline
        if jobs > 1:
            # Worker processes extract; articles already stored are not sent to them.
            items = extract_stream(items, jobs, extractor=extractor, should_extract=lambda article: bool(
                article.text.strip()) and not store.has_article(article.id))
        with tqdm(total=total, unit="article", file=sys.stderr, disable=disable, dynamic_ncols=True) as bar:
            summary = ingest(store, items, extractor=extractor,
                             batch_size=batch_size, on_item=lambda: bar.update(1))
    if output_format == "json":
        _echo_json(summary.to_dict())
    else:
        _print_summary(summary.to_dict())
    sys.exit(summary.exit_code)


def _print_summary(data: dict[str, Any]) -> None:
    click.echo(
        f"read {data['read']}, stored {data['stored']} ({data['statements']} statements), "
        f"skipped {data['skipped_duplicates']} duplicate(s), failed {data['failed']}"
    )
    for reason, count in data["skipped"].items():
        click.echo(f"skipped {count}: {reason}")
    for failure in data["failures"]:
        click.echo(f"failed: {failure['reason']}", err=True)


@click.command("search")
@click.argument("query", default="")
@db_option
@click.option("--speaker", help="Only statements by this speaker (any name they are known by).")
@click.option("--venue", help="Only statements said at this venue.")
@click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]), help="Statement kind.")
@click.option("--since", help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Published on or before this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(1, MAX_LIMIT), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True)
@click.option("--format", "output_format", type=click.Choice(["text", "json", "csv"]), default="text")
def search_command(query: str, db_path: str, speaker: str | None, venue: str | None,
                   kind: str | None, since: str | None, until: str | None, limit: int,
                   offset: int, output_format: str) -> None:
    """Search stored statements: every word must match (word forms too); "quote a phrase"."""
    try:
        search = SearchQuery.parse(query, speaker=speaker, venue=venue, kind=kind, since=since,
                                   until=until, limit=limit, offset=offset)
    except QueryError as error:
        _fail(error, output_format)
    with _store(db_path, output_format, readonly=True) as store:
        page = store.search(search)
    if output_format == "json":
        _echo_json(page.to_dict())
    elif output_format == "csv":
        from ..store.export import write_csv

        write_csv(page.results, sys.stdout)
    else:
        click.echo(f"{page.total} result(s)")
        for hit in page.results:
            published = hit.article.published.isoformat() if hit.article.published else "undated"
            speaker_name = hit.statement.speaker.name if hit.statement.speaker else "(unnamed)"
            click.echo(f"{hit.statement.id}  {published}  {speaker_name} [{hit.statement.kind}]: "
                       f"{hit.statement.text}")


@click.command("speakers")
@db_option
@click.option("--top", type=click.IntRange(1), default=20, show_default=True,
              help="How many speakers, most quoted first.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
def speakers_command(db_path: str, top: int, output_format: str) -> None:
    """The most quoted speakers, merged across articles."""
    with _store(db_path, output_format, readonly=True) as store:
        speakers = store.speakers(top)
    if output_format == "json":
        _echo_json({"speakers": [speaker.to_dict() for speaker in speakers]})
        return
    for speaker in speakers:
        click.echo(f"{speaker.statements:6d}  {speaker.name} ({speaker.type}, "
                   f"{speaker.articles} article(s))")


@click.command("quote")
@click.argument("statement_id")
@db_option
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
def quote_command(statement_id: str, db_path: str, output_format: str) -> None:
    """Provenance of a statement: every article carrying the same quote, oldest first."""
    with _store(db_path, output_format, readonly=True) as store:
        found = store.provenance(statement_id)
        if found is None:
            raise _NotFound(f"no statement with id {statement_id!r}")
    if output_format == "json":
        _echo_json(found.to_dict())
        return
    statement = found.statement.statement
    speaker = statement.speaker.name if statement.speaker else "(unnamed)"
    click.echo(f"{speaker}: {statement.text}")
    if found.claimed_venue:
        click.echo(f"claimed venue: {found.claimed_venue['name']}")
    for article in found.articles:
        published = article.published.isoformat() if article.published else "undated"
        click.echo(f"  {published}  {article.title or '(untitled)'}  {article.path_or_url or article.id}")


class _NotFound(OnrecordError):
    code = "not_found"


@click.command("export")
@click.argument("out")
@db_option
@click.option("--format", "output_format", type=click.Choice(["jsonl", "csv", "parquet"]),
              required=True, help="jsonl/csv: one statement per row to the file OUT (- for stdout); "
              "parquet: the directory OUT with articles/ and statements/.")
def export_command(out: str, db_path: str, output_format: str) -> None:
    """Export every stored statement (and, for parquet, every article)."""
    from ..store import export

    with _store(db_path, "text", readonly=True) as store:
        if output_format == "parquet":
            counts = export.write_parquet(store, out)
            click.echo(f"wrote {counts['articles']} article(s), {counts['statements']} statement(s) "
                       f"to {out}", err=True)
            return
        writer: Callable[..., int] = export.write_jsonl if output_format == "jsonl" else export.write_csv
        if out == "-":
            count = writer(store.iter_statements(), sys.stdout)
        else:
            with open(out, "w", encoding="utf-8", newline="") as stream:
                count = writer(store.iter_statements(), stream)
        click.echo(f"wrote {count} statement(s) to {out}", err=True)


commands = [ingest_command, search_command, speakers_command, quote_command, export_command]
