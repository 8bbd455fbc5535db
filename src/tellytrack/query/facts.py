"""Stored facts with their resolved ids, in one deterministic order.

Every query starts here: ``load`` reads the facts of the types it needs,
keeps those known by ``when.known_by`` and attaches the resolved show, person
and character ids. Resolution always runs over ALL stored facts, so an entity
has the same id whatever is asked; the order is by date, then by article id
(a content hash) and fact key, never by storage order, so re-ingesting in
another order gives the same answers.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tellytrack.model import Fact, PubDate
from tellytrack.query.time import TimeFilter
from tellytrack.resolve.resolver import Resolution, resolve_stored
from tellytrack.store.base import Override, Store, StoredFact


@dataclass(frozen=True)
class Row:
    """One stored fact with the ids its names resolve to."""

    stored: StoredFact
    show: str
    actor: str | None
    character: str | None

    @property
    def fact(self) -> Fact:
        return self.stored.fact

    @property
    def published(self) -> PubDate | None:
        return self.stored.published


def order(sf: StoredFact) -> tuple[date, str, str, tuple[object, ...]]:
    """Date, then article id, then fact key: independent of ingest order."""
    day = sf.published.start if sf.published else date.max
    return (day, str(sf.published.precision) if sf.published else "", sf.article_id,
            tuple(str(k) for k in sf.fact.key()))


# Resolution is the costly step of every query (about a second for a few
# thousand facts) and a web page runs several queries over the same facts, so
# the last few resolutions are kept, keyed by a fingerprint of what is stored.
_RESOLVED: OrderedDict[int, Resolution] = OrderedDict()
_KEEP = 4


def _resolve_cached(everything: list[StoredFact], overrides: list[Override]) -> Resolution:
    """Resolve the stored facts with the curator's overrides, reusing the result while
    nothing stored has changed."""
    key = hash((tuple((sf.id, sf.article_id) for sf in everything), tuple(overrides)))
    res = _RESOLVED.get(key)
    if res is None:
        res = resolve_stored(everything, overrides)
        _RESOLVED[key] = res
        while len(_RESOLVED) > _KEEP:
            _RESOLVED.popitem(last=False)
    _RESOLVED.move_to_end(key)
    return res


def resolution(store: Store) -> Resolution:
    """The resolution of everything stored."""
    return _resolve_cached(sorted(store.facts(), key=order), store.overrides())


def load(
    store: Store, when: TimeFilter, types: Sequence[str] | None = None
) -> tuple[Resolution, list[Row]]:
    """Resolution plus the resolved facts of ``types`` known by ``when.known_by``."""
    everything = sorted(store.facts(), key=order)
    res = _resolve_cached(everything, store.overrides())
    rows = [_row(res, sf) for sf in everything
            if (types is None or sf.fact.type in types) and when.known(sf.published)]
    return res, [r for r in rows if r is not None]


def _row(res: Resolution, sf: StoredFact) -> Row | None:
    show = res.show(sf.fact.show)
    if show is None:
        return None
    actor = res.person(sf.fact.actor, show)
    return Row(sf, show, actor, res.character(sf.fact.character, show))
