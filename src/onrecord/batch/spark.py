"""onrecord on Spark: JSONL or WARC in, the Parquet export layout out.

    INPUT (any path Spark reads: local, HDFS, S3 ...)
      -> parse on the executors (the same readers as `onrecord ingest`)
      -> one copy of each article (by content hash), spread over --partitions
      -> mapPartitions: the pipeline loaded once per Python worker, extract every article
      -> OUTPUT/articles/*.parquet and OUTPUT/statements/*.parquet

The rows are those of `onrecord export --format parquet` (store/parquet_schema.py), so
`onrecord ingest OUTPUT` loads the result into a store without running NLP again. Only
plain configuration (a dict of numbers and strings) travels to the executors, never a
spaCy object; each executor needs onrecord and its English pipeline installed.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from ..model import Article, ExtractionResult, Statement
from ..store.base import StatementHit, StoredArticle

log = logging.getLogger(__name__)

INPUT_FORMATS = ("auto", "jsonl", "warc")
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass
class SparkSummary:
    """What a Spark extract run did; `exit_code` is 1 when some input records failed.

    read: articles with text (duplicates included); failed: unreadable records and empty
    articles; skipped: WARC records that are not pages; articles: unique articles written.
    """

    read: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    articles: int = 0
    statements: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def to_dict(self) -> dict[str, int]:
        return {"read": self.read, "failed": self.failed, "skipped": self.skipped,
                "duplicates": self.duplicates, "articles": self.articles,
                "statements": self.statements}


def resolve_format(input_path: str, input_format: str = "auto") -> str:
    """jsonl or warc: as asked, or by the input's suffix (a directory counts as JSONL)."""
    if input_format not in INPUT_FORMATS:
        raise ConfigError(f"unknown input format {input_format!r}; expected one of {INPUT_FORMATS}")
    if input_format != "auto":
        return input_format
    return "warc" if input_path.lower().rstrip("/").endswith(WARC_SUFFIXES) else "jsonl"


# -- rows: the same as the store's Parquet export ------------------------------------------------
def export_rows(result: ExtractionResult) -> dict[str, Any]:
    """One article row with its statement rows under "statements", as the store would export them.

    Mirrors SqliteStore: problems of the article and of the extraction, each once; a statement
    id once per article.
    """
    from ..store.parquet_schema import article_row, statement_row

    article = result.article
    problems = {(p.code, p.message): p for p in (*article.problems, *result.problems)}
    stored = StoredArticle(id=article.id, path_or_url=article.url or article.path,
                           title=article.title, published=article.published,
                           outlet=article.outlet, problems=tuple(problems.values()),
                           text=article.text)
    unique: dict[str, Statement] = {}
    for statement in result.statements:
        unique.setdefault(statement.id, statement)
    row = article_row(stored)
    row["statements"] = [statement_row(StatementHit(s, stored)) for s in unique.values()]
    return row


def combined_schema():  # type: ignore[no-untyped-def]
    """The Spark schema of export_rows(): the article columns plus an array of statements."""
    from pyspark.sql.pandas.types import from_arrow_schema
    from pyspark.sql.types import ArrayType, StructField

    from ..store.parquet_schema import article_schema, statement_schema

    articles = from_arrow_schema(article_schema())
    statements = from_arrow_schema(statement_schema())
    return articles.add(StructField("statements", ArrayType(statements), True))


def local_path(uri: str) -> str:
    """file:///x/y -> /x/y, as `onrecord ingest` would name a local file; other URIs unchanged."""
    return uri[len("file://"):] if uri.startswith("file:///") else uri.removeprefix("file:")


# -- executor side: plain functions of plain data --------------------------------------------
def parse_jsonl_lines(rows: Iterable[tuple[str, str]]) -> Iterator[Any]:
    """(file, line) pairs -> Article | ReadFailure, as `onrecord ingest` reads a JSONL line."""
    from ..ingest.jsonl import article_from_json_line

    for file_name, line in rows:
        if line.strip():
            path = local_path(file_name)
            yield article_from_json_line(line, where=path, path=path)


def parse_warc_files(files: Iterable[tuple[str, bytes]]) -> Iterator[Any]:
    """(file, bytes) pairs -> Article | ReadFailure | Skipped, as `onrecord ingest` reads a WARC."""
    from ..ingest.warc import read_warc_stream

    for file_uri, data in files:
        yield from read_warc_stream(io.BytesIO(data), local_path(file_uri))


def extractor_for_partition(config: dict[str, Any]) -> Callable[[Iterable[Article]], Iterator[dict[str, Any]]]:
    """The mapPartitions function: loads the pipeline (once per Python worker), then extracts."""

    def extract_partition(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
        from functools import partial

        from ..extract import extract_article
        from ..nlp.pipeline import load_pipeline
        from .pool import _extract_safely, _result

        load_pipeline()  # cached per process: Spark reuses Python workers across tasks
        extract = partial(extract_article, max_chars=config["max_chars"])
        for article in articles:
            yield export_rows(_result(article, _extract_safely(extract, article)))

    return extract_partition


def _earlier(a: Article, b: Article) -> Article:
    # Which copy of a duplicated article to keep: deterministic, whatever the partitioning.
    return a if (a.url or a.path or "") <= (b.url or b.path or "") else b


# -- driver side ------------------------------------------------------------------------------
def spark_session(master: str = "local[*]", conf: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """A SparkSession; in local mode the Python workers run this interpreter (this venv)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as error:
        raise ConfigError("onrecord spark needs pyspark: pip install pyspark (and Java 17+)") from error
    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master(master).appName("onrecord extract")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")
    return session


def run_extract(
    spark,  # type: ignore[no-untyped-def]
    input_path: str,
    output: str,
    *,
    input_format: str = "auto",
    partitions: int | None = None,
    overwrite: bool = False,
) -> SparkSummary:
    """Extract every article under `input_path` and write the Parquet export to `output`."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from ..extract import MAX_NLP_CHARS
    from ..ingest.items import ReadFailure, Skipped

    context = spark.sparkContext
    kind = resolve_format(input_path, input_format)
    if kind == "warc":
        parsed = context.binaryFiles(input_path).mapPartitions(parse_warc_files)
    else:
        lines = spark.read.text(input_path).select(F.input_file_name().alias("file"), "value")
        parsed = lines.rdd.map(tuple).mapPartitions(parse_jsonl_lines)
    failed, skipped, read = context.accumulator(0), context.accumulator(0), context.accumulator(0)

    def keep_articles(items: Iterable[Any]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, ReadFailure):
                failed.add(1)
                log.warning("%s", item.message)
            elif isinstance(item, Skipped):
                skipped.add(1)
            elif item.text.strip():
                read.add(1)
                yield item
            else:
                failed.add(1)

    partitions = partitions or max(parsed.getNumPartitions(), 2 * context.defaultParallelism)
    unique = (parsed.mapPartitions(keep_articles)
              .keyBy(lambda article: article.id)
              .reduceByKey(_earlier, numPartitions=partitions)
              .values())
    config = {"max_chars": MAX_NLP_CHARS}  # plain data: the closure ships this, not a pipeline
    rows = unique.mapPartitions(extractor_for_partition(config))
    combined = spark.createDataFrame(rows, combined_schema()).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        mode = "overwrite" if overwrite else "errorifexists"
        article_columns = [name for name in combined.columns if name != "statements"]
        combined.select(*article_columns).write.mode(mode).parquet(f"{output.rstrip('/')}/articles")
        (combined.select(F.explode("statements").alias("s")).select("s.*")
         .write.mode(mode).parquet(f"{output.rstrip('/')}/statements"))
        totals = combined.agg(F.count(F.lit(1)).alias("articles"),
                              F.coalesce(F.sum(F.size("statements")), F.lit(0)).alias("statements")).first()
    finally:
        combined.unpersist()
    summary = SparkSummary(read=read.value, failed=failed.value, skipped=skipped.value,
                           articles=int(totals["articles"]), statements=int(totals["statements"]))
    summary.duplicates = max(summary.read - summary.articles, 0)
    return summary
