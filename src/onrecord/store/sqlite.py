"""The default record store: one SQLite file (WAL, FTS5), readable as-is in Datasette.

One writer, many readers: open with readonly=True for queries. Every `add_results` call is
one transaction, and an article already stored (same content hash) is skipped, so an
ingest interrupted anywhere can be rerun without losing or doubling anything.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..errors import StoreError
from ..model import ExtractionResult, Problem, Statement
from ..query import SearchQuery
from ..speaker_identity import fold, loose_alias, speaker_key
from .base import (
    BatchOutcome,
    Provenance,
    SearchPage,
    SpeakerSummary,
    StatementHit,
    StoredArticle,
)
from .migrate import apply_migrations, bundled_migrations, pending_migrations
from .sqlite_clusters import assign_cluster
from .sqlite_search import HIT_COLUMNS, HIT_FROM, hit_from_row, run_search

DEFAULT_QUERY_TIMEOUT_S = 2.0
_PROGRESS_STEPS = 10_000  # SQLite VM steps between time-limit checks


# Speaker and venue ids remembered by the writer: a cache, cleared when it reaches this
# size so that a long ingest holds bounded memory (a miss costs one indexed lookup).
ID_CACHE_MAX = 50_000

class SqliteStore:
    """A StatementStore in one SQLite file."""

    def __init__(
        self,
        path: str | Path,
        *,
        readonly: bool = False,
        query_timeout_s: float = DEFAULT_QUERY_TIMEOUT_S,
        mmap_bytes: int = 0,
    ) -> None:
        """`mmap_bytes`: memory-map up to this many bytes of the file (0: ordinary reads).
        For a long-lived reader beside a writer: every commit makes a reader drop its page
        cache, and mapped pages refill from the OS cache without a read() and a copy each."""
        if isinstance(mmap_bytes, bool) or not isinstance(mmap_bytes, int) or mmap_bytes < 0:
            raise ValueError(f"mmap_bytes must be a whole number of bytes, not {mmap_bytes!r}")
        self.path = str(path)
        self.readonly = readonly
        self.query_timeout_s = query_timeout_s
        self.mmap_bytes = mmap_bytes
        self._deadline: float | None = None
        self._speaker_ids: dict[tuple[str, str], int] = {}
        self._venue_ids: dict[tuple[str, str], int] = {}
        self._connection = self._connect()

    # -- connection -------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            if self.readonly:
                if not Path(self.path).is_file():
                    raise StoreError(f"{self.path}: no such database (run `onrecord ingest` first)")
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                connection = sqlite3.connect(uri, uri=True, isolation_level=None)
            else:
                connection = sqlite3.connect(self.path, isolation_level=None)
            connection.execute("PRAGMA busy_timeout = 5000")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA cache_size = -65536")
            if self.mmap_bytes:
                connection.execute(f"PRAGMA mmap_size = {self.mmap_bytes:d}")
            if self.readonly:
                if pending_migrations(connection, bundled_migrations()):
                    raise StoreError(f"{self.path}: database schema is out of date; open it for writing")
            else:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = NORMAL")
                apply_migrations(connection, bundled_migrations())
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot open database: {error}") from error
        connection.set_progress_handler(self._check_deadline, _PROGRESS_STEPS)
        return connection

    def _check_deadline(self) -> int:
        # A non-zero return makes SQLite abort the running statement ("interrupted").
        return 1 if self._deadline is not None and time.monotonic() > self._deadline else 0

    @contextmanager
    def _time_limit(self) -> Iterator[None]:
        self._deadline = time.monotonic() + self.query_timeout_s
        try:
            yield
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                raise StoreError(
                    f"query took longer than {self.query_timeout_s:g} s and was stopped"
                ) from error
            raise StoreError(f"query failed: {error}") from error
        finally:
            self._deadline = None

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> SqliteStore:  # noqa: PYI034
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------
    def add_results(self, results: Iterable[ExtractionResult]) -> BatchOutcome:
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        outcome = BatchOutcome()
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
            next_seq = connection.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM statements").fetchone()[0]
            seen: set[str] = set()
            for result in results:
                article = result.article
                if article.id in seen or not self._insert_article(result):
                    outcome.duplicates.append(article.id)
                    continue
                seen.add(article.id)
                outcome.stored.append(article.id)
                added = self._insert_statements(result, next_seq)
                next_seq += added
                outcome.statements += added
            connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            # Cached ids may name rows the rollback removed.
            self._speaker_ids.clear()
            self._venue_ids.clear()
            if isinstance(error, sqlite3.Error):
                raise StoreError(f"{self.path}: write failed: {error}") from error
            raise
        return outcome

    def _insert_article(self, result: ExtractionResult) -> bool:
        article = result.article
        problems = {(p.code, p.message): p for p in (*article.problems, *result.problems)}
        cursor = self._connection.execute(
            "INSERT OR IGNORE INTO articles"
            "(id, path_or_url, title, published, outlet, problems, text, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.url or article.path,
                article.title,
                article.published.isoformat() if article.published else None,
                article.outlet,
                json.dumps([p.to_dict() for p in problems.values()], ensure_ascii=False),
                article.text,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        return cursor.rowcount == 1

    def _insert_statements(self, result: ExtractionResult, first_seq: int) -> int:
        published = result.article.published.isoformat() if result.article.published else None
        unique: dict[str, Statement] = {}
        for statement in result.statements:
            unique.setdefault(statement.id, statement)
        rows = []
        for position, statement in enumerate(unique.values()):
            speaker_id = self._speaker_id(statement)
            venue_id = self._venue_id(statement)
            rows.append(_statement_row(statement, first_seq + position, result.article.id,
                                       position, speaker_id, venue_id, published))
        self._connection.executemany(
            "INSERT INTO statements(seq, id, article_id, position, kind, text, content, cue, source, "
            "speaker_id, speaker_name, speaker_type, venue_id, recipient, said_on, said_on_text, "
            "about, confidence, extractor_version, published) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        for row in rows:
            assign_cluster(self._connection, row[0], row[4], row[5])
        return len(rows)

    def _speaker_id(self, statement: Statement) -> int | None:
        if statement.speaker is None:
            return None
        key = speaker_key(statement.speaker.name, statement.speaker.type)
        if key is None:
            return None
        cached = self._speaker_ids.get((key.type, key.key))
        if cached is not None:
            return cached
        connection = self._connection
        row = connection.execute(
            "SELECT id FROM speakers WHERE type = ? AND key = ?", (key.type, key.key)
        ).fetchone()
        speaker_id = row[0] if row else self._speaker_by_alias(key.type, key.key)
        if speaker_id is None:
            speaker_id = connection.execute(
                "INSERT INTO speakers(name, type, key) VALUES (?, ?, ?)",
                (statement.speaker.name.strip(), key.type, key.key),
            ).lastrowid
        connection.executemany(
            "INSERT OR IGNORE INTO speaker_aliases(alias, speaker_id) VALUES (?, ?)",
            [(alias, speaker_id) for alias in key.aliases],
        )
        if len(self._speaker_ids) >= ID_CACHE_MAX:  # bounded memory; the table is the truth
            self._speaker_ids.clear()
        self._speaker_ids[(key.type, key.key)] = int(speaker_id or 0)
        return int(speaker_id or 0)

    def _speaker_by_alias(self, speaker_type: str, key: str) -> int | None:
        """A person known under this name with or without a middle name, if exactly one."""
        if speaker_type != "person" or len(key.split()) < 2:
            return None
        probes = {key}
        loose = loose_alias(speaker_key(key, "person"))  # type: ignore[arg-type]
        if loose:
            probes.add(loose)
        marks = ",".join("?" * len(probes))
        # Aliases first (primary-key probes), then the type: a join let SQLite scan speakers.
        candidates = [
            row[0]
            for row in self._connection.execute(
                f"SELECT DISTINCT speaker_id FROM speaker_aliases WHERE alias IN ({marks})",
                tuple(probes),
            )
        ]
        ids = [
            speaker_id
            for speaker_id in candidates
            if self._connection.execute(
                "SELECT type FROM speakers WHERE id = ?", (speaker_id,)
            ).fetchone()[0] == "person"
        ]
        if len(ids) != 1 or self._conflicting_middle(ids[0], key):
            return None
        return ids[0]

    def _conflicting_middle(self, speaker_id: int, key: str) -> bool:
        """'Ada N. Okafor' and 'Ada K. Okafor' are two people even though both are 'Ada Okafor'."""
        tokens = key.split()
        for (alias,) in self._connection.execute(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (speaker_id,)
        ):
            other = alias.split()
            if len(other) > 2 and len(tokens) > 2 and other[0] == tokens[0] \
                    and other[-1] == tokens[-1] and other != tokens:
                return True
        return False

    def _venue_id(self, statement: Statement) -> int | None:
        if statement.venue is None:
            return None
        key = fold(statement.venue.name)
        if not key:
            return None
        cache_key = (statement.venue.type, key)
        cached = self._venue_ids.get(cache_key)
        if cached is not None:
            return cached
        row = self._connection.execute(
            "SELECT id FROM venues WHERE type = ? AND key = ?", cache_key
        ).fetchone()
        venue_id = row[0] if row else self._connection.execute(
            "INSERT INTO venues(name, type, key) VALUES (?, ?, ?)",
            (statement.venue.name.strip(), statement.venue.type, key),
        ).lastrowid
        if len(self._venue_ids) >= ID_CACHE_MAX:
            self._venue_ids.clear()
        self._venue_ids[cache_key] = int(venue_id or 0)
        return int(venue_id or 0)

    # -- reading ----------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        row = self._connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,))
        return row.fetchone() is not None

    def get_article(self, article_id: str) -> StoredArticle | None:
        row = self._connection.execute(
            "SELECT id, path_or_url, title, published, outlet, problems, text FROM articles "
            "WHERE id = ?",
            (article_id,),
        ).fetchone()
        return _article_from_row(row) if row else None

    def get_statement(self, statement_id: str) -> StatementHit | None:
        row = self._connection.execute(
            f"SELECT {HIT_COLUMNS} {HIT_FROM} WHERE s.id = ?", (statement_id,)
        ).fetchone()
        return hit_from_row(row) if row else None

    def search(self, query: SearchQuery) -> SearchPage:
        with self._time_limit():
            return run_search(self._connection, query)

    def speakers(self, top: int | None = None) -> list[SpeakerSummary]:
        with self._time_limit():
            rows = self._connection.execute(
                "SELECT sp.id, sp.name, sp.type, COUNT(*), COUNT(DISTINCT s.article_id) "
                "FROM speakers sp JOIN statements s ON s.speaker_id = sp.id "
                "GROUP BY sp.id ORDER BY COUNT(*) DESC, sp.name LIMIT ?",
                (top if top is not None else -1,),
            ).fetchall()
            aliases: dict[int, list[str]] = {}
            for speaker_id, alias in self._connection.execute(
                "SELECT speaker_id, alias FROM speaker_aliases ORDER BY alias"
            ):
                aliases.setdefault(speaker_id, []).append(alias)
        return [
            SpeakerSummary(row[0], row[1], row[2], row[3], row[4], tuple(aliases.get(row[0], ())))
            for row in rows
        ]

    def provenance(self, statement_id: str) -> Provenance | None:
        hit = self.get_statement(statement_id)
        if hit is None:
            return None
        connection = self._connection
        member = connection.execute(
            "SELECT m.cluster_id FROM quote_cluster_members m JOIN statements s "
            "ON s.seq = m.statement_seq WHERE s.id = ?",
            (statement_id,),
        ).fetchone()
        if member is None:
            return Provenance(hit, (self.get_article(hit.article.id) or hit.article,), _venue(hit))
        rows = connection.execute(
            "SELECT a.id, a.path_or_url, a.title, a.published, a.outlet, v.name, v.type "
            "FROM quote_cluster_members m JOIN statements s ON s.seq = m.statement_seq "
            "JOIN articles a ON a.id = s.article_id LEFT JOIN venues v ON v.id = s.venue_id "
            "WHERE m.cluster_id = ? "
            "ORDER BY a.published IS NULL, a.published, a.rowid, s.position",
            (member[0],),
        ).fetchall()
        articles: dict[str, StoredArticle] = {}
        claimed = _venue(hit)
        for article_id, path_or_url, title, published, outlet, venue_name, venue_type in rows:
            if article_id not in articles:
                articles[article_id] = StoredArticle(
                    article_id, path_or_url, title,
                    datetime.fromisoformat(published).date() if published else None, outlet,
                )
            if claimed is None and venue_name:
                claimed = {"name": venue_name, "type": venue_type}
        return Provenance(hit, tuple(articles.values()), claimed, member[0])

    def iter_articles(self) -> Iterator[StoredArticle]:
        cursor = self._connection.execute(
            "SELECT id, path_or_url, title, published, outlet, problems, text FROM articles "
            "ORDER BY rowid"
        )
        for row in cursor:
            yield _article_from_row(row)

    def iter_statements(self) -> Iterator[StatementHit]:
        cursor = self._connection.execute(
            f"SELECT {HIT_COLUMNS} {HIT_FROM} ORDER BY s.seq"
        )
        for row in cursor:
            yield hit_from_row(row)

    def counts(self) -> dict[str, int]:
        tables = ("articles", "statements", "speakers", "venues", "quote_clusters")
        return {
            table: self._connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in tables
        }


def _venue(hit: StatementHit) -> dict[str, str] | None:
    venue = hit.statement.venue
    return venue.to_dict() if venue else None


def _article_from_row(row: tuple) -> StoredArticle:
    article_id, path_or_url, title, published, outlet, problems, text = row
    return StoredArticle(
        id=article_id,
        path_or_url=path_or_url,
        title=title,
        published=datetime.fromisoformat(published).date() if published else None,
        outlet=outlet,
        problems=tuple(Problem(p["code"], p["message"]) for p in json.loads(problems or "[]")),
        text=text,
    )


def _statement_row(
    statement: Statement,
    seq: int,
    article_id: str,
    position: int,
    speaker_id: int | None,
    venue_id: int | None,
    published: str | None,
) -> tuple:
    def span(value):  # type: ignore[no-untyped-def]
        return json.dumps(value.to_dict(), ensure_ascii=False) if value else None

    return (
        seq,
        statement.id,
        article_id,
        position,
        statement.kind,
        statement.text,
        json.dumps([fragment.to_dict() for fragment in statement.content], ensure_ascii=False),
        span(statement.cue),
        span(statement.source),
        speaker_id,
        statement.speaker.name if statement.speaker else None,
        statement.speaker.type if statement.speaker else None,
        venue_id,
        statement.recipient.name if statement.recipient else None,
        statement.said_on.value if statement.said_on else None,
        statement.said_on.text if statement.said_on else None,
        json.dumps(list(statement.about), ensure_ascii=False),
        float(statement.confidence),
        statement.extractor_version,
        published,
    )
