"""Named SQL migrations, each applied in its own transaction and recorded in schema_migrations.

A migration is a `NNNN_name.sql` file in store/migrations/. It runs inside BEGIN IMMEDIATE ...
COMMIT together with its row in schema_migrations, so a failed migration leaves nothing
behind and the next open tries it again.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from ..errors import StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    sql: str


def bundled_migrations() -> list[Migration]:
    """The migrations shipped with onrecord, in the order they apply."""
    folder = resources.files("onrecord.store.migrations")
    found = [
        Migration(entry.name.removesuffix(".sql"), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    ]
    if not found:
        raise StoreError("no schema migrations found: the onrecord installation is incomplete")
    return sorted(found, key=lambda migration: migration.name)


def applied_migrations(connection: sqlite3.Connection) -> list[str]:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in connection.execute("SELECT name FROM schema_migrations ORDER BY name")]


def pending_migrations(connection: sqlite3.Connection, migrations: list[Migration]) -> list[Migration]:
    """Migrations not yet applied; StoreError if the file was written by a newer onrecord."""
    done = applied_migrations(connection)
    known = {migration.name for migration in migrations}
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreError(
            f"the database has migrations this onrecord does not know ({', '.join(unknown)}); "
            "it was written by a newer version"
        )
    return [migration for migration in migrations if migration.name not in done]


def apply_migrations(connection: sqlite3.Connection, migrations: list[Migration]) -> list[str]:
    """Apply what is pending, one transaction per migration; return the names applied.

    The connection must be in autocommit mode (isolation_level=None): the script carries its
    own BEGIN/COMMIT because sqlite3's executescript would otherwise commit on its own.
    """
    applied = []
    for migration in pending_migrations(connection, migrations):
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        record = (
            "INSERT INTO schema_migrations(name, applied_at) VALUES ("
            + _sql_literal(migration.name)
            + ", "
            + _sql_literal(stamp)
            + ");"
        )
        try:
            connection.executescript("BEGIN IMMEDIATE;\n" + migration.sql + "\n;" + record + "\nCOMMIT;")
        except sqlite3.Error as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise StoreError(f"migration {migration.name} failed: {error}") from error
        applied.append(migration.name)
    return applied


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
