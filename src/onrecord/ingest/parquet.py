"""Our own Parquet export (OUT/articles/*.parquet, OUT/statements/*.parquet) -> ExtractionResults.

Statements are already extracted, so re-ingesting an export needs no NLP. Statements are
grouped by article in memory (one dict entry per statement), then articles are streamed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..model import ExtractionResult, Statement
from .files import ReadFailure


def is_export_dir(path: Path) -> bool:
    return (path / "articles").is_dir() and any((path / "articles").glob("*.parquet"))


def read_export(directory: str) -> Iterator[ExtractionResult | ReadFailure]:
    import pyarrow.parquet as pq

    from ..store.parquet_schema import article_from_row, statement_from_row

    root = Path(directory)
    by_article: dict[str, list[Statement]] = {}
    for file_path in sorted((root / "statements").glob("*.parquet")):
        try:
            table = pq.read_table(file_path)
            for row in table.to_pylist():
                by_article.setdefault(row["article_id"], []).append(statement_from_row(row))
        except Exception as error:  # noqa: BLE001 - a damaged file is one failure, the others still load
            yield ReadFailure(str(file_path), f"{file_path}: unreadable Parquet ({error})")
    for file_path in sorted((root / "articles").glob("*.parquet")):
        try:
            parquet_file = pq.ParquetFile(file_path)
            for batch in parquet_file.iter_batches(batch_size=1000):
                for row in batch.to_pylist():
                    article = article_from_row(row)
                    statements = tuple(by_article.pop(article.id, ()))
                    yield ExtractionResult(article=article, statements=statements)
        except Exception as error:  # noqa: BLE001 - pyarrow raises many types
            yield ReadFailure(str(file_path), f"{file_path}: unreadable Parquet ({error})")
    for article_id in by_article:
        yield ReadFailure(f"{directory}#{article_id}", f"statements for unknown article {article_id}")
