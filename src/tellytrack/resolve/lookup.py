"""Find an entity from what a person types: an id, any known spelling, a variant
or an unambiguous partial name. Never a guess: when two entities fit, none is
returned (the caller says "ambiguous, try the full name").

Without a resolution in hand, an id (what every page link carries) is found by one
indexed read; any other text is matched against the stored entities of the kind
asked for (all shows, all people, or one show's characters), never the whole KB.
"""

from __future__ import annotations

from collections.abc import Callable

from tellytrack.model import Entity, EntityKind
from tellytrack.resolve.names import is_partial, is_variant, key
from tellytrack.resolve.resolver import Resolution
from tellytrack.resolve.stored import entity_by_id
from tellytrack.store.base import Store


def _same(a: str, b: str) -> bool:
    return key(a) == key(b)


def _partial(a: str, b: str) -> bool:
    return is_partial(b, a)


_NOT_FOUND = ""


def _first_fit(entities: list[Entity], name: str, tests: tuple[Callable[[str, str], bool], ...]
               ) -> str | None:
    """The one id the first decisive test finds; None if ambiguous, "" if none fits."""
    for test in tests:
        found = sorted({e.id for e in entities if any(test(a, name) for a in (e.name, *e.aliases))})
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return _NOT_FOUND


def match(entities: list[Entity], name: str) -> str | None:
    """The one entity ``name`` denotes: id, spelling, variant, then partial name.

    Listed (confirmed) entities are searched first; an unconfirmed mention is found
    only by its exact spelling, a rejected one only by its id (docs/kb.md, "Admission").
    """
    for e in entities:
        if name == e.id:
            return e.id
    listed = [e for e in entities if e.listed]
    found = _first_fit(listed, name, (_same, is_variant, _partial))
    if found != _NOT_FOUND:
        return found
    mentions = [e for e in entities if e.status == "unconfirmed"]
    return _first_fit(mentions, name, (_same,)) or None


def _of_kind(res: Resolution, kind: EntityKind) -> list[Entity]:
    return [e for e in res.entities.values() if e.kind is kind]


def _stored_match(store: Store, name: str, kind: EntityKind,
                  show_id: str | None = None) -> str | None:
    """``match`` over the stored entities of ``kind`` (of show ``show_id``): an id by
    index first, as ``match`` tries ids first, then the kind's entities."""
    entity = entity_by_id(store, name, kind)
    if entity is not None and entity.show_id == show_id:
        return entity.id
    if show_id is None:
        entities = store.entities(kind)
        former = _former_id_name(name, kind)
        return match(entities, name) or (match(entities, former) if former else None)
    return match([e for e in store.entities_of(shows=[show_id]) if e.kind is kind], name)


def _former_id_name(name: str, kind: EntityKind) -> str:
    """The spelling an id no entity holds any more was made from ("person:kabeer-sethi"
    after Kabeer Sethi merged into Kabir Sethi: "kabeer sethi", now one of Kabir's
    spellings), so that a link made before a merge still finds its entity; "" for a
    name that is no id of ``kind``."""
    prefix = f"{kind.value}:"
    return name[len(prefix):].replace("-", " ") if name.startswith(prefix) else ""


def find_show(store: Store, name: str, res: Resolution | None = None) -> str | None:
    """The show id for any spelling of a show's name (or its id); ``res``: match among
    its shows instead of the stored ones."""
    if res is None:
        return _stored_match(store, name, EntityKind.SHOW)
    return match(_of_kind(res, EntityKind.SHOW), name)


def find_person(store: Store, name: str, res: Resolution | None = None) -> str | None:
    """The person id for any spelling or unambiguous partial name (or the id)."""
    if res is None:
        return _stored_match(store, name, EntityKind.PERSON)
    return match(_of_kind(res, EntityKind.PERSON), name)


def find_character(
    store: Store, show_id: str, name: str, res: Resolution | None = None
) -> str | None:
    """The character id in ``show_id`` for any spelling or partial name."""
    if res is None:
        return _stored_match(store, name, EntityKind.CHARACTER, show_id)
    chars = _of_kind(res, EntityKind.CHARACTER)
    return match([c for c in chars if c.show_id == show_id], name)
