"""What only the SQLite store promises: recorded migrations, WAL and foreign keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tellytrack.ingest.dedup import BANDS, band_keys, signature
from tellytrack.model import Article
from tellytrack.store import SQLiteStore, migrations
from tellytrack.store.base import Incoming


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


def test_band_keys_move_to_the_band_table_in_bulk(tmp_path: Path) -> None:
    """A batch files its band keys in the small recent table; once it holds
    ``recent_bands`` of them they move to the band table together, and a lookup finds an
    article wherever its keys are."""
    texts = ["Riya Malhotra quits Saath Chalenge after three years on the show.",
             "Arjun Mehta joins Pyaar Ki Dor as the new lead, the makers said.",
             "Kesar Ki Kahani takes a twenty year leap after the wedding track."]
    arts = [Article.create(t) for t in texts]
    filed = [Incoming(a, [], signature=signature(a.text), band_keys=band_keys(signature(a.text)))
             for a in arts]

    def rows(table: str) -> int:
        return int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    with SQLiteStore(tmp_path / "kb.db") as store:
        store.recent_bands = 2 * BANDS
        store.add_batch(filed[:1])
        assert (rows("near_duplicate_recent_keys"), rows("near_duplicate_keys")) == (BANDS, 0)
        store.add_batch(filed[1:2])  # the second article's keys fill it: all move
        assert (rows("near_duplicate_recent_keys"), rows("near_duplicate_keys")) == (0, 2 * BANDS)
        store.add_batch(filed[2:])
        for art, item in zip(arts, filed, strict=True):
            assert store.near_duplicates(item.band_keys) == [(art.id, item.signature)]
