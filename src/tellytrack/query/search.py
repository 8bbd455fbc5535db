"""``search(store, q)``: entities whose name or any alias fits what was typed.

Exact spelling first; then names containing the query's normal form, the
same name in the other script (Devanagari typed for a Latin name or the other
way round, read through the resolver's transliteration) and a show's
initials ("SNS", "sns 2" for "Saath Nibhana Saathiya 2"); then rapidfuzz's
close matches (``SEARCH_SCORE``) of the Latin readings; each group in name order.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from tellytrack.model import Entity, EntityKind
from tellytrack.query.result import Result
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.resolve.names import key
from tellytrack.resolve.script import is_devanagari, romanise, script_variant
from tellytrack.resolve.titles import acronym_of, title_form
from tellytrack.store.base import Store

SEARCH_SCORE = 85.0  # rapidfuzz WRatio a fuzzy hit needs (typos, not other names)
MIN_CONTAINS = 3  # a shorter normal form ("kkk" reads "k") is inside almost every name
MIN_FUZZY = 4  # shorter queries are initials or fragments, never typos of a long name
LISTING_LIMIT = 500  # matches a listing keeps: a filter, not a top-twenty


@dataclass(frozen=True)
class Hit(Result):
    """One entity that fits the query; ``show`` is the character's show name."""

    kind: str
    id: str
    name: str
    show: str | None


def _score(e: Entity, typed: str) -> int:
    """0: exact, 1: contains, other script or initials, 2: fuzzy, 3: no match."""
    written = (e.name, *e.aliases)
    q, names = key(typed), [key(n) for n in written]
    if q in names:
        return 0
    if (len(q) >= MIN_CONTAINS and any(q in n for n in names)) or any(
            script_variant(typed, n) for n in written):
        return 1
    if e.kind is EntityKind.SHOW and _initials_match(written, typed):
        return 1
    if len(q) < MIN_FUZZY:
        return 3
    readings = {key(r) for n in written for r in romanise(n)}
    if any(fuzz.WRatio(r, n) >= SEARCH_SCORE for r in romanise(typed) for n in readings):
        return 2
    return 3


def _initials_match(titles: tuple[str, ...], q: str) -> bool:
    """Whether ``q`` is the initials of one of the titles ("SNS 2": initials and season)."""
    typed = acronym_of(q.upper())
    if typed is None:
        return False
    letters, numbers = typed
    for title in titles:
        words = _title_words(title)
        shown = [w for w in words if not w.isdigit()]
        if "".join(w[0] for w in shown).upper() == letters and (
                not numbers or tuple(w for w in words if w.isdigit()) == numbers):
            return True
    return False


def _title_words(title: str) -> list[str]:
    """A title's words in Latin letters (a Devanagari title through its first reading)."""
    return romanise(title)[0].split() if is_devanagari(title) else title_form(title).split()


def search(store: Store, q: str, limit: int = 20, when: TimeFilter = NOW,
           unconfirmed: bool = False) -> list[Hit]:
    """Shows, people and characters matching ``q``, best first.

    Under a ``known_by`` cut-off only entities some known fact names are found:
    a character first heard of later is a spoiler. Only listed entities (and the
    characters of listed shows) are found unless ``unconfirmed`` (docs/kb.md).
    """
    typed = q.strip()
    if not key(typed):
        return []
    entities = {e.id: e for e in store.entities()}  # names to match: every entity's
    known = None if when.known_by is None else _known_ids(store, when)

    def listed(entity_id: str) -> bool:
        return entity_id in entities and entities[entity_id].listed

    scored = sorted((_score(e, typed), e.name, e.id) for e in entities.values()
                    if (known is None or e.id in known)
                    and (unconfirmed or (e.listed and listed(e.show_id or e.id))))
    hits = [entities[i] for s, _, i in scored if s < 3][:limit]
    return [Hit(str(e.kind), e.id, e.name,
                entities[e.show_id].name if e.show_id in entities else None) for e in hits]


def found_ids(store: Store, q: str | None, kind: str,
              limit: int = LISTING_LIMIT) -> set[str] | None:
    """Ids of the ``kind`` entities the search finds for ``q`` (None: nothing typed)."""
    if not q or not q.strip():
        return None
    return {h.id for h in search(store, q, limit) if h.kind == kind}


def _known_ids(store: Store, when: TimeFilter) -> set[str]:
    """Ids of the shows, people and characters facts known by ``when`` name, found by the
    database (``Store.ids_known_by``), no fact read into Python."""
    assert when.known_by is not None
    return set(store.ids_known_by(when.known_by))
