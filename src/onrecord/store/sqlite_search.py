"""Statement search over SQLite: FTS5 for words, indexes for speaker, venue, kind and dates.

User words never reach FTS5 syntax: SearchQuery.fts_match() quotes every term. When a
speaker or venue filter selects few statements, the search starts from those rows and
checks each against FTS5 by rowid; otherwise it starts from the FTS5 matches. Either way the
cost follows the smaller side, which keeps a word + speaker query fast on a large store.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from ..model import CharSpan, Recipient, SaidOn, Speaker, Statement, Venue
from ..query import SearchQuery
from ..speaker_identity import query_tokens
from .base import SearchPage, StatementHit, StoredArticle

# Below this many filtered rows, start from the filter and probe FTS per row.
FILTER_FIRST_MAX_ROWS = 20_000

HIT_COLUMNS = (
    "s.id, s.kind, s.content, s.cue, s.source, s.speaker_id, s.speaker_name, s.speaker_type, "
    "v.name, v.type, s.recipient, s.said_on, s.said_on_text, s.about, s.confidence, "
    "s.extractor_version, a.id, a.path_or_url, a.title, a.published, a.outlet"
)
HIT_FROM = (
    "FROM statements s JOIN articles a ON a.id = s.article_id "
    "LEFT JOIN venues v ON v.id = s.venue_id"
)
HIT_ORDER = "ORDER BY s.published IS NULL, s.published DESC, s.seq DESC"
# A word matching more than this share of all statements is answered by walking the
# result order (migration 0002's index) and probing the full-text index row by row; deep
# pages of such a word fall back to sorting, since the walk grows with the offset.
DENSE_MATCH_SHARE = 0.15
DENSE_MAX_OFFSET = 2_000
# Up to this many matches, sorting them is the cheapest way to a page.
SORT_MAX_MATCHES = 1_500
# The most rows a walk along the result order may read before falling back to sorting.
WALK_MAX_ROWS = 20_000


def _span(data: str | None) -> CharSpan | None:
    if not data:
        return None
    value = json.loads(data)
    return CharSpan(value["start"], value["end"], value["text"])


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def hit_from_row(row: tuple[Any, ...]) -> StatementHit:
    """A StatementHit from a row selected with HIT_COLUMNS."""
    (sid, kind, content, cue, source, speaker_id, speaker_name, speaker_type, venue_name,
     venue_type, recipient, said_on, said_on_text, about, confidence, version,
     article_id, path_or_url, title, published, outlet) = row
    statement = Statement(
        id=sid,
        kind=kind,
        content=tuple(CharSpan(s["start"], s["end"], s["text"]) for s in json.loads(content)),
        cue=_span(cue),
        source=_span(source),
        speaker=Speaker(speaker_name, speaker_type or "person") if speaker_name else None,
        confidence=confidence,
        venue=Venue(venue_name, venue_type) if venue_name else None,
        recipient=Recipient(recipient) if recipient else None,
        said_on=SaidOn(said_on, said_on_text or "") if said_on else None,
        about=tuple(json.loads(about or "[]")),
        extractor_version=version,
    )
    article = StoredArticle(article_id, path_or_url, title, _date(published), outlet)
    return StatementHit(statement, article, speaker_id)


def _name_filter_ids(connection: sqlite3.Connection, table: str, name: str) -> list[int]:
    """Ids of speakers/venues whose key or an alias contains every word of `name`."""
    tokens = query_tokens(name)
    if not tokens:
        return []
    padded = " ".join(tokens)
    like = " AND ".join(["(' ' || key || ' ') LIKE ?"] * len(tokens))
    params = [f"% {token} %" for token in tokens]
    sql = f"SELECT id FROM {table} WHERE {like}"
    if table == "speakers":
        sql += " UNION SELECT speaker_id FROM speaker_aliases WHERE alias = ?"
        params.append(padded)
    return [row[0] for row in connection.execute(sql, params)]


def run_search(connection: sqlite3.Connection, query: SearchQuery) -> SearchPage:
    where: list[str] = []
    params: list[Any] = []
    filter_ids: dict[str, list[int]] = {}
    for column, table, name in (
        ("speaker_id", "speakers", query.speaker),
        ("venue_id", "venues", query.venue),
    ):
        if name is None:
            continue
        ids = _name_filter_ids(connection, table, name)
        if not ids:
            return SearchPage(0, ())
        filter_ids[column] = ids
        where.append(f"s.{column} IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if query.kind:
        where.append("s.kind = ?")
        params.append(query.kind)
    if query.since:
        where.append("s.published >= ?")
        params.append(query.since.isoformat())
    if query.until:
        where.append("s.published <= ?")
        params.append(query.until.isoformat())
    match = query.fts_match()
    if match is not None and _filter_first(connection, filter_ids):
        where.append(
            "EXISTS (SELECT 1 FROM statements_fts f "
            "WHERE f.statements_fts MATCH ? AND f.rowid = s.seq)"
        )
        params.append(match)
        return _search_by_seqs(connection, query, "WHERE " + " AND ".join(where), params)
    if match is not None and not where:
        return _search_text_only(connection, query, match)
    if match is not None:
        where.append("s.seq IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
        params.append(match)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    total = connection.execute(f"SELECT COUNT(*) FROM statements s {clause}", params).fetchone()[0]
    if total == 0 or query.offset >= total:
        return SearchPage(total, ())
    # Order the matching row numbers first, then read the full rows of one page only:
    # sorting narrow rows is several times cheaper than sorting joined ones.
    page = [
        row[0]
        for row in connection.execute(
            f"SELECT s.seq FROM statements s {clause} {HIT_ORDER} LIMIT ? OFFSET ?",
            [*params, query.limit, query.offset],
        )
    ]
    return SearchPage(total, _rows_for_seqs(connection, page))


def _search_text_only(connection: sqlite3.Connection, query: SearchQuery, match: str) -> SearchPage:
    """A word query with no filter: count from the full-text index alone, then pick the plan
    by how common the words are. A common word matches many rows, so walking statements in
    result order finds a page after a few rows; a rare word matches few, so sorting its
    matches is cheapest. A walk is capped (the matches may all be old): past the cap the
    query falls back to sorting, so no word costs more than the sort would."""
    total = connection.execute(
        "SELECT COUNT(*) FROM statements_fts WHERE statements_fts MATCH ?", (match,)
    ).fetchone()[0]
    if total == 0 or query.offset >= total:
        return SearchPage(total, ())
    stored = connection.execute("SELECT COALESCE(MAX(seq), 0) FROM statements").fetchone()[0]
    wanted = query.offset + query.limit
    page: list[int] | None = None
    if total > DENSE_MATCH_SHARE * stored and wanted <= DENSE_MAX_OFFSET:
        # Frequent words: probe the full-text index row by row along the result order.
        found = [
            row[0]
            for row in connection.execute(
                "SELECT seq FROM (SELECT s.seq, s.published FROM statements s "
                f"INDEXED BY statements_order {HIT_ORDER} LIMIT ?) s WHERE EXISTS "
                "(SELECT 1 FROM statements_fts f WHERE f.statements_fts MATCH ? AND f.rowid = s.seq) "
                "LIMIT ?",
                (WALK_MAX_ROWS, match, wanted),
            )
        ]
        if len(found) >= wanted:
            page = found[query.offset : wanted]
    elif total > SORT_MAX_MATCHES and wanted <= DENSE_MAX_OFFSET:
        # Middling words: walk the result order and keep the rows among the matches. SQLite
        # holds the matching row numbers in a temporary index, about twice as fast as a
        # Python set and a Python loop over the walk.
        found = [
            row[0]
            for row in connection.execute(
                "SELECT seq FROM (SELECT s.seq FROM statements s "
                f"INDEXED BY statements_order {HIT_ORDER} LIMIT ?) WHERE seq IN "
                "(SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?) LIMIT ?",
                (WALK_MAX_ROWS, match, wanted),
            )
        ]
        if len(found) >= wanted:
            page = found[query.offset : wanted]
    if page is None:
        page = [
            row[0]
            for row in connection.execute(
                "SELECT s.seq FROM statements s WHERE s.seq IN "
                "(SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?) "
                f"{HIT_ORDER} LIMIT ? OFFSET ?",
                (match, query.limit, query.offset),
            )
        ]
    return SearchPage(total, _rows_for_seqs(connection, page))


def _rows_for_seqs(connection: sqlite3.Connection, page: list[int]) -> tuple[StatementHit, ...]:
    if not page:
        return ()
    marks = ",".join("?" * len(page))
    rows = connection.execute(
        f"SELECT {HIT_COLUMNS} {HIT_FROM} WHERE s.seq IN ({marks}) {HIT_ORDER}", page
    ).fetchall()
    return tuple(hit_from_row(row) for row in rows)


def _search_by_seqs(
    connection: sqlite3.Connection, query: SearchQuery, clause: str, params: list[Any]
) -> SearchPage:
    """One pass over the (few) filtered rows gives both the total and the page: the FTS
    probe per row is the costly part, so it must not run twice (count, then page)."""
    seqs = [row[0] for row in connection.execute(f"SELECT s.seq FROM statements s {clause} {HIT_ORDER}", params)]
    page = seqs[query.offset : query.offset + query.limit]
    return SearchPage(len(seqs), _rows_for_seqs(connection, page))


def _filter_first(connection: sqlite3.Connection, filter_ids: dict[str, list[int]]) -> bool:
    """Whether a speaker/venue filter is selective enough to drive the search."""
    if not filter_ids:
        return False
    smallest = None
    for column, ids in filter_ids.items():
        marks = ",".join("?" * len(ids))
        count = connection.execute(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM statements WHERE {column} IN ({marks}) LIMIT ?)",
            (*ids, FILTER_FIRST_MAX_ROWS + 1),
        ).fetchone()[0]
        smallest = count if smallest is None else min(smallest, count)
    return smallest is not None and smallest <= FILTER_FIRST_MAX_ROWS
