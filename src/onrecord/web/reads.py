"""Read-only access to the store for the web app, one connection per worker thread.

The StatementStore protocol has no lookup by speaker id and no "statements of one article";
the pages need both. Until the protocol grows them (`get_speaker`, `speaker_statements`,
`article_statements` — used here automatically when a store has them), this adapter answers
them with indexed queries on its own read-only connection (`file:...?mode=ro`) to the same
SQLite file, reusing the store's row decoder so the records are identical.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from ..errors import StoreError
from ..store import SpeakerSummary, StatementHit, StatementStore, open_store
from ..store.sqlite_search import HIT_COLUMNS, HIT_FROM, hit_from_row

# A speaker page lists at most this many statements (newest kept); the count stays exact.
MAX_SPEAKER_STATEMENTS = 1000
# An article page highlights at most this many statements.
MAX_ARTICLE_STATEMENTS = 5000


def readonly_uri(db_path: str | Path) -> str:
    return Path(db_path).resolve().as_uri() + "?mode=ro"


class ReadSide:
    """The store opened read-only plus the lookups the protocol lacks."""

    def __init__(self, db_path: str | Path) -> None:
        self.store: StatementStore = open_store(db_path, readonly=True)
        try:
            self._db = sqlite3.connect(readonly_uri(db_path), uri=True)
        except sqlite3.Error as error:
            self.store.close()
            raise StoreError(f"{db_path}: cannot open database: {error}") from error

    def close(self) -> None:
        self.store.close()
        self._db.close()

    def _rows(self, sql: str, params: tuple) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise StoreError(f"query failed: {error}") from error

    def speaker(self, speaker_id: int) -> SpeakerSummary | None:
        own = getattr(self.store, "get_speaker", None)
        if own is not None:
            return own(speaker_id)  # type: ignore[no-any-return]
        rows = self._rows(
            "SELECT sp.id, sp.name, sp.type, COUNT(s.seq), COUNT(DISTINCT s.article_id) "
            "FROM speakers sp LEFT JOIN statements s ON s.speaker_id = sp.id "
            "WHERE sp.id = ? GROUP BY sp.id",
            (speaker_id,),
        )
        if not rows:
            return None
        aliases = tuple(
            row[0] for row in self._rows(
                "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias", (speaker_id,)
            )
        )
        sid, name, kind, statements, articles = rows[0]
        return SpeakerSummary(sid, name, kind, statements, articles, aliases)

    def speaker_statements(self, speaker_id: int, limit: int = MAX_SPEAKER_STATEMENTS,
                           offset: int = 0) -> list[StatementHit]:
        """A speaker's statements, oldest publication first (undated last)."""
        own = getattr(self.store, "speaker_statements", None)
        if own is not None:
            return list(own(speaker_id, limit=limit, offset=offset))
        rows = self._rows(
            f"SELECT {HIT_COLUMNS} {HIT_FROM} WHERE s.speaker_id = ? "
            "ORDER BY s.published IS NULL, s.published, s.seq LIMIT ? OFFSET ?",
            (speaker_id, limit, offset),
        )
        return [hit_from_row(row) for row in rows]

    def article_statements(self, article_id: str) -> list[StatementHit]:
        """The statements found in one article, in the order they were found."""
        own = getattr(self.store, "article_statements", None)
        if own is not None:
            return list(own(article_id))
        rows = self._rows(
            f"SELECT {HIT_COLUMNS} {HIT_FROM} WHERE s.article_id = ? ORDER BY s.position LIMIT ?",
            (article_id, MAX_ARTICLE_STATEMENTS),
        )
        return [hit_from_row(row) for row in rows]


class ReadPool:
    """One ReadSide per worker thread: sqlite3 connections must stay on the thread that made them."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = db_path
        self._local = threading.local()
        self._opened: list[ReadSide] = []
        self._lock = threading.Lock()

    def get(self) -> ReadSide:
        reads = getattr(self._local, "reads", None)
        if reads is None:
            reads = ReadSide(self.db_path)
            self._local.reads = reads
            with self._lock:
                self._opened.append(reads)
        return reads

    def close(self) -> None:
        # Called at shutdown, when no request is running; each connection was made with
        # check_same_thread, so closing from another thread may refuse: ignore that.
        with self._lock:
            opened, self._opened = self._opened, []
        for reads in opened:
            try:
                reads.close()
            except sqlite3.ProgrammingError:
                pass
