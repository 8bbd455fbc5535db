"""The knowledge-base store: the protocol and its default SQLite backend."""

from tellytrack.store.base import BatchResult, Incoming, Store, StoredFact
from tellytrack.store.sqlite import SQLiteStore

__all__ = ["BatchResult", "Incoming", "SQLiteStore", "Store", "StoredFact"]
