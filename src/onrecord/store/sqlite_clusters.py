"""Quote clusters in SQLite: put each new statement in the cluster of the quote it repeats.

Lookups go through indexes (exact text hash, excerpt anchors, shingles), so adding a
statement costs a few index probes, not a scan of the store. Runs inside the writer's
transaction.
"""

from __future__ import annotations

import sqlite3

from ..provenance import QuoteShape, contains, statement_shape

# A phrase shared by thousands of quotes is not evidence of one quote; cap candidate lists so
# one common phrase cannot make a write slow.
MAX_CANDIDATES = 200


def assign_cluster(connection: sqlite3.Connection, seq: int, kind: str, text: str) -> int | None:
    """Add statement `seq` to a quote cluster (merging clusters it links); return the cluster id."""
    shape = statement_shape(kind, text)
    if not shape.words:
        return None
    shingles = list(shape.shingles())
    clusters = set(_exact_matches(connection, shape))
    clusters |= _longer_quotes_containing(connection, shape)
    clusters |= _excerpts_contained_in(connection, shape, shingles)
    if clusters:
        target = min(clusters)
        _merge(connection, target, clusters - {target})
    else:
        target = int(connection.execute("INSERT INTO quote_clusters DEFAULT VALUES").lastrowid or 0)
    connection.execute(
        "INSERT INTO quote_cluster_members(statement_seq, cluster_id, text_hash, anchor) "
        "VALUES (?, ?, ?, ?)",
        (seq, target, shape.text_hash, shape.anchor()),
    )
    connection.executemany(
        "INSERT OR IGNORE INTO quote_shingles(hash, statement_seq) VALUES (?, ?)",
        [(shingle, seq) for shingle in shingles],
    )
    return target


def _exact_matches(connection: sqlite3.Connection, shape: QuoteShape) -> list[int]:
    rows = connection.execute(
        "SELECT DISTINCT cluster_id FROM quote_cluster_members WHERE text_hash = ? LIMIT ?",
        (shape.text_hash, MAX_CANDIDATES),
    )
    return [row[0] for row in rows]


def _longer_quotes_containing(connection: sqlite3.Connection, shape: QuoteShape) -> set[int]:
    anchor = shape.anchor()
    if anchor is None:
        return set()
    rows = connection.execute(
        "SELECT s.kind, s.text, m.cluster_id FROM quote_shingles q "
        "JOIN statements s ON s.seq = q.statement_seq "
        "JOIN quote_cluster_members m ON m.statement_seq = q.statement_seq "
        "WHERE q.hash = ? LIMIT ?",
        (anchor, MAX_CANDIDATES),
    )
    return {cluster for kind, text, cluster in rows if contains(statement_shape(kind, text), shape)}


def _excerpts_contained_in(
    connection: sqlite3.Connection, shape: QuoteShape, shingles: list[int]
) -> set[int]:
    if not shingles:
        return set()
    found: set[int] = set()
    # SQLite limits bound parameters; long quotes are probed in slices.
    for start in range(0, len(shingles), 500):
        chunk = shingles[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(
            "SELECT s.kind, s.text, m.cluster_id FROM quote_cluster_members m "
            "JOIN statements s ON s.seq = m.statement_seq "
            f"WHERE m.anchor IN ({marks}) LIMIT ?",
            (*chunk, MAX_CANDIDATES),
        )
        found |= {cluster for kind, text, cluster in rows if contains(shape, statement_shape(kind, text))}
    return found


def _merge(connection: sqlite3.Connection, target: int, others: set[int]) -> None:
    if not others:
        return
    marks = ",".join("?" * len(others))
    connection.execute(
        f"UPDATE quote_cluster_members SET cluster_id = ? WHERE cluster_id IN ({marks})",
        (target, *others),
    )
    connection.execute(f"DELETE FROM quote_clusters WHERE id IN ({marks})", tuple(others))
