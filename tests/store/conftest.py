"""The ``store`` fixture: every store test runs on SQLite and, when a server is given, PostgreSQL.

PostgreSQL tests need ``$TELLYTRACK_TEST_PG_URL`` (``scripts/test.sh`` starts a
throwaway server with ``scripts/postgres.sh`` and sets it); without it they are
skipped with a reason. Each PostgreSQL test gets a fresh schema, dropped after.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

import pytest

from tellytrack.store import SQLiteStore
from tellytrack.store.base import Store

PG_URL_ENV = "TELLYTRACK_TEST_PG_URL"


class ClosingStore(Store, Protocol):
    """A store that is also its own context manager, as both backends are."""

    def __enter__(self) -> ClosingStore: ...

    def __exit__(self, *exc: object) -> None: ...


@dataclass(frozen=True)
class Backend:
    """One backend under test: how to open (again) the test's KB, and its integrity error."""

    name: str
    open: Callable[[], ClosingStore]
    integrity_error: type[Exception]


def pg_url() -> str:
    """The test server's URL, or skip the test saying what is missing."""
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server: set ${PG_URL_ENV} (scripts/postgres.sh starts one)")
    return url


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL whose search_path is a new, empty schema; the schema is dropped afterwards."""
    url = pg_url()
    psycopg = pytest.importorskip("psycopg", reason="PostgreSQL tests need psycopg")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    yield f"{url}{sep}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    """The backend named by the parameter, opened on a fresh, empty knowledge base."""
    if request.param == "sqlite":
        return Backend("sqlite", lambda: SQLiteStore(tmp_path / "kb.db"), sqlite3.IntegrityError)
    url: str = request.getfixturevalue("pg_schema_url")
    from tellytrack.store.postgres import PostgresStore, psycopg  # only with the extra

    return Backend("postgres", lambda: PostgresStore(url), psycopg.IntegrityError)


@pytest.fixture
def store(backend: Backend) -> Iterator[ClosingStore]:
    """A fresh, empty store of each backend, closed after the test."""
    with backend.open() as opened:
        yield opened
