"""Read-only access to the store for the web app, one connection per thread that reads.

Search runs on the event loop's thread (see api.py), so each server process answers it
from one warm connection, memory-mapped, with a cache of encoded responses that every
commit to the store empties (ResponseCache).

The StatementStore protocol has no lookup by speaker id and no "statements of one article";
the pages need both. Until the protocol grows them (`get_speaker`, `speaker_statements`,
`article_statements` — used here automatically when a store has them), this adapter answers
them with indexed queries on its own read-only connection (`file:...?mode=ro`) to the same
SQLite file, reusing the store's row decoder so the records are identical.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Hashable
from pathlib import Path

from ..errors import StoreError
from ..store import SpeakerSummary, SqliteStore, StatementHit, StatementStore
from ..store.sqlite_search import HIT_COLUMNS, HIT_FROM, hit_from_row

# A speaker page lists at most this many statements (newest kept); the count stays exact.
MAX_SPEAKER_STATEMENTS = 1000
# An article page highlights at most this many statements.
MAX_ARTICLE_STATEMENTS = 5000


# Memory-mapped I/O for the read connections (a ceiling: the file is mapped as it grows).
READ_MMAP_BYTES = 1 << 30
# Encoded search responses kept per read connection (per worker process in `serve`);
# the environment variable sets the budget in MiB, 0 turns the cache off.
SEARCH_CACHE_BYTES = 32 * 1024 * 1024
ENV_SEARCH_CACHE_MIB = "ONRECORD_SEARCH_CACHE_MIB"


def search_cache_bytes() -> int:
    """The search cache budget: ONRECORD_SEARCH_CACHE_MIB if it is a whole number, else 32 MiB."""
    value = os.environ.get(ENV_SEARCH_CACHE_MIB, "").strip()
    return int(value) * 1024 * 1024 if value.isdigit() else SEARCH_CACHE_BYTES


class ResponseCache:
    """Encoded responses by request key, least recently used first out, within a byte budget.

    Exact, not a time-to-live cache: every entry belongs to one version of the store (SQLite's
    `PRAGMA data_version`, which changes whenever another connection commits), and a new
    version empties the cache. So a search after an ingest always sees the ingest; between
    writes, a repeated search is answered without touching the database.
    """

    def __init__(self, max_bytes: int, max_entry_bytes: int | None = None) -> None:
        self.max_bytes = max_bytes
        # One huge page (limit=1000) must not push out hundreds of ordinary ones.
        self.max_entry_bytes = max_bytes // 8 if max_entry_bytes is None else max_entry_bytes
        self._entries: OrderedDict[Hashable, bytes] = OrderedDict()
        self._bytes = 0
        self._version: int | None = None

    def get(self, version: int, key: Hashable) -> bytes | None:
        if version != self._version:
            self._entries.clear()
            self._bytes = 0
            self._version = version
            return None
        body = self._entries.get(key)
        if body is not None:
            self._entries.move_to_end(key)
        return body

    def put(self, version: int, key: Hashable, body: bytes) -> None:
        if version != self._version or len(body) > self.max_entry_bytes or key in self._entries:
            return  # from an older version, too large for a slot, or there already
        self._entries[key] = body
        self._bytes += len(body)
        while self._bytes > self.max_bytes:
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= len(dropped)

    def __len__(self) -> int:
        return len(self._entries)


def readonly_uri(db_path: str | Path) -> str:
    return Path(db_path).resolve().as_uri() + "?mode=ro"


class ReadSide:
    """The store opened read-only plus the lookups the protocol lacks."""

    def __init__(self, db_path: str | Path) -> None:
        # SQLite itself, not open_store: this side reads the same file on its own connection
        # too. Every commit by a writer makes a reader drop its page cache; memory-mapped
        # reads refill it from the OS cache without a read() call and a copy per page.
        self.store: StatementStore = SqliteStore(db_path, readonly=True, mmap_bytes=READ_MMAP_BYTES)
        try:
            self._db = sqlite3.connect(readonly_uri(db_path), uri=True)
            self._db.execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES:d}")
        except sqlite3.Error as error:
            self.store.close()
            raise StoreError(f"{db_path}: cannot open database: {error}") from error
        self.search_cache = ResponseCache(search_cache_bytes())

    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the store."""
        try:
            return int(self._db.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as error:
            raise StoreError(f"query failed: {error}") from error

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
