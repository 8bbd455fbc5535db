"""Which show, person or character a name in a question means.

A thin layer over ``resolve.lookup`` (which accepts every spelling the
knowledge base has seen) that keeps one :class:`Resolution` for the whole
answer and adds what questions need and lookups do not give: a character
asked about without its show, and "did you mean" candidates when a name is
unknown or ambiguous (the lookup returns nothing rather than guess).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tellytrack.model import Entity, EntityKind
from tellytrack.query.facts import resolution
from tellytrack.resolve.lookup import find_character, find_person, find_show
from tellytrack.resolve.names import is_partial, is_variant, key, words
from tellytrack.resolve.resolver import Resolution
from tellytrack.store.base import Store


@dataclass
class Names:
    """Name lookups for one question over one resolution of the store."""

    store: Store
    res: Resolution

    @classmethod
    def of(cls, store: Store) -> Names:
        return cls(store, resolution(store))

    def name(self, entity_id: str | None) -> str:
        """The display name of an id (the id itself if unknown)."""
        return self.res.name(entity_id) or entity_id or ""

    def show(self, name: str | None) -> str | None:
        """A show by any known spelling; an abbreviation ("SCK") by the title it abbreviates."""
        if not name:
            return None
        sid = find_show(self.store, name, self.res)
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
        found = [e.id for e in self.res.entities.values() if e.kind is EntityKind.SHOW
                 and len(words(e.name)) >= 3
                 and any(initials(n) == low for n in (e.name, *e.aliases))]
        size = {sid: 0 for sid in found}
        for e in self.res.entities.values():
            if e.kind is EntityKind.CHARACTER and e.show_id in size:
                size[e.show_id] += 1
        ranked = sorted(found, key=lambda sid: -size[sid])
        if len(ranked) > 1 and size[ranked[0]] == size[ranked[1]]:
            return None
        return ranked[0] if ranked else None

    def person(self, name: str | None) -> str | None:
        return find_person(self.store, name, self.res) if name else None

    def character(self, show_id: str, name: str | None) -> str | None:
        return find_character(self.store, show_id, name, self.res) if name else None

    def shows(self) -> list[str]:
        """Every show id, in id order."""
        return sorted(e.id for e in self.res.entities.values() if e.kind is EntityKind.SHOW)

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
        pairs = [(sid, self.character(sid, name)) for sid in self.shows()]
        return [(sid, cid) for sid, cid in pairs if cid]

    def similar(self, name: str, kind: EntityKind | None = None) -> list[Entity]:
        """Entities whose name or alias is a spelling variant or partial of ``name``."""
        out = []
        for e in self.res.entities.values():
            if kind is not None and e.kind is not kind:
                continue
            spellings = (e.name, *e.aliases)
            if any(_close(name, s) for s in spellings):
                out.append(e)
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
