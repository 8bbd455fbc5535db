"""``search(store, q)``: entities whose name or any alias fits what was typed.

Exact spelling first, then names containing the query's normal form, then
rapidfuzz's close matches (``SEARCH_SCORE``), each group in name order.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from tellytrack.model import Entity
from tellytrack.query.facts import load, resolution
from tellytrack.query.result import Result
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.resolve.names import key
from tellytrack.store.base import Store

SEARCH_SCORE = 85.0  # rapidfuzz WRatio a fuzzy hit needs (typos, not other names)


@dataclass(frozen=True)
class Hit(Result):
    """One entity that fits the query; ``show`` is the character's show name."""

    kind: str
    id: str
    name: str
    show: str | None


def _score(e: Entity, q: str) -> int:
    """0: exact, 1: contains, 2: fuzzy, 3: no match."""
    names = [key(n) for n in (e.name, *e.aliases)]
    if q in names:
        return 0
    if any(q in n for n in names):
        return 1
    if any(fuzz.WRatio(q, n) >= SEARCH_SCORE for n in names):
        return 2
    return 3


def search(store: Store, q: str, limit: int = 20, when: TimeFilter = NOW,
           unconfirmed: bool = False) -> list[Hit]:
    """Shows, people and characters matching ``q``, best first.

    Under a ``known_by`` cut-off only entities some known fact names are found:
    a character first heard of later is a spoiler. Only listed entities (and the
    characters of listed shows) are found unless ``unconfirmed`` (docs/kb.md).
    """
    res, wanted = resolution(store), key(q)
    if not wanted:
        return []
    known = None if when.known_by is None else _known_ids(store, when)
    scored = sorted((_score(e, wanted), e.name, e.id) for e in res.entities.values()
                    if (known is None or e.id in known)
                    and (unconfirmed or (e.listed and res.listed(e.show_id or e.id))))
    hits = [res.entities[i] for s, _, i in scored if s < 3][:limit]
    return [Hit(str(e.kind), e.id, e.name, res.name(e.show_id)) for e in hits]


def _known_ids(store: Store, when: TimeFilter) -> set[str]:
    """Ids of the shows, people and characters facts known by ``when`` name."""
    _, rows = load(store, when)
    return {i for r in rows for i in (r.show, r.actor, r.character) if i}
