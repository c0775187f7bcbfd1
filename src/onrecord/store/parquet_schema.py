"""The Parquet layout of an export: OUT/articles/*.parquet and OUT/statements/*.parquet.

This schema is a contract (docs/schema.md): `onrecord export --format parquet` writes it,
the batch Spark job will write the same, and `onrecord ingest OUT` reads it back.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..model import Article, CharSpan, Problem, Recipient, SaidOn, Speaker, Statement, Venue
from .base import StatementHit, StoredArticle

SCHEMA_VERSION = "1"


def _span_type():  # type: ignore[no-untyped-def]
    import pyarrow as pa

    return pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])


def article_schema():  # type: ignore[no-untyped-def]
    import pyarrow as pa

    return pa.schema(
        [
            ("article_id", pa.string()),
            ("path_or_url", pa.string()),
            ("title", pa.string()),
            ("published", pa.date32()),
            ("outlet", pa.string()),
            ("problems", pa.list_(pa.struct([("code", pa.string()), ("message", pa.string())]))),
            ("text", pa.string()),
        ],
        metadata={"onrecord_schema": SCHEMA_VERSION, "onrecord_table": "articles"},
    )


def statement_schema():  # type: ignore[no-untyped-def]
    import pyarrow as pa

    span = _span_type()
    return pa.schema(
        [
            ("statement_id", pa.string()),
            ("article_id", pa.string()),
            ("kind", pa.string()),
            ("text", pa.string()),
            ("content", pa.list_(span)),
            ("cue", span),
            ("source", span),
            ("speaker_name", pa.string()),
            ("speaker_type", pa.string()),
            ("venue_name", pa.string()),
            ("venue_type", pa.string()),
            ("recipient", pa.string()),
            ("said_on", pa.string()),
            ("said_on_text", pa.string()),
            ("about", pa.list_(pa.string())),
            ("confidence", pa.float64()),
            ("extractor_version", pa.string()),
            ("published", pa.date32()),
        ],
        metadata={"onrecord_schema": SCHEMA_VERSION, "onrecord_table": "statements"},
    )


def article_row(article: StoredArticle) -> dict[str, Any]:
    return {
        "article_id": article.id,
        "path_or_url": article.path_or_url,
        "title": article.title,
        "published": article.published,
        "outlet": article.outlet,
        "problems": [problem.to_dict() for problem in article.problems],
        "text": article.text,
    }


def statement_row(hit: StatementHit) -> dict[str, Any]:
    statement = hit.statement
    return {
        "statement_id": statement.id,
        "article_id": hit.article.id,
        "kind": statement.kind,
        "text": statement.text,
        "content": [span.to_dict() for span in statement.content],
        "cue": statement.cue.to_dict() if statement.cue else None,
        "source": statement.source.to_dict() if statement.source else None,
        "speaker_name": statement.speaker.name if statement.speaker else None,
        "speaker_type": statement.speaker.type if statement.speaker else None,
        "venue_name": statement.venue.name if statement.venue else None,
        "venue_type": statement.venue.type if statement.venue else None,
        "recipient": statement.recipient.name if statement.recipient else None,
        "said_on": statement.said_on.value if statement.said_on else None,
        "said_on_text": statement.said_on.text if statement.said_on else None,
        "about": list(statement.about),
        "confidence": float(statement.confidence),
        "extractor_version": statement.extractor_version,
        "published": hit.article.published,
    }


def _span(value: dict[str, Any] | None) -> CharSpan | None:
    return CharSpan(int(value["start"]), int(value["end"]), value["text"]) if value else None


def article_from_row(row: dict[str, Any]) -> Article:
    """An Article from an articles row; the stored id is kept so statement ids stay valid."""
    location: str | None = row.get("path_or_url")
    is_url = location is not None and location.startswith(("http://", "https://"))
    published = row.get("published")
    return Article(
        id=row["article_id"],
        text=row.get("text") or "",
        path=None if is_url else location,
        url=location if is_url else None,
        published=published if isinstance(published, date) else None,
        title=row.get("title"),
        outlet=row.get("outlet"),
        problems=tuple(Problem(p["code"], p["message"]) for p in row.get("problems") or ()),
    )


def statement_from_row(row: dict[str, Any]) -> Statement:
    return Statement(
        id=row["statement_id"],
        kind=row["kind"],
        content=tuple(_span(span) for span in row.get("content") or ()),  # type: ignore[misc]
        cue=_span(row.get("cue")),
        source=_span(row.get("source")),
        speaker=Speaker(row["speaker_name"], row.get("speaker_type") or "person")
        if row.get("speaker_name")
        else None,
        confidence=float(row.get("confidence") or 0.0),
        venue=Venue(row["venue_name"], row.get("venue_type") or "other") if row.get("venue_name") else None,
        recipient=Recipient(row["recipient"]) if row.get("recipient") else None,
        said_on=SaidOn(row["said_on"], row.get("said_on_text") or "") if row.get("said_on") else None,
        about=tuple(row.get("about") or ()),
        extractor_version=row.get("extractor_version") or "",
    )
