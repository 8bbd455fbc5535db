"""What only the SQLite store promises: recorded migrations, WAL and foreign keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tellytrack.store import SQLiteStore, migrations


def test_migrations_apply_once(tmp_path: Path) -> None:
    """Re-opening a KB must not re-run migrations (they are recorded in _migrations)."""
    path = tmp_path / "kb.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    assert migrations.apply(conn) == []
    names = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [name for name, _ in migrations.MIGRATIONS]
    conn.close()


def test_wal_and_foreign_keys_on(tmp_path: Path) -> None:
    """Readers must not block the writer (WAL) and facts must not dangle (foreign keys)."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
