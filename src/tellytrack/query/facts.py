"""Stored facts with their resolved ids, in one deterministic order.

Every query starts here: ``load`` reads the facts of the types it needs, with
the show, person and character ids the last resolution stored with them, and
keeps those known by ``when.known_by``; a query about one show first finds it
and reads the part of the stored resolution that show needs (``show_scope``).
Nothing resolves at read time: ingest
(or the first command that opens a KB marked as needing it) resolves ALL
stored facts once and stores the result, so an entity has the same id whatever
is asked. The order is by date, then by article id (a content hash) and fact
key, never by storage order, so re-ingesting in another order gives the same
answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tellytrack.model import Fact, PubDate
from tellytrack.query.time import TimeFilter
from tellytrack.resolve import stored_resolution
from tellytrack.resolve.lookup import find_show
from tellytrack.resolve.resolver import Resolution
from tellytrack.resolve.stored import show_resolution
from tellytrack.store.base import Store, StoredFact


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


def resolution(store: Store) -> Resolution:
    """The whole resolution the store keeps (every entity and where every name resolves
    to): for questions that may name anything; a page about one show or person reads
    only its scope (``show_scope``, ``resolve.stored``)."""
    return stored_resolution(store)


def show_scope(store: Store, show: str, res: Resolution | None = None
               ) -> tuple[str, Resolution] | None:
    """The id of ``show`` (any spelling or id) and the resolution its queries need:
    ``res`` when the caller has it (a show page reads it once for all its parts), else
    that show's part of the stored resolution; None when no show matches."""
    sid = find_show(store, show, res)
    if sid is None:
        return None
    return sid, res if res is not None else show_resolution(store, sid)


def show_rows(store: Store, show: str, when: TimeFilter, types: Sequence[str] | None = None,
              res: Resolution | None = None, rows: Sequence[Row] | None = None
              ) -> tuple[str, Resolution, list[Row]] | None:
    """What a query about one show starts from: the show's id (``show``: any spelling or
    id), the resolution its queries need (``show_scope``) and its rows of ``types`` known
    by ``when`` (``load``: read through the fact_entities index, or picked from ``rows``);
    None when no show matches."""
    found = show_scope(store, show, res)
    if found is None:
        return None
    sid, res = found
    return sid, res, load(store, when, types, show_id=sid, res=res, rows=rows)[1]


def rows_of(store: Store, when: TimeFilter, types: Sequence[str] | None = None,
            show_id: str | None = None, actor_id: str | None = None) -> list[Row]:
    """The resolved facts of ``types`` known by ``when.known_by``, in ``order``; with
    ``show_id`` or ``actor_id`` only that show's or person's, read through the store's
    fact_entities index."""
    stored = sorted(store.facts(types=types, show_id=show_id, actor_id=actor_id), key=order)
    return [Row(sf, sf.show_id, sf.actor_id, sf.character_id) for sf in stored
            if sf.show_id is not None and when.known(sf.published)]


def load(
    store: Store, when: TimeFilter, types: Sequence[str] | None = None,
    show_id: str | None = None, res: Resolution | None = None,
    rows: Sequence[Row] | None = None,
) -> tuple[Resolution, list[Row]]:
    """The stored resolution (``res`` if the caller has it, else the whole one) plus
    ``rows_of(store, when, types, show_id)``, picked from ``rows`` when the caller has
    read every row of that show known by ``when`` (a show page reads them once)."""
    if rows is not None and show_id is not None:
        mine = [r for r in rows if r.show == show_id and (types is None or r.fact.type in types)]
    else:
        mine = rows_of(store, when, types, show_id)
    return res if res is not None else stored_resolution(store), mine
