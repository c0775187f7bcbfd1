"""Export a store: JSON lines or CSV (one statement per row), or Parquet (articles + statements)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any

from .base import StatementHit, StatementStore

CSV_COLUMNS = [
    "id", "article_id", "article_title", "published", "kind", "text", "speaker", "speaker_type",
    "venue", "venue_type", "recipient", "said_on", "about", "confidence", "cue", "source",
    "extractor_version",
]
PARQUET_BATCH_ROWS = 10_000


def csv_row(hit: StatementHit) -> dict[str, Any]:
    """A statement flattened to one CSV row (shared by export and `search --format csv`)."""
    statement = hit.statement
    return {
        "id": statement.id,
        "article_id": hit.article.id,
        "article_title": hit.article.title or "",
        "published": hit.article.published.isoformat() if hit.article.published else "",
        "kind": statement.kind,
        "text": statement.text,
        "speaker": statement.speaker.name if statement.speaker else "",
        "speaker_type": statement.speaker.type if statement.speaker else "",
        "venue": statement.venue.name if statement.venue else "",
        "venue_type": statement.venue.type if statement.venue else "",
        "recipient": statement.recipient.name if statement.recipient else "",
        "said_on": statement.said_on.value if statement.said_on else "",
        "about": "; ".join(statement.about),
        "confidence": round(statement.confidence, 3),
        "cue": statement.cue.text if statement.cue else "",
        "source": statement.source.text if statement.source else "",
        "extractor_version": statement.extractor_version,
    }


def write_csv(hits, stream: IO[str]) -> int:  # type: ignore[no-untyped-def]
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for hit in hits:
        writer.writerow(csv_row(hit))
        count += 1
    return count


def write_jsonl(hits, stream: IO[str]) -> int:  # type: ignore[no-untyped-def]
    count = 0
    for hit in hits:
        stream.write(json.dumps(hit.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(store: StatementStore, directory: str | Path) -> dict[str, int]:
    """OUT/articles/part-0.parquet and OUT/statements/part-0.parquet, in row batches."""
    from .parquet_schema import article_row, article_schema, statement_row, statement_schema

    root = Path(directory)
    counts = {}
    for table, schema, rows in (
        ("articles", article_schema(), (article_row(a) for a in store.iter_articles())),
        ("statements", statement_schema(), (statement_row(h) for h in store.iter_statements())),
    ):
        (root / table).mkdir(parents=True, exist_ok=True)
        counts[table] = _write_table(root / table / "part-0.parquet", schema, rows)
    return counts


def _write_table(path: Path, schema, rows) -> int:  # type: ignore[no-untyped-def]
    import pyarrow as pa
    import pyarrow.parquet as pq

    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= PARQUET_BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
