"""Resolution: written names -> canonical shows, people and characters.

``resolve_store(store)`` recomputes every entity from ALL stored facts (sorted,
so ingest order never matters), applies the curator's overrides stored with
them, admits what its evidence types (``admission.py``) and stores the result:
the entities, where every written name resolves to and each fact's resolved
ids. Every read uses that stored resolution (``stored_resolution``); none
resolves again. The rules for what merges are in ``names.py``, ``script.py``
and ``context.py``.
"""

from __future__ import annotations

from tellytrack.resolve.incremental import blocks, resolve_new
from tellytrack.resolve.mentions import StoreMentions
from tellytrack.resolve.resolver import (
    Resolution,
    link_ids,
    name_rows,
    resolve_facts,
    resolve_mentions,
    resolve_stored,
    stored_resolution,
)
from tellytrack.store.base import Store


def resolve_store(store: Store) -> Resolution:
    """Resolve all stored facts and store the result (entities, names, fact links).
    The store aggregates the facts into name counts (``mentions.py``) first."""
    m = StoreMentions(store, store.name_counts())
    res = resolve_mentions(m, store.overrides())
    resolved = [(g, ids) for g in m.links if (ids := link_ids(res, g)) is not None]
    links = [(i, *ids) for g, ids in resolved for i in g.fact_ids]
    groups = sorted({(g.show, g.actor or "", g.character or "", *ids) for g, ids in resolved})
    store.replace_resolution([res.entities[i] for i in sorted(res.entities)], name_rows(res),
                             links, blocks(res, sorted(res.entities)), groups, res.kept)
    return res


__all__ = ["Resolution", "resolve_facts", "resolve_new", "resolve_store", "resolve_stored",
           "stored_resolution"]
