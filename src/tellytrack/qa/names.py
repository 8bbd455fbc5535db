"""Which show, person or character a name in a question means.

A thin layer over ``resolve.lookup`` (which accepts every spelling the
knowledge base has seen) that adds what questions need and lookups do not give:
a character asked about without its show, and "did you mean" candidates when a
name is unknown or ambiguous (the lookup returns nothing rather than guess).

It reads the stored entities as a question needs them, never the whole stored
resolution: a kind's entities (every show, every person) the first time the
question looks one up by name, one show's characters by index, a name by its id.
A question that names a show and a character reads the shows and that show's
characters, not the people, the other characters or the name index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tellytrack.model import Entity, EntityKind
from tellytrack.resolve.lookup import find_character, match
from tellytrack.resolve.names import is_partial, is_variant, key, words
from tellytrack.store.base import Store


@dataclass
class Names:
    """Name lookups for one question, each kind of entity read once, when first needed."""

    store: Store
    kinds: dict[EntityKind, list[Entity]] = field(default_factory=dict)
    known: dict[str, Entity | None] = field(default_factory=dict)  # id -> entity, as read

    @classmethod
    def of(cls, store: Store) -> Names:
        return cls(store)

    def of_kind(self, kind: EntityKind) -> list[Entity]:
        """Every stored entity of ``kind``, read the first time it is asked for."""
        if kind not in self.kinds:
            self.kinds[kind] = self.store.entities(kind)
            self.known.update((e.id, e) for e in self.kinds[kind])
        return self.kinds[kind]

    def entity(self, entity_id: str) -> Entity | None:
        """The stored entity with this id (one indexed read the first time), or None."""
        if entity_id not in self.known:
            found = self.store.entities_of([entity_id])
            self.known[entity_id] = found[0] if found else None
        return self.known[entity_id]

    def name(self, entity_id: str | None) -> str:
        """The display name of an id (the id itself if unknown)."""
        entity = self.entity(entity_id) if entity_id else None
        return entity.name if entity else entity_id or ""

    def show(self, name: str | None) -> str | None:
        """A show by any known spelling; an abbreviation ("SCK") by the title it abbreviates."""
        if not name:
            return None
        sid = match(self.of_kind(EntityKind.SHOW), name)
        if sid is not None and not self.name(sid).isupper():
            return sid  # a real title, even a short one-word title
        return self._by_initials(name) or sid

    def _by_initials(self, name: str) -> str | None:
        """The show whose title's initials are ``name`` (fans abbreviate long titles).

        An abbreviation may also be stored as a show of its own (an outlet wrote
        only "SCK"), and a title may be stored twice in two spellings; the
        fullest entry wins: the title with the most characters known, if unique.
        """
        if not _INITIALS.fullmatch(name):
            return None
        low = name.lower()
        found = [e.id for e in self.of_kind(EntityKind.SHOW) if len(words(e.name)) >= 3
                 and any(initials(n) == low for n in (e.name, *e.aliases))]
        size = {sid: 0 for sid in found}
        for e in self.store.entities_of(shows=found) if found else []:
            if e.kind is EntityKind.CHARACTER and e.show_id in size:
                size[e.show_id] += 1
        ranked = sorted(found, key=lambda sid: -size[sid])
        if len(ranked) > 1 and size[ranked[0]] == size[ranked[1]]:
            return None
        return ranked[0] if ranked else None

    def person(self, name: str | None) -> str | None:
        return match(self.of_kind(EntityKind.PERSON), name) if name else None

    def character(self, show_id: str, name: str | None) -> str | None:
        return find_character(self.store, show_id, name) if name else None

    def shows(self) -> list[str]:
        """Every show id, in id order."""
        return sorted(e.id for e in self.of_kind(EntityKind.SHOW))

    def characters(self, name: str, show: str | None = None) -> list[tuple[str, str]]:
        """(show id, character id) pairs ``name`` may mean, in one show or in any.

        With a show named, only that show is searched; without one, every show
        whose cast has a character of that name is returned (a name may be a
        role in two shows; the answer then speaks of both).
        """
        if show is not None:
            sid = self.show(show)
            cid = self.character(sid, name) if sid else None
            return [(sid, cid)] if sid and cid else []
        by_show: dict[str, list[Entity]] = {}
        for e in self.of_kind(EntityKind.CHARACTER):
            by_show.setdefault(e.show_id or "", []).append(e)
        pairs = [(sid, match(by_show.get(sid, []), name)) for sid in self.shows()]
        return [(sid, cid) for sid, cid in pairs if cid]

    def similar(self, name: str, kind: EntityKind | None = None) -> list[Entity]:
        """Entities whose name or alias is a spelling variant or partial of ``name``."""
        kinds = [kind] if kind is not None else list(EntityKind)
        out = [e for k in kinds for e in self.of_kind(k)
               if any(_close(name, s) for s in (e.name, *e.aliases))]
        return sorted(out, key=lambda e: (e.kind, e.name))


_INITIALS = re.compile(r"[A-Za-z]{3,8}")


def initials(title: str) -> str:
    """The lower-case first letters of a title's words ("Saath Chalenge Kal" -> "sck")."""
    return "".join(w[0] for w in words(title) if w)


def _close(asked: str, known: str) -> bool:
    """Whether a known spelling is near what was asked (for suggestions only)."""
    if not key(asked) or not key(known):
        return False
    return (key(asked) == key(known) or is_variant(asked, known)
            or is_partial(asked, known) or is_partial(known, asked)
            or any(is_partial(w, known) for w in asked.split() if len(w) > 2))
