"""The stored resolution (issue 15): entities, names and each fact's resolved ids are in
the store after a resolution, and reads use them without resolving again. Every test
runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tellytrack.model import Article, EntityKind, Evidence, Fact, PubDate
from tellytrack.pipeline import finish_resolution
from tellytrack.query.facts import load, resolution
from tellytrack.query.time import TimeFilter
from tellytrack.resolve import resolve_new, resolve_store, resolve_stored
from tellytrack.resolve.cues import fact_cues
from tellytrack.resolve.curation import curate, overrides
from tellytrack.store import Incoming, SQLiteStore, migrations

from .conftest import Backend, ClosingStore

SHOW = "Saath Chalenge"


def stored_article(store: ClosingStore, text: str, *facts: Fact) -> str:
    """Store one invented article with ``facts`` (evidenced by its whole text)."""
    art = Article.create(text, published=PubDate.parse("2024-03-05"), outlet="example.com")
    ev = Evidence(art.id, 0, len(text), text)
    evidenced = [f.with_(evidence=ev) for f in facts]
    store.add_batch([Incoming(art, evidenced, cues=[fact_cues(f) for f in evidenced])])
    return art.id


def cast(actor: str, character: str, show: str = SHOW) -> Fact:
    return Fact("cast", show, actor=actor, character=character, confidence=0.9)


def test_a_resolution_stores_names_and_fact_links(store: ClosingStore) -> None:
    """Each fact carries the ids a fresh resolution gives its names; one show's facts
    are read by its id."""
    stored_article(store, "Riya Malhotra plays Meera in Saath Chalenge.",
                   cast("Riya Malhotra", "Meera"))
    stored_article(store, "Kabir Sethi plays Arjun in Pyaar Ki Dor.",
                   cast("Kabir Sethi", "Arjun", show="Pyaar Ki Dor"))
    resolve_store(store)
    fresh = resolve_stored(store.facts(), store.overrides())
    for sf in store.facts():
        show = fresh.show(sf.fact.show)
        assert sf.show_id == show
        assert sf.actor_id == fresh.person(sf.fact.actor, show)
        assert sf.character_id == fresh.character(sf.fact.character, show)
    stored = resolution(store)
    assert (stored.shows, stored.people, stored.people_in, stored.characters) == (
        fresh.shows, fresh.people, fresh.people_in, fresh.characters)
    assert stored.entities == fresh.entities
    mine = store.facts(show_id="show:sath-chalenge")
    assert [sf.fact.actor for sf in mine] == ["Riya Malhotra"]


def test_reads_never_resolve(store: ClosingStore) -> None:
    """Facts stored after the last resolution are not read until one runs (the KB is
    marked; every command that opens it runs it first), and then they are."""
    stored_article(store, "Riya Malhotra plays Meera in Saath Chalenge.",
                   cast("Riya Malhotra", "Meera"))
    finish_resolution(store)
    stored_article(store, "Kabir Sethi plays Arjun in Saath Chalenge.",
                   cast("Kabir Sethi", "Arjun"))
    assert store.resolution_pending() is not None
    _, rows = load(store, TimeFilter())
    assert [r.fact.actor for r in rows] == ["Riya Malhotra"]
    assert finish_resolution(store)
    _, rows = load(store, TimeFilter())
    assert sorted(r.actor or "" for r in rows) == ["person:kabir-sethi", "person:riya-malhotra"]


def test_a_kb_resolved_before_names_were_stored_is_marked(tmp_path: Path) -> None:
    """Opening a KB whose entities were resolved without names and links marks it, so
    the first command fills them in once."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        stored_article(store, "Riya Malhotra plays Meera in Saath Chalenge.",
                       cast("Riya Malhotra", "Meera"))
        finish_resolution(store)
    with sqlite3.connect(tmp_path / "kb.db") as conn:  # as a KB of the previous schema
        conn.execute("DELETE FROM _migrations WHERE name = 'm004_stored_resolution'")
        conn.execute("DROP TABLE names")
        conn.execute("DROP TABLE fact_entities")
    with SQLiteStore(tmp_path / "kb.db") as store:
        assert store.resolution_pending() is not None and not store.names()
        assert finish_resolution(store)
        assert store.names() and store.facts()[0].show_id == "show:sath-chalenge"


def test_the_title_band_migration_files_the_blocks_a_resolution_files(
        backend: Backend) -> None:
    """A KB filed under the title blocks without a length band gets from the migration
    the block rows a resolution files now (a new spelling looks its neighbours up under
    the banded blocks only), on SQLite and on PostgreSQL."""
    def show_blocks(s: ClosingStore) -> list[tuple[str, str]]:
        rows = s.conn.execute("SELECT block, key FROM name_blocks WHERE kind = 'show'")
        return sorted((str(r["block"]), str(r["key"])) for r in rows)

    with backend.open() as store:
        for show in ("Rang Hai Kisi Ke Pyar Ka", "Rang Hai Kisi Ke Pyar", "Pyaar Ki Dor"):
            stored_article(store, f"Riya Malhotra plays Meera in {show}.",
                           cast("Riya Malhotra", "Meera", show=show))
        resolve_store(store)
        filed = show_blocks(store)
        store.conn.execute("DELETE FROM name_blocks WHERE block LIKE 't:p:%'")
        store.conn.execute("INSERT INTO name_blocks (kind, block, key) "
                           "VALUES ('show', 't:p:rng', 'ranghaikisikepyarka')")
        store.conn.execute("DELETE FROM _migrations WHERE name = 'm013_title_length_bands'")
    assert any(b.startswith("t:p:rng:") for b, _ in filed)
    with backend.open() as upgraded:
        assert show_blocks(upgraded) == filed


def test_the_typing_cue_migration_fills_what_batches_keep(
        backend: Backend, monkeypatch: pytest.MonkeyPatch) -> None:
    """A KB from before the kept typing cues gets from the migration each fact's cue and
    each tally's, as the batches that stored them with their cues keep them (read a fact
    at a time here: the migration reads them a range at a time)."""
    monkeypatch.setattr(migrations, "CUE_FILL_STEP", 1)
    def cues(s: ClosingStore) -> list[list[tuple[object, ...]]]:
        facts = s.conn.execute("SELECT id, cue FROM facts")
        tallies = s.conn.execute("SELECT k, show, name, cues FROM name_tallies")
        return [sorted(tuple(dict(r).values()) for r in facts),
                sorted(tuple(dict(r).values()) for r in tallies)]

    with backend.open() as store:
        stored_article(store, "Riya Malhotra plays Meera in Saath Chalenge.",
                       cast("Riya Malhotra", "Meera"))
        stored_article(store, "Riya plays Meera in Saath Chalenge, a rating leader.",
                       cast("Riya", "Meera"), Fact("rating", SHOW, rank=1, confidence=0.9))
        kept = cues(store)
        store.conn.execute("ALTER TABLE facts DROP COLUMN cue")
        store.conn.execute("ALTER TABLE name_tallies DROP COLUMN cues")
        store.conn.execute("DELETE FROM _migrations WHERE name = 'm014_typing_cues'")
    assert (0, SHOW, "", 0b101) in kept[1] and (1, SHOW, "Riya", 0) in kept[1]
    with backend.open() as upgraded:
        assert cues(upgraded) == kept


def test_incremental_resolution_on_every_backend(store: ClosingStore) -> None:
    """Batches resolved incrementally (name index, blocks, splice) give what a rebuild
    of the same facts gives, on SQLite and on PostgreSQL."""
    stored_article(store, "Riya Malhotra plays Meera in Saath Chalenge.",
                   cast("Riya Malhotra", "Meera"))
    assert resolve_new(store) == "rebuild"  # nothing resolved yet
    for text, fact in [
        ("Kabir Sethi plays Arjun in Saath Chalenge.", cast("Kabir Sethi", "Arjun")),
        ("Riya plays Meera in Sath Chalenge.", cast("Riya", "Meera", show="Sath Chalenge")),
        ("Kabir Sethi plays Rohan in Pyaar Ki Dor.", cast("Kabir Sethi", "Rohan", "Pyaar Ki Dor")),
        # an event's character names are new names too: "Arjun" folds into "Arjun Mehra"
        ("Arjun Mehra weds Meera in Saath Chalenge.",
         Fact("event", SHOW, kind="wedding", characters=("Arjun Mehra", "Meera"),
              confidence=0.9)),
    ]:
        stored_article(store, text, fact)
        assert resolve_new(store) == "incremental"
    after_batches = (store.entities(), sorted(store.names()),
                     {sf.id: (sf.show_id, sf.actor_id, sf.character_id) for sf in store.facts()})
    resolve_store(store)
    assert (store.entities(), sorted(store.names()),
            {sf.id: (sf.show_id, sf.actor_id, sf.character_id) for sf in store.facts()}
            ) == after_batches
    assert {sf.actor_id for sf in store.facts()} == {"person:riya-malhotra", "person:kabir-sethi",
                                                     None}
    assert {"Arjun", "Arjun Mehra"} <= set(next(
        e.aliases for e in store.entities() if e.id.endswith("/arjun-mehra")))


def test_the_overrides_listing_reads_the_stored_resolution(store: ClosingStore) -> None:
    """A merge undone by a later split no longer holds; a rename and the split do (the
    listing reads the stored resolution, on every backend)."""
    stored_article(store, "Riya Malhotra plays Meera in Saath Chalenge; SCK tops the chart.",
                   cast("Riya Malhotra", "Meera"), Fact("rating", "SCK", rank=1, confidence=0.9))
    resolve_store(store)
    curate(store, "merge", "Saath Chalenge", "SCK")
    curate(store, "split", "Saath Chalenge", "SCK")
    curate(store, "rename", "Riya Malhotra", "Riya Malhotra Sethi")
    listed = [(o["action"], o["applied"]) for o in overrides(store)]
    assert listed == [("merge", False), ("split", True), ("rename", True)]


def test_kept_name_counts_equal_the_facts_counts(store: ClosingStore) -> None:
    """The name counts each batch adds to (what an incremental resolution reads) equal
    the counts aggregated from every fact (what a rebuild reads), syndicated copies
    counting as one story, on SQLite and on PostgreSQL."""
    first = stored_article(store, "Riya Malhotra plays Meera in Saath Chalenge.",
                           cast("Riya Malhotra", "Meera"))
    text = "Copy: Riya Malhotra plays Meera in Saath Chalenge."
    art = Article.create(text, published=PubDate.parse("2024-03-06"), outlet="copy.example")
    ev = Evidence(art.id, 0, len(text), text)
    store.add_batch([Incoming(art, [cast("Riya Malhotra", "Meera").with_(evidence=ev)],
                              copy_of=first)])
    resolve_new(store)
    stored_article(store, "Riya plays Meera in Sath Chalenge, made by Ekta Rao; Meera weds Dev.",
                   cast("Riya", "Meera", show="Sath Chalenge"),
                   Fact("show_info", "Sath Chalenge", field="producer", value="Ekta Rao",
                        confidence=0.9),
                   Fact("event", "Sath Chalenge", kind="wedding", characters=("Meera", "Dev"),
                        confidence=0.9))
    assert resolve_new(store) == "incremental"
    whole = store.name_counts()
    shows = sorted(e.id for e in store.entities(EntityKind.SHOW))
    kept = store.name_counts(shows, [], [])
    for part in ("shows", "actors", "roles", "producers"):
        assert sorted(getattr(kept, part)) == sorted(getattr(whole, part)), part
    # two facts, one story (a copy counts once); the copy was stored without its typing
    # cue, so the show's cues are unknown (its sentences are read)
    assert (SHOW, 2, 1, None) in whole.shows
    assert ("Sath Chalenge", 3, 1, 0b1001) in whole.shows  # a cast and a show_info sentence
    assert ("Sath Chalenge", "Riya", 1, 1, 0) in whole.actors  # "Riya plays": one word
    assert ("Sath Chalenge", "Meera", 2, 1, 0) in whole.roles  # a cast role and an event
    assert store.story_count([(0, SHOW, ""), (0, "Sath Chalenge", "")]) == 2


def kept_rows(s: ClosingStore) -> list[list[tuple[object, ...]]]:
    """The kept names' rows (what admission reads of the KB by key)."""
    return [sorted(tuple(dict(r).values()) for r in s.conn.execute(f"SELECT * FROM {t}"))
            for t in ("kept_holders", "kept_words")]


def test_kept_names_on_every_backend(store: ClosingStore) -> None:
    """A batch's new show is vetoed by a typed person its batch does not reach, read from
    the kept names, and the kept names after the batches are a rebuild's, on SQLite and on
    PostgreSQL."""
    stored_article(store, "Riya Malhotra plays Meera in Saath Chalenge.",
                   cast("Riya Malhotra", "Meera"))
    assert resolve_new(store) == "rebuild"
    stored_article(store, "Sapne Riya Malhotra Ke tops the chart.",
                   Fact("rating", "Sapne Riya Malhotra Ke", rank=1, confidence=0.9))
    assert resolve_new(store) == "incremental"
    show = next(e for e in store.entities() if e.id == "show:sapne-riya-malhotra-ke")
    assert show.status == "unconfirmed" and "naming a person" in (show.evidence or "")
    kept, entities = kept_rows(store), store.entities()
    assert ("person", "riyamalhotra", "person:riya-malhotra") in kept[1]
    resolve_store(store)
    assert (kept_rows(store), store.entities()) == (kept, entities)


def test_a_kb_from_before_the_kept_names_is_rebuilt_once(backend: Backend) -> None:
    """The migration leaves the kept names empty (they are admission's result): the
    next resolution of a KB resolved without them is a rebuild, which fills them; the
    one after is incremental again."""
    with backend.open() as store:
        stored_article(store, "Riya Malhotra plays Meera in Saath Chalenge.",
                       cast("Riya Malhotra", "Meera"))
        resolve_store(store)
        kept = kept_rows(store)
        for table in ("kept_holders", "kept_words"):
            store.conn.execute(f"DROP TABLE {table}")
        store.conn.execute("DELETE FROM _migrations WHERE name = 'm015_kept_names'")
    with backend.open() as upgraded:
        assert not upgraded.keeps_names() and kept_rows(upgraded) == [[], []]
        stored_article(upgraded, "Kabir Sethi plays Arjun in Saath Chalenge.",
                       cast("Kabir Sethi", "Arjun"))
        assert resolve_new(upgraded) == "rebuild"
        assert upgraded.keeps_names() and {h[1] for h in kept_rows(upgraded)[0]} > {
            h[1] for h in kept[0]}
        stored_article(upgraded, "Kabir Sethi plays Rohan in Pyaar Ki Dor.",
                       cast("Kabir Sethi", "Rohan", "Pyaar Ki Dor"))
        assert resolve_new(upgraded) == "incremental"


def test_a_facts_links_are_its_written_triples(store: ClosingStore) -> None:
    """Every linked fact holds the ids its written (show, actor, character) triple holds
    in ``name_groups``, through incremental resolutions (a second spelling of the show,
    a character folding into a longer name: its stored triple relinked) and a rebuild: the
    per-fact links are a function of the per-triple ones (what a store could read
    through the triples instead, docs/benchmarks.md, "Twenty-first session, second
    helper"), on SQLite and on PostgreSQL."""
    stored_article(store, "Riya Malhotra plays Meera in Saath Chalenge.",
                   cast("Riya Malhotra", "Meera"))
    resolve_new(store)
    for text, fact in [
        ("Kabir Sethi plays Arjun in Saath Chalenge.", cast("Kabir Sethi", "Arjun")),
        ("Riya plays Meera in Sath Chalenge.", cast("Riya", "Meera", show="Sath Chalenge")),
        ("Sath Chalenge tops the chart.", Fact("rating", "Sath Chalenge", rank=1,
                                               confidence=0.9)),
        ("Arjun Mehra weds Meera in Saath Chalenge.",
         Fact("event", SHOW, kind="wedding", characters=("Arjun Mehra", "Meera"),
              confidence=0.9)),
        ("Kabir Sethi plays Arjun Mehra in Saath Chalenge.", cast("Kabir Sethi", "Arjun Mehra")),
    ]:
        stored_article(store, text, fact)
        assert resolve_new(store) == "incremental"
        assert_links_follow_triples(store)
    resolve_store(store)
    assert_links_follow_triples(store)


def assert_links_follow_triples(store: ClosingStore) -> None:
    groups = {(r["show"], r["actor"], r["character"]):
              (r["show_id"], r["actor_id"], r["character_id"])
              for r in map(dict, store.conn.execute("SELECT * FROM name_groups"))}
    linked = [sf for sf in store.facts() if sf.show_id is not None]
    assert len(linked) == len(store.facts())  # every fact here names a show: all linked
    for sf in linked:
        f = sf.fact
        assert groups[(f.show, f.actor or "", f.character or "")] == (
            sf.show_id, sf.actor_id, sf.character_id), f
