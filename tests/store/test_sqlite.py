"""The SQLite store: schema by migrations, WAL, atomic batches, no overwrites."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tellytrack.model import Article, Entity, EntityKind, Evidence, Fact, PubDate
from tellytrack.store import Incoming, SQLiteStore, migrations

TEXT_A = "Riya Malhotra aka Meera is the heart of Saath Chalenge."
TEXT_B = "Kabir Sethi, who plays Arjun, has quit Pyaar Ki Dor."


def article(text: str, day: str = "2024-03-05", outlet: str = "example.com") -> Article:
    return Article.create(text, published=PubDate.parse(day), outlet=outlet,
                          url=f"https://{outlet}/a", title=text[:20])


def cast_fact(art: Article, show: str = "Saath Chalenge") -> Fact:
    return Fact("cast", show, actor="Riya Malhotra", character="Meera", confidence=0.9,
                evidence=Evidence(art.id, 0, 25, art.text[:25]))


def test_migrations_apply_once(tmp_path: Path) -> None:
    """Re-opening a KB must not re-run migrations (they are recorded in _migrations)."""
    path = tmp_path / "kb.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    assert migrations.apply(conn) == []
    names = [r[0] for r in conn.execute("SELECT name FROM _migrations")]
    assert names == [name for name, _ in migrations.MIGRATIONS]
    conn.close()


def test_wal_and_foreign_keys_on(tmp_path: Path) -> None:
    """Readers must not block the writer (WAL) and facts must not dangle (foreign keys)."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_round_trip_article_and_facts(tmp_path: Path) -> None:
    """What goes in comes back: article fields, fact fields, evidence and article context."""
    art = article(TEXT_A, day="2024-03")
    fact = Fact("event", "Saath Chalenge", kind="leap", characters=("Meera", "Arjun"),
                status="upcoming", modality="planned", confidence=0.7)
    with SQLiteStore(tmp_path / "kb.db") as store:
        result = store.add_batch([Incoming(art, [cast_fact(art), fact], signature=b"\x01\x02")])
        assert (result.new, result.facts, result.new_ids) == (1, 2, [art.id])
        assert store.article(art.id) == art
        stored = store.facts(show="saath chalenge")
        assert [s.fact for s in stored] == [cast_fact(art), fact]
        assert stored[0].published == PubDate.parse("2024-03")
        assert (stored[0].outlet, stored[0].story_id) == ("example.com", art.id)
        assert store.signatures() == [(art.id, b"\x01\x02")]
        assert store.facts(types=["event"])[0].fact == fact


def test_duplicate_is_skipped_not_overwritten(tmp_path: Path) -> None:
    """A re-ingested article id leaves the stored article and its facts untouched."""
    art = article(TEXT_A)
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([Incoming(art, [cast_fact(art)])])
        again = Article(art.id, art.text, outlet="other.com")
        result = store.add_batch([Incoming(again, [cast_fact(art), cast_fact(art)])])
        assert (result.new, result.duplicate, result.facts) == (0, 1, 0)
        assert store.article(art.id) == art
        assert len(store.facts()) == 1


def test_duplicate_within_one_batch(tmp_path: Path) -> None:
    """The same article twice in one batch is stored once (no primary-key crash)."""
    art = article(TEXT_A)
    with SQLiteStore(tmp_path / "kb.db") as store:
        result = store.add_batch([Incoming(art, []), Incoming(art, [])])
        assert (result.new, result.duplicate) == (1, 1)


def test_batch_is_atomic(tmp_path: Path) -> None:
    """A fact violating a constraint mid-batch rolls back the whole batch, not earlier ones."""
    first, second, third = article(TEXT_A), article(TEXT_B), article(TEXT_B + " Really.")
    bad = cast_fact(second).with_(confidence=7.0)  # CHECK (confidence BETWEEN 0 AND 1)
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([Incoming(first, [cast_fact(first)])])
        with pytest.raises(sqlite3.IntegrityError):
            store.add_batch([Incoming(third, [cast_fact(third)]), Incoming(second, [bad])])
        assert store.has_article(first.id)
        assert not store.has_article(third.id) and not store.has_article(second.id)
        assert len(store.facts()) == 1
        assert store.add_batch([Incoming(third, [])]).new == 1  # the KB is still writable


def test_syndicated_copy_shares_story(tmp_path: Path) -> None:
    """A syndicated copy is stored with its facts but shares the original's story id."""
    orig, copy, copy2 = article(TEXT_A), article(TEXT_A + " Watch."), article("Copy. " + TEXT_A)
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([Incoming(orig, [cast_fact(orig)])])
        result = store.add_batch([Incoming(copy, [cast_fact(copy)], copy_of=orig.id),
                                  Incoming(copy2, [cast_fact(copy2)], copy_of=copy.id)])
        assert (result.new, result.syndicated) == (2, 2)
        facts = store.facts()
        assert len(facts) == 3
        assert {f.story_id for f in facts} == {orig.id}
        assert store.stats()["stories"] == 1


def test_entities_replaced_whole(tmp_path: Path) -> None:
    """Resolution recomputes entities from all facts, so the old set must vanish."""
    show = Entity("show:sc", EntityKind.SHOW, "Saath Chalenge", aliases=("Saath Chalengey",))
    meera = Entity("char:sc:meera", EntityKind.CHARACTER, "Meera", show_id="show:sc")
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.replace_entities([meera, show])
        assert store.entities(EntityKind.CHARACTER) == [meera]
        store.replace_entities([show])
        assert store.entities() == [show]
        assert store.stats()["aliases"] == 1


def test_articles_newest_first_and_search(tmp_path: Path) -> None:
    """Listing is newest first; q filters by text, case-insensitively."""
    old, new = article(TEXT_A, "2024-01-02"), article(TEXT_B, "2024-02-02")
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([Incoming(old, []), Incoming(new, [])])
        assert [a.id for a in store.articles()] == [new.id, old.id]
        assert [a.id for a in store.articles(q="kabir")] == [new.id]
        stats = store.stats()
        assert (stats["first_published"], stats["last_published"]) == ("2024-01-02", "2024-02-02")
