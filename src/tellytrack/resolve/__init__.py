"""Resolution: written names -> canonical shows, people and characters.

``resolve_store(store)`` recomputes every entity from ALL stored facts (sorted,
so ingest order never matters), applies the curator's overrides stored with
them, admits what its evidence types (``admission.py``) and swaps the entities
into the store; the pipeline calls it after each ingest. The rules for what
merges are in ``names.py``, ``script.py`` and ``context.py``.
"""

from __future__ import annotations

from tellytrack.resolve.resolver import Resolution, resolve_facts, resolve_stored
from tellytrack.store.base import Store


def resolve_store(store: Store) -> Resolution:
    """Resolve all stored facts and replace the store's entities with the result."""
    res = resolve_stored(store.facts(), store.overrides())
    store.replace_entities([res.entities[i] for i in sorted(res.entities)])
    return res


__all__ = ["Resolution", "resolve_facts", "resolve_store", "resolve_stored"]
