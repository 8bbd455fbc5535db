"""WAL checkpoints run in a thread of their own, not in the writer's commits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tellytrack.store.checkpoint import WAL_SIZE_LIMIT, Checkpointer
from tellytrack.store.sqlite import SQLiteStore


def wal_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
    conn.execute("CREATE TABLE t (x BLOB)")
    return conn


def write(conn: sqlite3.Connection, rows: int) -> None:
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (randomblob(1000))", [()] * rows)
    conn.execute("COMMIT")


def test_the_thread_copies_the_wal_into_the_database(tmp_path: Path) -> None:
    """Commits leave their pages in the WAL; once it has grown by ``every`` bytes the
    thread's checkpoint puts them in the database file, and the next commit starts the
    WAL over (bounded), while the writer's connection stays open."""
    db = tmp_path / "kb.db"
    conn, checkpoints = wal_db(db), Checkpointer(db, every=1 << 20)
    write(conn, 2000)
    assert db.stat().st_size < 100_000  # not checkpointed by the commit
    checkpoints.committed()
    checkpoints.close()  # waits for the checkpoint it started
    assert db.stat().st_size > 2_000_000
    write(conn, 10)
    assert Path(f"{db}-wal").stat().st_size <= WAL_SIZE_LIMIT
    conn.close()


def test_a_small_wal_wakes_no_thread(tmp_path: Path) -> None:
    """Below ``every`` nothing is started: a store that writes a little (a curator's
    override) leaves its WAL to the close's checkpoint."""
    db = tmp_path / "kb.db"
    conn, checkpoints = wal_db(db), Checkpointer(db, every=1 << 30)
    write(conn, 100)
    checkpoints.committed()
    assert checkpoints._thread is None
    conn.close()


def test_the_store_does_not_checkpoint_in_its_commits(tmp_path: Path) -> None:
    """The store's connection leaves checkpoints to the thread (and to its close)."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
