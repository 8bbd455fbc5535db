"""What only the PostgreSQL store promises, and how a URL reaches it from the CLI.

These need a server: ``$TELLYTRACK_TEST_PG_URL`` (see tests/store/conftest.py).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tellytrack.cli.main import cli
from tellytrack.pipeline import ingest_paths
from tellytrack.store import SQLiteStore, is_postgres_url, open_store_url

psycopg = pytest.importorskip("psycopg", reason="PostgreSQL tests need psycopg")
postgres = pytest.importorskip("tellytrack.store.postgres")
pg_migrations = pytest.importorskip("tellytrack.store.pg_migrations")


def test_migrations_recorded_and_applied_once(pg_schema_url: str) -> None:
    """Re-opening a KB must not re-run migrations: each is recorded by name in _migrations."""
    postgres.PostgresStore(pg_schema_url).close()
    with postgres.PostgresStore(pg_schema_url) as store:
        assert pg_migrations.apply_migrations(store.conn) == []
        names = [r["name"] for r in store.conn.execute("SELECT name FROM _migrations")]
    assert names == [name for name, _ in pg_migrations.MIGRATIONS]


def test_concurrent_first_opens_migrate_once(pg_schema_url: str) -> None:
    """Processes opening a fresh database at once must not both create the tables."""
    errors: list[BaseException] = []

    def open_close() -> None:
        try:
            postgres.PostgresStore(pg_schema_url).close()
        except BaseException as exc:  # reported below: a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=open_close) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_factory_picks_backend_by_url(pg_schema_url: str, tmp_path: Path) -> None:
    """A postgresql:// URL opens PostgreSQL; anything else is a SQLite file path."""
    with open_store_url(pg_schema_url) as store:
        assert isinstance(store, postgres.PostgresStore)
    with open_store_url(tmp_path / "kb.db") as store:
        assert isinstance(store, SQLiteStore)
    assert is_postgres_url("postgres://h/db") and not is_postgres_url("postgresql.db")


def test_unreachable_server_is_a_connection_error() -> None:
    """A wrong URL says it could not connect (the CLI shows it as a one-line error)."""
    with pytest.raises(ConnectionError, match="cannot connect to PostgreSQL"):
        postgres.PostgresStore("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_cli_ingest_and_stats_on_a_url(pg_schema_url: str, sample_articles: Path) -> None:
    """--db takes a postgresql:// URL (not folded into a path); the demo hides the password."""
    runner = CliRunner()
    ingest = runner.invoke(cli, ["ingest", str(sample_articles), "--db", pg_schema_url])
    assert ingest.exit_code == 0, ingest.output
    stats = json.loads(runner.invoke(cli, ["stats", "--db", pg_schema_url, "--json"]).stdout)
    assert (stats["articles"], stats["stories"]) == (15, 14)
    demo = runner.invoke(cli, ["demo"], env={"TELLYTRACK_DB": pg_schema_url})
    assert demo.exit_code == 0, demo.output
    password = psycopg.conninfo.conninfo_to_dict(pg_schema_url).get("password")
    assert "15 already stored" in demo.stdout
    assert not password or password not in demo.stdout


def test_the_name_count_migration_fills_what_batches_add(pg_schema_url: str,
                                                        sample_articles: Path) -> None:
    """The migration's fill of the name counts (an older KB's facts counted at once)
    gives the rows that the sample articles' batches added one by one."""
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(sample_articles), "--db", pg_schema_url,
                                 "--batch-size", "3"])
    assert result.exit_code == 0, result.output
    with postgres.PostgresStore(pg_schema_url) as store:
        def kept() -> list[list[tuple[object, ...]]]:
            return [sorted(tuple(r.values()) for r in store.conn.execute(f"SELECT * FROM {t}"))
                    for t in ("name_tallies", "name_stories")]

        added = kept()
        with store.conn.transaction():
            store.conn.execute("DELETE FROM name_tallies")
            store.conn.execute("DELETE FROM name_stories")
            store.conn.execute(pg_migrations.TALLY.format(articles="TRUE"))
            store.conn.execute(pg_migrations.TALLY_CUES.format(articles="TRUE"))
        assert kept() == added and added[0]


def test_dates_read_the_same_whatever_the_datestyle(
        pg_schema_url: str, sample_articles: Path, tmp_path: Path,
        write_jsonl: Callable[[str, list[Any]], Path]) -> None:
    """A server, database or role whose DateStyle is not ISO (here 'SQL, DMY') changes
    nothing: dates cast to text (the kept latest dates, a rating's day) are ISO, and the
    answers are SQLite's for the same articles."""
    chart = write_jsonl("chart.jsonl", [{
        "id": "c1", "outlet": "tvnotes.example", "date": "2024-01-18", "title": "TRP report",
        "text": "TRP report\n\nNaya Safar entered the chart at the fourth spot with a TRP "
                "of 1.7."}])
    options = psycopg.conninfo.conninfo_to_dict(pg_schema_url).get("options", "")
    dmy = psycopg.conninfo.make_conninfo(pg_schema_url, options=f"{options} -cdatestyle=SQL,DMY")
    with (postgres.PostgresStore(dmy) as written, postgres.PostgresStore(pg_schema_url) as iso,
          SQLiteStore(tmp_path / "kb.db") as lite):
        for store in (written, lite):
            ingest_paths(store, [sample_articles, chart])
        assert ("show:naya-safar", "", "2024-01-18") in lite.rating_weeks()
        for store in (written, iso):
            assert store.rating_weeks() == lite.rating_weeks()
            assert store.claim_page(20) == lite.claim_page(20)
            assert store.show_counts() == lite.show_counts()
            assert store.show_counts_by(date(2024, 2, 1)) == lite.show_counts_by(date(2024, 2, 1))
