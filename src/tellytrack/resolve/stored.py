"""The stored resolution read in scope: only the entities and names one request needs.

``stored_resolution`` (``resolver.py``) reads every entity, alias and name row of the
knowledge base, which is most of a page's time once the page reads only its own facts
(docs/benchmarks.md). A show page needs far less: the show, its characters, the people
its facts are linked to and the names read in its scope. ``scoped_resolution`` reads
exactly that through the store's indexes into the same ``Resolution`` type, so every
query works on either and gives the same answer (tests/resolve/test_stored.py compares
them on every show and person of a small KB).

A scoped resolution holds no KB-wide name maps (``shows``, ``people``): queries take
ids from the facts' stored links and never look a written show or person name up in
it; finding an entity from what a person typed is ``lookup.py``'s job.
"""

from __future__ import annotations

from collections.abc import Sequence

from tellytrack.model import Entity, EntityKind
from tellytrack.resolve.resolver import Resolution, from_rows
from tellytrack.store.base import Store


def scoped_resolution(store: Store, ids: Sequence[str] = (),
                      shows: Sequence[str] = ()) -> Resolution:
    """The entities ``ids`` plus, for each of ``shows``: the show, its characters, the
    people its facts are linked to and the names read in its scope."""
    people = store.actors_of(shows) if shows else []
    entities = store.entities_of([*ids, *shows, *people], shows)
    return from_rows(entities, store.names_in(shows) if shows else [])


def show_resolution(store: Store, show_id: str) -> Resolution:
    """What any query about show ``show_id`` needs of the stored resolution."""
    return scoped_resolution(store, shows=[show_id])


def entity_by_id(store: Store, entity_id: str, kind: EntityKind) -> Entity | None:
    """The stored entity of ``kind`` with this id (one indexed read), or None."""
    found = store.entities_of([entity_id])
    return found[0] if found and found[0].kind is kind else None
