"""The knowledge-base store: the protocol, its default SQLite backend, and a factory.

``open_store_url`` picks the backend from what the user typed: a
``postgresql://`` URL opens the optional PostgreSQL backend (imported only
then, so the default install does not need psycopg); anything else is a
SQLite file path.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tellytrack.store.base import BatchResult, Incoming, Store, StoredFact
from tellytrack.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from tellytrack.store.postgres import PostgresStore

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(url_or_path: str | Path) -> bool:
    """Whether ``url_or_path`` names a PostgreSQL database rather than a SQLite file."""
    return str(url_or_path).startswith(POSTGRES_SCHEMES)


def open_store_url(url_or_path: str | Path) -> SQLiteStore | PostgresStore:
    """Open the knowledge base at a ``postgresql://`` URL or a SQLite file path.

    Raises ImportError with the install command when psycopg is missing.
    """
    if is_postgres_url(url_or_path):
        from tellytrack.store.postgres import PostgresStore

        return PostgresStore(str(url_or_path))
    return SQLiteStore(url_or_path)


__all__ = [
    "BatchResult", "Incoming", "SQLiteStore", "Store", "StoredFact", "is_postgres_url",
    "open_store_url",
]
