"""What only the SQLite store promises: recorded migrations, WAL and foreign keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tellytrack.ingest.dedup import BANDS, band_keys, signature
from tellytrack.model import Article, Fact
from tellytrack.store import SQLiteStore, migrations
from tellytrack.store.base import Incoming, band_number
from tellytrack.store.recent_bands import pack, unpack


def test_migrations_apply_once(tmp_path: Path) -> None:
    """Re-opening a KB must not re-run migrations (they are recorded in _migrations)."""
    path = tmp_path / "kb.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    assert migrations.apply(conn) == []
    names = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [name for name, _ in migrations.MIGRATIONS]
    conn.close()


def test_wal_and_foreign_keys_on(tmp_path: Path) -> None:
    """Readers must not block the writer (WAL) and facts must not dangle (foreign keys)."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_band_keys_move_to_the_band_table_in_bulk(tmp_path: Path) -> None:
    """A batch files its band keys with the recent articles; once they file
    ``recent_bands`` keys they move to the band table together, and a lookup finds an
    article wherever its keys are."""
    texts = ["Riya Malhotra quits Saath Chalenge after three years on the show.",
             "Arjun Mehta joins Pyaar Ki Dor as the new lead, the makers said.",
             "Kesar Ki Kahani takes a twenty year leap after the wedding track."]
    arts = [Article.create(t) for t in texts]
    filed = [Incoming(a, [], signature=signature(a.text), band_keys=band_keys(signature(a.text)))
             for a in arts]
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.recent_bands = 2 * BANDS
        store.add_batch(filed[:1])
        assert _band_rows(store) == (BANDS, 0)
        store.add_batch(filed[1:2])  # the second article's keys fill it: all move
        assert _band_rows(store) == (0, 2 * BANDS)
        store.add_batch(filed[2:])
        for art, item in zip(arts, filed, strict=True):
            assert store.near_duplicates(item.band_keys) == [(art.id, item.signature)]


def test_a_recent_article_files_its_band_numbers_in_one_row(tmp_path: Path) -> None:
    """The recent band keys are one row an article (its number, its band numbers
    packed), not a row a key: 25 B-tree inserts an article cost 0.3 s per 5,000 at
    100,000 synthetic articles; an article without keys gets no row."""
    arts = [Article.create(t) for t in ("Riya Malhotra quits Saath Chalenge this week.",
                                        "Arjun Mehta joins Pyaar Ki Dor as the new lead.")]
    items = [Incoming(arts[0], [], signature=signature(arts[0].text),
                      band_keys=band_keys(signature(arts[0].text))), Incoming(arts[1], [])]
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch(items)
        rows = store.conn.execute(
            "SELECT article, numbers FROM near_duplicate_recent_articles").fetchall()
        assert [(r[0], unpack(r[1])) for r in rows] == [
            (1, sorted({band_number(k) for k in items[0].band_keys}))]
        assert store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = "
                                  "'near_duplicate_recent_keys'").fetchone() is None


def test_a_lookup_sees_the_recent_keys_another_connection_filed(tmp_path: Path) -> None:
    """The store keeps the recent numbers sorted between lookups; another writer's batch
    (appended) and its move (the table emptied, then refilled) are read, never missed:
    each lookup answers as the tables hold now."""
    texts = ["Riya Malhotra quits Saath Chalenge after three years on the show.",
             "Arjun Mehta joins Pyaar Ki Dor as the new lead, the makers said.",
             "Kesar Ki Kahani takes a twenty year leap after the wedding track.",
             "Ishaan Kapoor returns to Kesar Ki Kahani as the older Kabir."]
    items = [Incoming(a, [], signature=signature(a.text), band_keys=band_keys(signature(a.text)))
             for a in (Article.create(t) for t in texts)]

    def found(store: SQLiteStore) -> list[str]:
        return [i.article.id for i in items if store.near_duplicates(i.band_keys)]

    with SQLiteStore(tmp_path / "kb.db") as reader, SQLiteStore(tmp_path / "kb.db") as writer:
        writer.recent_bands = 3 * BANDS
        writer.add_batch(items[:1])
        assert found(reader) == [items[0].article.id]
        writer.add_batch(items[1:2])
        assert found(reader) == [i.article.id for i in items[:2]]
        writer.add_batch(items[2:3])  # 3 articles' keys: all move
        writer.add_batch(items[3:])
        assert _band_rows(writer) == (BANDS, 3 * BANDS)
        assert found(reader) == [i.article.id for i in items]
        numbers = sorted({band_number(k) for i in items for k in i.band_keys})
        assert reader.filed_under(numbers) == writer.filed_under(numbers)  # none stale


def test_recent_keys_read_in_a_rolled_back_transaction_are_not_kept(tmp_path: Path) -> None:
    """Rows a look-up sees inside a transaction may be rolled back, and their article
    number given to the next batch's article: the sorted numbers kept between look-ups
    come only from committed rows."""
    texts = ["Riya Malhotra quits Saath Chalenge after three years on the show.",
             "Arjun Mehta joins Pyaar Ki Dor as the new lead, the makers said."]
    items = [Incoming(a, [], signature=signature(a.text), band_keys=band_keys(signature(a.text)))
             for a in (Article.create(t) for t in texts)]
    numbers = sorted({band_number(k) for k in items[1].band_keys})
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch(items[:1])
        store.conn.execute("BEGIN")
        store.conn.execute("INSERT INTO articles (id, text, ingested_at, story_id, signature) "
                           "VALUES ('gone', 'x', 'now', 'gone', x'00')")
        store.conn.execute("INSERT INTO near_duplicate_articles (n, article_id) "
                           "VALUES (2, 'gone')")
        store.conn.execute("INSERT INTO near_duplicate_recent_articles (article, numbers) "
                           "VALUES (2, ?)", (pack([numbers[0] + 1]),))
        assert store.filed_under([numbers[0] + 1])[0][1] == "gone"
        store.conn.execute("ROLLBACK")
        store.add_batch(items[1:])  # number 2 again, its own band numbers
        assert {r[1] for r in store.filed_under(numbers)} == {items[1].article.id}


def _band_rows(store: SQLiteStore) -> tuple[int, int]:
    """The (number, article) keys the recent articles file, and the band table's rows."""
    return (int(store.conn.execute("SELECT coalesce(sum(length(numbers)), 0) / 8 FROM "
                                   "near_duplicate_recent_articles").fetchone()[0]),
            int(store.conn.execute("SELECT count(*) FROM near_duplicate_keys").fetchone()[0]))


def _story_rows(store: SQLiteStore) -> tuple[int, int]:
    return tuple(int(store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                 for t in ("name_stories_recent", "name_stories"))  # type: ignore[return-value]


def test_name_stories_move_to_their_table_in_bulk(tmp_path: Path) -> None:
    """A batch files its new (name, story) rows in the small recent table; once it holds
    ``recent_stories`` of them they move to ``name_stories`` together. A copy's story
    counts once for a name wherever the story is filed, and ``story_count`` reads both."""
    show = Fact("rating", "Saath Chalenge", rank=1, confidence=0.9)
    texts = ["Saath Chalenge tops the chart this week.", "Saath Chalenge is first again.",
             "Copy: Saath Chalenge tops the chart this week."]
    first, second, copy = (Article.create(t) for t in texts)
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.recent_stories = 2
        store.add_batch([Incoming(first, [show])])
        assert _story_rows(store) == (1, 0)
        store.add_batch([Incoming(copy, [show], copy_of=first.id)])  # found in the recent rows
        assert _story_rows(store) == (1, 0)
        store.add_batch([Incoming(second, [show])])  # the second story fills it: both move
        assert _story_rows(store) == (0, 2)
        store.add_batch([Incoming(Article.create("Copy 2: " + texts[0]), [show],
                                  copy_of=first.id)])  # found in name_stories
        tally = store.conn.execute("SELECT n, stories FROM name_tallies WHERE k = 0").fetchone()
        assert tuple(tally) == (4, 2)
        store.add_batch([Incoming(Article.create("Another week on top for Saath Chalenge."),
                                  [show])])
        assert _story_rows(store) == (1, 2)
        assert store.story_count([(0, "Saath Chalenge", "")]) == 3


def test_an_original_stored_after_its_copy_is_one_story(tmp_path: Path) -> None:
    """A copy stored before its original is filed under the original's id as its story;
    the original then names its names in a story already filed, which counts once (a
    batch looks up the stories a stored article already belongs to)."""
    fact = Fact("cast", "Saath Chalenge", actor="Riya Malhotra", character="Meera",
                confidence=0.9)
    original = Article.create("Riya Malhotra plays Meera in Saath Chalenge.")
    copy = Article.create("Copy: Riya Malhotra plays Meera in Saath Chalenge.")
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([Incoming(copy, [fact], copy_of=original.id)])
        store.add_batch([Incoming(original, [fact])])
        rows = store.conn.execute("SELECT k, n, stories FROM name_tallies ORDER BY k")
        assert [tuple(r) for r in rows] == [(0, 2, 1), (1, 2, 1), (2, 2, 1)]


def test_a_batch_tallies_its_namings_as_the_facts_read_back_give(tmp_path: Path) -> None:
    """What a batch adds to the name counts from the facts in hand (``batch_namings``)
    is what the plain SQL form reads back from the stored facts (``migrations.tally``,
    ``tally_cues``): every fact type's names, blanks and facts without a show left out,
    a name's cue bits ORed, unknown once a fact of it has none."""
    facts = [
        Fact("cast", "Kesar", actor="Riya Malhotra", character="Meera", confidence=0.9),
        Fact("cast_change", "Kesar", actor="Riya Malhotra", character="", change="exit",
             confidence=0.9),
        Fact("cast", "Kesar", actor=None, character="Dev", confidence=0.9),
        Fact("event", "Kesar", kind="wedding", characters=("Meera", "", "Dev"),
             confidence=0.9),
        Fact("relation", "Kesar", subject="Meera", object="", confidence=0.9),
        Fact("show_info", "Kesar", field="producer", value="Ekta Rao", confidence=0.9),
        Fact("show_info", "Kesar", field="channel", value="Star Plus", confidence=0.9),
        Fact("cast", "", actor="Arjun Mehta", character="Raj", confidence=0.9),
        Fact("cast", "Pyaar Ki Dor", actor="Arjun Mehta", character="Raj", confidence=0.9),
    ]
    arts = [Article.create(f"Article {i} about Kesar.") for i in range(3)]
    items = [Incoming(arts[0], facts[:5], cues=[0b10010001, 0b00100010, 0, 4, 8]),
             Incoming(arts[1], facts[5:], cues=[1, 2, 0, 0b00010100]),
             Incoming(arts[2], facts[:2], copy_of=arts[0].id)]  # no cues: unknown
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch(items[:2])
        store.add_batch(items[2:])

        def rows() -> list[list[tuple[object, ...]]]:
            return [sorted(tuple(r) for r in store.conn.execute(sql)) for sql in (
                "SELECT * FROM name_tallies",
                "SELECT * FROM name_stories UNION ALL SELECT * FROM name_stories_recent")]

        kept = rows()
        with migrations.transaction(store.conn):
            for table in ("name_tallies", "name_stories", "name_stories_recent"):
                store.conn.execute(f"DELETE FROM {table}")
            migrations.tally(store.conn, 0)
            migrations.tally_cues(store.conn, 0)
        assert rows() == kept
        assert (0, "Kesar", "", 9, 2, None) in kept[0]  # the copy's facts have no cues
        assert (1, "Pyaar Ki Dor", "Arjun Mehta", 1, 1, 0b0001) in kept[0]
        assert (2, "Kesar", "Meera", 4, 1, 0) in kept[0]  # the copy: one story
        assert (3, "Kesar", "Ekta Rao", 1, 1, 0) in kept[0]


def _facts_plan(store: SQLiteStore) -> str:
    """How SQLite reads ``facts(article_id=...)``: the plan's steps, joined."""
    sql = ("SELECT f.id FROM facts f JOIN articles a ON a.id = f.article_id "
           "WHERE a.id = ? AND f.id BETWEEN a.first_fact AND a.last_fact")
    return "; ".join(str(r[3]) for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", ("x",)))


def test_an_articles_facts_are_read_through_its_row(tmp_path: Path) -> None:
    """An article's row records the ids of its first and last facts (m018), its facts
    are read through them, by the facts' own key, with no index keyed by article:
    a batch's facts no longer fall on most leaves of one (a duplicate, and an article
    without facts, take no ids)."""
    one, two, bare, three = (Article.create(t) for t in (
        "Saath Chalenge tops the chart.", "Pyaar Ki Dor is second.", "No facts here.",
        "Kesar Ki Kahani is third."))
    rating = [Fact("rating", s, rank=r, confidence=0.9) for r, s in enumerate(
        ("Saath Chalenge", "Pyaar Ki Dor", "Kesar Ki Kahani", "Kesar Ki Kahani"), 1)]
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([Incoming(one, rating[:1]), Incoming(two, rating[1:2]),
                         Incoming(one, rating[:1]), Incoming(bare, [])])
        store.add_batch([Incoming(three, rating[2:])])
        ranges = {str(r[0]): (r[1], r[2]) for r in store.conn.execute(
            "SELECT id, first_fact, last_fact FROM articles")}
        assert ranges == {one.id: (1, 1), two.id: (2, 2), bare.id: (None, None),
                          three.id: (3, 4)}
        for art, want in ((one, [1]), (two, [2]), (bare, []), (three, [3, 4])):
            assert [sf.id for sf in store.facts(article_id=art.id)] == want
        assert not store.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'facts_article'").fetchone()
        assert "SCAN f" not in _facts_plan(store)  # the facts' key, not every fact


def test_the_fact_range_migration_fills_what_batches_record(tmp_path: Path) -> None:
    """A KB from before m018 (its facts found by the ``facts_article`` index) opens with
    every article's range as a batch records it, and without the index."""
    arts = [Article.create(f"Show {n} is number {n} this week.") for n in range(3)]
    facts = [[Fact("rating", f"Show {n}", rank=n + 1, confidence=0.9)] * (n + 1)
             for n in range(3)]
    path = tmp_path / "kb.db"
    with SQLiteStore(path) as store:
        store.add_batch([Incoming(a, f) for a, f in zip(arts, facts, strict=True)])
        recorded = store.conn.execute(
            "SELECT id, first_fact, last_fact FROM articles ORDER BY id").fetchall()
    conn = sqlite3.connect(path)  # back to the schema before m018
    conn.execute("CREATE INDEX facts_article ON facts (article_id)")
    for column in ("first_fact", "last_fact"):
        conn.execute(f"ALTER TABLE articles DROP COLUMN {column}")
    conn.execute("DELETE FROM _migrations WHERE name = 'm018_fact_ranges'")
    conn.commit()
    conn.close()
    with SQLiteStore(path) as store:
        assert [tuple(r) for r in store.conn.execute(
            "SELECT id, first_fact, last_fact FROM articles ORDER BY id")] == [
            tuple(r) for r in recorded]
        assert [len(store.facts(article_id=a.id)) for a in arts] == [1, 2, 3]
        assert not store.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'facts_article'").fetchone()
