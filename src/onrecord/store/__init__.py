"""The record store: a StatementStore protocol and its backends (SQLite by default)."""

from __future__ import annotations

from pathlib import Path

from .base import (
    BatchOutcome,
    Provenance,
    SearchPage,
    SpeakerSummary,
    StatementHit,
    StatementStore,
    StoredArticle,
)
from .sqlite import SqliteStore

DEFAULT_DB = "onrecord.db"

__all__ = [
    "DEFAULT_DB",
    "BatchOutcome",
    "Provenance",
    "SearchPage",
    "SpeakerSummary",
    "SqliteStore",
    "StatementHit",
    "StatementStore",
    "StoredArticle",
    "open_store",
]


def open_store(location: str | Path = DEFAULT_DB, *, readonly: bool = False) -> StatementStore:
    """Open the store at `location` (a SQLite file path; other backends will add URL schemes)."""
    return SqliteStore(location, readonly=readonly)
