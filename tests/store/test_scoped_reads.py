"""The indexed reads a page makes of the stored resolution (``entities_of``,
``aliases_of``, ``actors_of``, ``names_in``) give exactly the whole tables' rows for those ids and
shows, on SQLite and on PostgreSQL (issue 15 part 2)."""

from __future__ import annotations

from tellytrack.model import EntityKind
from tellytrack.resolve import resolve_store, stored_resolution
from tellytrack.store.base import Override

from .conftest import ClosingStore
from .test_stored_resolution import cast, stored_article

DOR = "Pyaar Ki Dor"


def test_scoped_reads_are_the_whole_tables_rows(store: ClosingStore) -> None:
    """One show's characters, linked people and scoped names; entities by id."""
    stored_article(store, "Riya Malhotra plays Meera; Kabir Sethi plays Arjun.",
                   cast("Riya Malhotra", "Meera"), cast("Kabir Sethi", "Arjun"))
    stored_article(store, "Riya plays Meera; Aman Verma plays Dev in Pyaar Ki Dor.",
                   cast("Riya", "Meera"), cast("Aman Verma", "Dev", show=DOR))
    resolve_store(store)
    whole = stored_resolution(store)
    for sid in (e.id for e in store.entities(EntityKind.SHOW)):
        mine = store.facts(show_id=sid)
        assert store.actors_of([sid]) == sorted({sf.actor_id for sf in mine if sf.actor_id})
        chars = store.entities_of(shows=[sid])
        assert chars == [e for e in store.entities() if e.show_id == sid] and chars
        assert sorted(store.names_in([sid])) == sorted(r for r in store.names() if r[1] == sid)
    ids = sorted(whole.entities)[::2]
    assert store.entities_of(ids) == [e for e in store.entities() if e.id in ids]
    assert store.entities_of(["person:nobody"]) == []
    # the aliases alone, by id, as the entities hold them (an id unknown: left out)
    assert store.aliases_of([*ids, "person:nobody"]) == {
        e.id: sorted(e.aliases) for e in store.entities() if e.id in ids and e.aliases}
    assert store.aliases_of([]) == {}
    assert store.entities(EntityKind.PERSON) == [
        e for e in store.entities() if e.kind is EntityKind.PERSON]


def test_every_write_raises_the_version(store: ClosingStore) -> None:
    """A batch that stores something, a resolution, an override and its deletion each
    raise the version a reader's cache is keyed on; a batch of duplicates does not."""
    seen = [store.version()]
    text = "Riya Malhotra plays Meera in Saath Chalenge."
    stored_article(store, text, cast("Riya Malhotra", "Meera"))
    seen.append(store.version())
    stored_article(store, text, cast("Riya Malhotra", "Meera"))  # the same article again
    assert store.version() == seen[-1]
    resolve_store(store)
    seen.append(store.version())
    override = store.add_override(Override("confirm", "show", "Saath Chalenge"))
    seen.append(store.version())
    assert store.delete_override(override.id)
    seen.append(store.version())
    assert seen == sorted(set(seen))  # strictly rising
