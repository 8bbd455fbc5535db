"""``Store.update_resolution`` swaps the entities it drops for its new ones, writing only
the rows that differ: a gone entity and its aliases deleted, a new one inserted, a
changed one's columns and aliases rewritten, an unchanged one left, a dropped show's
characters dropped but those the change keeps, and entities it does not drop
untouched. Invented names, on SQLite and PostgreSQL (written for a comparison of the
rows in SQL, docs/benchmarks.md, eighteenth session's second helper, item 3)."""

from __future__ import annotations

from pathlib import Path

from tellytrack.model import Entity, EntityKind
from tellytrack.store import SQLiteStore
from tellytrack.store.base import ResolutionChange

from .conftest import ClosingStore

SHOW, PERSON, CHARACTER = EntityKind.SHOW, EntityKind.PERSON, EntityKind.CHARACTER


def test_entity_swap_writes_what_differs(store: ClosingStore) -> None:
    before = [
        Entity("show:kesar-baag", SHOW, "Kesar Baag", aliases=("Kesar Bagh",)),
        Entity("show:dhoop-chaon", SHOW, "Dhoop Chaon"),
        Entity("character:kesar-baag:noor", CHARACTER, "Noor", "show:kesar-baag",
               aliases=("Nooru",)),
        Entity("character:kesar-baag:ilesh", CHARACTER, "Ilesh", "show:kesar-baag"),
        Entity("character:kesar-baag:tamanna", CHARACTER, "Tamanna", "show:kesar-baag"),
        Entity("person:tara-bedi", PERSON, "Tara Bedi", aliases=("Taara Bedi", "Tara B")),
        Entity("person:vir-ahuja", PERSON, "Vir Ahuja", status="candidate", evidence="one story"),
        Entity("person:om-sethi", PERSON, "Om Sethi"),
    ]
    store.replace_resolution(before, [("character", "show:kesar-baag", "tamanna",
                                       "character:kesar-baag:tamanna")], [])
    after = [
        Entity("show:kesar-baag", SHOW, "Kesar Baag", aliases=("Kesar Bagh",)),  # the same
        Entity("show:kesar-baag-2", SHOW, "Kesar Baag 2"),  # new
        Entity("character:kesar-baag-2:noor", CHARACTER, "Noor", "show:kesar-baag-2"),  # new
        Entity("character:kesar-baag:noor", CHARACTER, "Noor", "show:kesar-baag-2",
               aliases=("Nooru", "Noor Jahan")),  # moved to the new show, an alias more
        Entity("person:tara-bedi", PERSON, "Tara Bedi", aliases=("Tara B", "Tara Bedi Ji")),
        Entity("person:vir-ahuja", PERSON, "Vir Ahuja", status="confirmed",
               evidence="3 independent stories"),
    ]
    store.update_resolution(ResolutionChange(
        drop_entities=["show:kesar-baag", "person:tara-bedi", "person:vir-ahuja",
                       "person:om-sethi"],
        drop_scopes=["show:kesar-baag"], drop_person_keys=[], entities=after, names=[],
        blocks=[], links=[], keep_characters=[("show:kesar-baag", "tamanna")]))
    got = {e.id: e for e in store.entities_of(
        [e.id for e in before + after], ["show:kesar-baag", "show:kesar-baag-2"])}
    kept = {e.id: e for e in before}
    want = {e.id: e for e in after}
    want["show:dhoop-chaon"] = kept["show:dhoop-chaon"]  # not dropped
    # a character of the dropped scope the change keeps (by its stored name row)
    want["character:kesar-baag:tamanna"] = kept["character:kesar-baag:tamanna"]
    # Ilesh (the dropped show's other character) and Om Sethi are gone
    assert {i: (e.kind, e.name, e.show_id, sorted(e.aliases), e.status, e.evidence)
            for i, e in got.items()} == {
        i: (e.kind, e.name, e.show_id, sorted(e.aliases), e.status, e.evidence)
        for i, e in want.items()}


def test_the_splice_reads_the_stored_entities_as_entities_of(tmp_path: Path) -> None:
    """The splice reads the rows it replaces lean (``SQLiteStore._stored_entities``: one
    JSON list a table, plain tuples, unsorted): the same entities ``entities_of`` gives,
    aliases in their order (an entity compares equal only so), a show's characters
    included, an id asked twice or unknown harmless."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.replace_resolution([
            Entity("show:kesar-baag", SHOW, "Kesar Baag", aliases=("Kesar Bagh", "Kesar Baag")),
            Entity("character:kesar-baag:noor", CHARACTER, "Noor", "show:kesar-baag",
                   aliases=("Nooru", "Noor Jahan", "Noor")),
            Entity("person:tara-bedi", PERSON, "Tara Bedi", status="candidate",
                   evidence="one story"),
            Entity("person:om-sethi", PERSON, "Om Sethi", aliases=("Om",)),
        ], [], [])
        for ids, shows in [(["person:tara-bedi", "person:tara-bedi", "person:nobody"],
                            ["show:kesar-baag"]),
                           (["show:kesar-baag", "person:om-sethi"], []), ([], [])]:
            assert store._stored_entities(ids, shows) == {
                e.id: e for e in store.entities_of(ids, shows)}
