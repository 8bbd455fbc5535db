"""Resolution: written names -> canonical shows, people and characters.

``resolve_store(store)`` recomputes every entity from ALL stored facts (sorted,
so ingest order never matters) and swaps them into the store; the pipeline
calls it after each ingest. The rule for what merges is in ``names.py``.
"""

from __future__ import annotations

from tellytrack.resolve.resolver import Resolution, resolve_facts
from tellytrack.store.base import Store


def resolve_store(store: Store) -> Resolution:
    """Resolve all stored facts and replace the store's entities with the result."""
    res = resolve_facts(sf.fact for sf in store.facts())
    store.replace_entities([res.entities[i] for i in sorted(res.entities)])
    return res


__all__ = ["Resolution", "resolve_facts", "resolve_store"]
