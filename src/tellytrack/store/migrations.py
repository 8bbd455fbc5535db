"""Schema migrations for the SQLite store, sqlite-utils style.

Each migration is a function registered with :func:`migration`, in order. The
names of applied migrations are recorded in ``_migrations``, so opening a
knowledge base applies exactly the ones it has not seen yet, once. A change to
the schema is a new function at the end of the list, never an edit of an old
one: a database created last month must reach the same schema as a fresh one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    """Register ``fn`` as the next migration (its name is its identity)."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN ... COMMIT, or ROLLBACK on any exception.

    The store opens connections with ``isolation_level=None`` and uses this
    instead of ``with conn:``, because Python's implicit transactions do not
    cover DDL: a half-applied migration or batch must never be committed.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def apply(conn: sqlite3.Connection) -> list[str]:
    """Apply every registered migration not yet recorded; return the names applied.

    Each migration runs in its own transaction together with its record, so a
    failing migration leaves the database at the previous, consistent step.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    applied: list[str] = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with transaction(conn):
            fn(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(name)
    return applied


@migration
def m001_initial(conn: sqlite3.Connection) -> None:
    """Articles, their facts, and the resolved entities with their aliases."""
    conn.execute("""
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,            -- content hash (model.content_id)
            source_id TEXT,                 -- the id the input gave it
            url TEXT,
            outlet TEXT,
            published TEXT,                 -- ISO start date of PubDate
            precision TEXT CHECK (precision IN ('day', 'month', 'year')),
            title TEXT,
            text TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT 'en',
            origin TEXT,
            ingested_at TEXT NOT NULL,
            story_id TEXT NOT NULL,         -- own id, or the original's for a syndicated copy
            signature BLOB                  -- near-duplicate signature (ingest/dedup.py)
        )""")
    conn.execute("CREATE INDEX articles_published ON articles (published)")
    conn.execute("CREATE INDEX articles_story ON articles (story_id)")
    conn.execute("""
        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            type TEXT NOT NULL CHECK (type IN
                ('cast', 'cast_change', 'rating', 'event', 'relation', 'show_info')),
            show TEXT NOT NULL,
            actor TEXT, character TEXT, change TEXT, status TEXT,
            rank INTEGER, rating REAL, week TEXT,
            kind TEXT, characters TEXT NOT NULL DEFAULT '[]',  -- JSON list
            subject TEXT, relation TEXT, object TEXT,
            field TEXT, value TEXT,
            modality TEXT NOT NULL,
            confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
            evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT
        )""")
    conn.execute("CREATE INDEX facts_article ON facts (article_id)")
    conn.execute("CREATE INDEX facts_show_type ON facts (show, type)")
    conn.execute("""
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            show_id TEXT REFERENCES entities (id)
        )""")
    conn.execute("CREATE INDEX entities_kind ON entities (kind)")
    conn.execute("""
        CREATE TABLE aliases (
            entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            PRIMARY KEY (entity_id, alias)
        )""")
    conn.execute("CREATE INDEX aliases_alias ON aliases (alias)")


@migration
def m002_curation(conn: sqlite3.Connection) -> None:
    """Entity admission (status and why) and the curator's overrides (docs/kb.md)."""
    conn.execute("ALTER TABLE entities ADD COLUMN status TEXT NOT NULL DEFAULT 'confirmed'")
    conn.execute("ALTER TABLE entities ADD COLUMN evidence TEXT NOT NULL DEFAULT ''")
    conn.execute("""
        CREATE TABLE overrides (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL,           -- store.base.OVERRIDE_ACTIONS
            kind TEXT NOT NULL CHECK (kind IN ('show', 'person')),
            target TEXT NOT NULL,           -- a spelling of the entity acted on
            value TEXT,                     -- other spelling (merge, split) or new name
            created TEXT NOT NULL
        )""")


@migration
def m003_resolution_mark(conn: sqlite3.Connection) -> None:
    """The "needs resolution" mark: batches stored vs. batches resolved (store/base.py).

    A KB left by a crash before this mark existed (facts but no entities) starts
    marked, so the next command resolves it.
    """
    conn.execute("""
        CREATE TABLE resolution_mark (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            stored INTEGER NOT NULL,        -- batches stored with new articles, ever
            resolved INTEGER NOT NULL       -- the last of them a finished resolution saw
        )""")
    conn.execute("""
        INSERT INTO resolution_mark (id, stored, resolved)
        SELECT 1, EXISTS (SELECT 1 FROM facts) AND NOT EXISTS (SELECT 1 FROM entities), 0""")


@migration
def m004_stored_resolution(conn: sqlite3.Connection) -> None:
    """The stored resolution every read uses: where each written name resolves to
    (``names``) and each fact's resolved ids (``fact_entities``), so no read resolves.

    A KB that has facts was resolved without them: it is marked as needing
    resolution, so the next command that opens it fills them in once.
    """
    conn.execute("""
        CREATE TABLE names (
            kind TEXT NOT NULL,             -- show, person, person_in, character
            scope TEXT NOT NULL,            -- '' or the show id the name is read in
            key TEXT NOT NULL,              -- resolve.names.key of the written name
            entity_id TEXT NOT NULL,
            PRIMARY KEY (kind, scope, key)
        )""")
    conn.execute("""
        CREATE TABLE fact_entities (
            fact_id INTEGER PRIMARY KEY REFERENCES facts (id),
            show_id TEXT NOT NULL,
            actor_id TEXT,
            character_id TEXT
        )""")
    conn.execute("CREATE INDEX fact_entities_show ON fact_entities (show_id)")
    conn.execute("CREATE INDEX fact_entities_actor ON fact_entities (actor_id)")
    conn.execute("UPDATE resolution_mark SET stored = stored + 1 "
                 "WHERE EXISTS (SELECT 1 FROM facts)")


@migration
def m005_near_duplicate_bands(conn: sqlite3.Connection) -> None:
    """The LSH band keys of every signature, indexed (ingest/dedup.py): a new article's
    near-duplicate candidates are looked up here instead of an in-memory index.

    A band key is (band, the band's 5 hash values): bytes 14 + 20 * band to
    33 + 20 * band of the signature (1-based, as substr counts), mirroring
    ``dedup.band_keys`` (a test checks they agree), so stored articles are filed here.
    """
    conn.execute("""
        CREATE TABLE near_duplicate_bands (
            band INTEGER NOT NULL,          -- 0 .. dedup.BANDS - 1
            hashes BLOB NOT NULL,           -- the band's hash values, as in the signature
            article_id TEXT NOT NULL REFERENCES articles (id),
            PRIMARY KEY (band, hashes, article_id)
        ) WITHOUT ROWID""")
    conn.execute("""
        WITH RECURSIVE bands (band) AS (SELECT 0 UNION ALL SELECT band + 1 FROM bands
                                        WHERE band < 24)
        INSERT INTO near_duplicate_bands (band, hashes, article_id)
        SELECT band, substr(signature, 14 + 20 * band, 20), id
        FROM articles, bands WHERE length(signature) = 525""")


@migration
def m005_name_index(conn: sqlite3.Connection) -> None:
    """The persistent name index an incremental resolution reads: each stored name's
    blocking keys (``name_blocks``), and indexes to find names by key, entity and scope.

    A KB that has facts is marked and its facts unlinked, so the next command
    resolves it afresh once and fills the blocks in.
    """
    conn.execute("""
        CREATE TABLE name_blocks (
            kind TEXT NOT NULL,             -- show or person
            block TEXT NOT NULL,            -- a blocking key (resolve/names.py)
            key TEXT NOT NULL,              -- the exact key of a stored name
            PRIMARY KEY (kind, block, key)
        )""")
    conn.execute("CREATE INDEX names_key ON names (kind, key)")
    conn.execute("CREATE INDEX names_entity ON names (entity_id)")
    conn.execute("CREATE INDEX names_scope ON names (scope)")
    conn.execute("DELETE FROM fact_entities")  # every fact unlinked: resolved afresh
    conn.execute("UPDATE resolution_mark SET stored = stored + 1 "
                 "WHERE EXISTS (SELECT 1 FROM facts)")


@migration
def m006_entity_show_index(conn: sqlite3.Connection) -> None:
    """Find a show's characters by index: a page reads its own entities, never the table."""
    conn.execute("CREATE INDEX entities_show ON entities (show_id)")


@migration
def m007_show_counts(conn: sqlite3.Connection) -> None:
    """What a listing shows of each show, kept by the store (``Store.show_counts``): its
    linked facts, their articles and latest date ("YYYY-MM-DD precision", which sorts as
    ``PubDate`` does), and the facts giving each show-info value. Filled here from the
    links already stored; every later link write refreshes the shows it touches."""
    conn.execute("""
        CREATE TABLE show_counts (
            show_id TEXT PRIMARY KEY,
            facts INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            latest TEXT                     -- greatest published || ' ' || precision
        )""")
    conn.execute("""
        CREATE TABLE show_info_counts (
            show_id TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            facts INTEGER NOT NULL,
            PRIMARY KEY (show_id, field, value)
        )""")
    conn.execute("""
        INSERT INTO show_counts (show_id, facts, articles, latest)
        SELECT l.show_id, count(*), count(DISTINCT f.article_id),
               max(a.published || ' ' || a.precision)
        FROM fact_entities l JOIN facts f ON f.id = l.fact_id
        JOIN articles a ON a.id = f.article_id GROUP BY l.show_id""")
    conn.execute("""
        INSERT INTO show_info_counts (show_id, field, value, facts)
        SELECT l.show_id, f.field, f.value, count(*)
        FROM fact_entities l JOIN facts f ON f.id = l.fact_id
        WHERE f.type = 'show_info' AND f.field IS NOT NULL AND f.value <> ''
        GROUP BY l.show_id, f.field, f.value""")


@migration
def m008_claim_dates(conn: sqlite3.Connection) -> None:
    """Each cast-change claim's latest report date, kept beside the show counts
    (``Store.claim_dates``): the home page finds the claims that moved last by index."""
    conn.execute("""
        CREATE TABLE claim_dates (
            show_id TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            change TEXT NOT NULL,
            latest TEXT,                    -- greatest published || ' ' || precision
            PRIMARY KEY (show_id, actor_id, change)
        )""")
    conn.execute("""
        INSERT INTO claim_dates (show_id, actor_id, change, latest)
        SELECT l.show_id, l.actor_id, f.change, max(a.published || ' ' || a.precision)
        FROM fact_entities l JOIN facts f ON f.id = l.fact_id
        JOIN articles a ON a.id = f.article_id WHERE f.type = 'cast_change'
        AND l.actor_id IS NOT NULL AND f.change <> '' AND f.status <> ''
        GROUP BY l.show_id, l.actor_id, f.change""")


@migration
def m009_kb_version(conn: sqlite3.Connection) -> None:
    """The knowledge base's version (``Store.version``), raised by every write."""
    conn.execute("CREATE TABLE kb_version (id INTEGER PRIMARY KEY CHECK (id = 1), "
                 "n INTEGER NOT NULL)")
    conn.execute("INSERT INTO kb_version (id, n) VALUES (1, 0)")


@migration
def m010_person_counts(conn: sqlite3.Connection) -> None:
    """What the people listing shows of each person, kept by the store like the show
    counts (``Store.person_counts``): the cast facts linked to them, their articles, the
    latest date, and the shows those facts are about."""
    conn.execute("""
        CREATE TABLE person_counts (
            person_id TEXT PRIMARY KEY,
            facts INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            latest TEXT                     -- greatest published || ' ' || precision
        )""")
    conn.execute("""
        CREATE TABLE person_shows (
            person_id TEXT NOT NULL,
            show_id TEXT NOT NULL,
            PRIMARY KEY (person_id, show_id)
        )""")
    conn.execute("""
        INSERT INTO person_counts (person_id, facts, articles, latest)
        SELECT l.actor_id, count(*), count(DISTINCT f.article_id),
               max(a.published || ' ' || a.precision)
        FROM fact_entities l JOIN facts f ON f.id = l.fact_id
        JOIN articles a ON a.id = f.article_id
        WHERE f.type IN ('cast', 'cast_change') AND l.actor_id IS NOT NULL
        GROUP BY l.actor_id""")
    conn.execute("""
        INSERT INTO person_shows (person_id, show_id)
        SELECT DISTINCT l.actor_id, l.show_id FROM fact_entities l
        JOIN facts f ON f.id = l.fact_id
        WHERE f.type IN ('cast', 'cast_change') AND l.actor_id IS NOT NULL""")


# The names each fact with an id above ``?`` writes, one row per naming (kind, show,
# name, story): 0 its show (name ''), 1 its actor, 2 each character it names (a cast
# role, an event's participants, a relation's ends), 3 its producer; the store keeps
# their counts (``name_tallies``, ``name_stories``), added to with each batch.
NAMINGS = """
    WITH hf AS MATERIALIZED (SELECT f.show, f.type, f.actor, f.character, f.characters,
        f.subject, f.object, f.field, f.value, a.story_id AS story FROM facts f
        JOIN articles a ON a.id = f.article_id
        WHERE f.id > ? AND f.show IS NOT NULL AND f.show != '')
    SELECT 0 AS k, show, '' AS name, story FROM hf
    UNION ALL SELECT 1, show, actor, story FROM hf
        WHERE type IN ('cast', 'cast_change') AND actor != ''
    UNION ALL SELECT 2, show, character, story FROM hf
        WHERE type IN ('cast', 'cast_change') AND character != ''
    UNION ALL SELECT 2, hf.show, j.value, hf.story FROM hf, json_each(hf.characters) j
        WHERE hf.type = 'event' AND j.value != ''
    UNION ALL SELECT 2, show, subject, story FROM hf WHERE type = 'relation' AND subject != ''
    UNION ALL SELECT 2, show, object, story FROM hf WHERE type = 'relation' AND object != ''
    UNION ALL SELECT 3, show, value, story FROM hf
        WHERE type = 'show_info' AND field = 'producer' AND value != ''"""

# Add the namings of the facts with an id above ``?`` to the kept counts: the stories a
# name is new in are counted before they are filed.
TALLY = (
    "CREATE TEMP TABLE IF NOT EXISTS batch_namings "
    "(k INTEGER, show TEXT, name TEXT, story TEXT, n INTEGER)",
    "DELETE FROM temp.batch_namings",
    f"INSERT INTO temp.batch_namings SELECT k, show, name, story, count(*) FROM ({NAMINGS}) "
    "GROUP BY k, show, name, story",
    "INSERT INTO name_tallies (k, show, name, n, stories) "
    "SELECT b.k, b.show, b.name, sum(b.n), sum(NOT EXISTS (SELECT 1 FROM name_stories s "
    "WHERE s.k = b.k AND s.show = b.show AND s.name = b.name AND s.story = b.story)) "
    "FROM temp.batch_namings b WHERE true GROUP BY b.k, b.show, b.name "
    "ON CONFLICT (k, show, name) DO UPDATE SET n = n + excluded.n, "
    "stories = stories + excluded.stories",
    "INSERT OR IGNORE INTO name_stories (k, show, name, story) "
    "SELECT k, show, name, story FROM temp.batch_namings",
    "DELETE FROM temp.batch_namings")


def tally(conn: sqlite3.Connection, after: int) -> None:
    """Add the namings of the facts with an id above ``after`` to the kept counts, read
    back from the facts: the plain form of what a batch adds from the facts in hand
    (``SQLiteStore._tally``; a test compares the two)."""
    for sql in TALLY:
        conn.execute(sql, (after,) if "?" in sql else ())


@migration
def m011_name_tallies(conn: sqlite3.Connection) -> None:
    """The name counts a resolution reads instead of the facts (docs/kb.md, "Cost"):
    per written name (kind, show, name) its namings and independent stories
    (``name_tallies``), the stories themselves (``name_stories``, read only for the
    union of an entity's spellings), and each written (show, actor, character) triple's
    stored links (``name_groups``), which a resolution relinks by spelling. Filled from
    the facts and links already stored."""
    conn.execute("""
        CREATE TABLE name_tallies (
            k INTEGER NOT NULL,             -- 0 show, 1 actor, 2 character, 3 producer
            show TEXT NOT NULL,             -- the show as written
            name TEXT NOT NULL,             -- the name as written ('' for a show)
            n INTEGER NOT NULL,             -- namings
            stories INTEGER NOT NULL,       -- independent stories (name_stories rows)
            PRIMARY KEY (k, show, name)
        ) WITHOUT ROWID""")
    conn.execute("""
        CREATE TABLE name_stories (
            k INTEGER NOT NULL,
            show TEXT NOT NULL,
            name TEXT NOT NULL,
            story TEXT NOT NULL,            -- articles.story_id
            PRIMARY KEY (k, show, name, story)
        ) WITHOUT ROWID""")
    conn.execute("""
        CREATE TABLE name_groups (
            show TEXT NOT NULL,
            actor TEXT NOT NULL,            -- '' when the facts name no actor
            character TEXT NOT NULL,        -- '' when they name no character
            show_id TEXT NOT NULL,
            actor_id TEXT,
            character_id TEXT,
            PRIMARY KEY (show, actor, character)
        )""")
    conn.execute("CREATE INDEX name_groups_show ON name_groups (show_id)")
    conn.execute("CREATE INDEX name_groups_actor ON name_groups (actor_id)")
    tally(conn, 0)
    conn.execute("""
        INSERT INTO name_groups (show, actor, character, show_id, actor_id, character_id)
        SELECT f.show, coalesce(f.actor, ''), coalesce(f.character, ''), max(l.show_id),
               max(l.actor_id), max(l.character_id)
        FROM facts f JOIN fact_entities l ON l.fact_id = f.id
        GROUP BY 1, 2, 3""")


@migration
def m012_recent_bands(conn: sqlite3.Connection) -> None:
    """The near-duplicate band keys of the articles stored since the last filing
    (docs/store.md): a batch files its keys in this small table, whose pages stay in
    the cache, and they move to ``near_duplicate_bands`` in key order once it is full,
    so the big table's scattered pages are written once a move, not once a batch.
    Lookups read both."""
    conn.execute("""
        CREATE TABLE near_duplicate_recent (
            band INTEGER NOT NULL,
            hashes BLOB NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles (id),
            PRIMARY KEY (band, hashes, article_id)
        ) WITHOUT ROWID""")


# The title blocks the length band replaced: a title's first or last three soft letters.
UNBANDED_TITLE_BLOCKS = "kind = 'show' AND (block LIKE 't:p:%' OR block LIKE 't:q:%')"


@migration
def m013_title_length_bands(conn: sqlite3.Connection) -> None:
    """The title blocks of a title's first or last soft letters gain a length band
    (``resolve/names.py``, ``TITLE_BAND_RATIO``: a block held every title with those
    letters): those rows are dropped and every stored show spelling's blocks filed again.
    A name's blocking keys are the resolver's rule, so this migration asks the resolver
    for them (imported here: the store otherwise never computes a key)."""
    from tellytrack.resolve.incremental import show_block_rows

    conn.execute(f"DELETE FROM name_blocks WHERE {UNBANDED_TITLE_BLOCKS}")
    spellings = [str(r[0]) for r in conn.execute(
        "SELECT DISTINCT a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id "
        "WHERE e.kind = 'show' ORDER BY 1")]
    conn.executemany("INSERT OR IGNORE INTO name_blocks (kind, block, key) VALUES (?, ?, ?)",
                     show_block_rows(spellings))


# The typing cues of the facts with an id above ``?`` (given twice) per tally name (0 a show, 1 an
# actor; resolve/cues.py): the OR of their bits (a fact's low four for its show, the
# next four for its actor), NULL when one of those facts was stored without its cue.
CUES = """
    SELECT k, show, name, CASE WHEN count(bits) < count(*) THEN NULL
        ELSE max(bits & 1) | max(bits & 2) | max(bits & 4) | max(bits & 8) END AS cues
    FROM (SELECT 0 AS k, show, '' AS name, cue & 15 AS bits FROM facts
          WHERE id > ? AND show IS NOT NULL AND show != ''
          UNION ALL SELECT 1, show, actor, cue >> 4 FROM facts
          WHERE id > ? AND show IS NOT NULL AND show != ''
          AND type IN ('cast', 'cast_change') AND actor != '')
    GROUP BY k, show, name"""
# Add those cues to the kept tallies (a NULL stays NULL: unknown once, unknown for good).
TALLY_CUES = f"""
    UPDATE name_tallies SET cues = name_tallies.cues | c.cues FROM ({CUES}) c
    WHERE name_tallies.k = c.k AND name_tallies.show = c.show AND name_tallies.name = c.name"""


def tally_cues(conn: sqlite3.Connection, after: int) -> None:
    """Add the typing cues of the facts with an id above ``after`` to the kept tallies
    (after ``tally``, which files their names)."""
    conn.execute(TALLY_CUES, (after, after))


# Facts whose typing cue the migration computes at a time.
CUE_FILL_STEP = 10_000


@migration
def m014_typing_cues(conn: sqlite3.Connection) -> None:
    """Each fact's typing cue (``facts.cue``: whether its sentence writes its show or
    actor, resolve/cues.py) and its OR per kept name tally (``name_tallies.cues``), so a
    resolution reads a tally's bits instead of the sentences. Filled for the facts
    already stored; the cue is the resolver's rule, so it is imported here."""
    from tellytrack.resolve.cues import cue_bits

    conn.execute("ALTER TABLE facts ADD COLUMN cue INTEGER")
    conn.execute("ALTER TABLE name_tallies ADD COLUMN cues INTEGER DEFAULT 0")
    last = 0
    while rows := conn.execute(  # a range of ids at a time: memory stays flat
            "SELECT id, type, show, actor, confidence, evidence_text FROM facts WHERE id > ? "
            "ORDER BY id LIMIT ?", (last, CUE_FILL_STEP)).fetchall():
        conn.executemany("UPDATE facts SET cue = ? WHERE id = ?",
                         [(cue_bits(*r[1:]), r[0]) for r in rows])
        last = rows[-1][0]
    tally_cues(conn, 0)


@migration
def m015_kept_names(conn: sqlite3.Connection) -> None:
    """What admission weighs across the KB, kept by key (store/base.py ``KeptNames``;
    docs/kb.md, "Admission"): the names each entity holds with its stories
    (``kept_holders``) and the words admission looks up (``kept_words``: titles, typed
    people's full names and first names, producers). A resolution writes them with the
    entities. Left empty here: they are admission's own result, so a KB resolved before
    them gets them from its next resolution, which is a rebuild
    (``Store.keeps_names``)."""
    conn.execute("""
        CREATE TABLE kept_holders (
            key TEXT NOT NULL,              -- the exact key of a name the entity holds
            entity_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            stories INTEGER NOT NULL,       -- the entity's independent stories
            name TEXT NOT NULL,             -- its canonical name
            show_id TEXT,                   -- a character's show
            PRIMARY KEY (key, entity_id)
        ) WITHOUT ROWID""")
    conn.execute("CREATE INDEX kept_holders_entity ON kept_holders (entity_id)")
    conn.execute("CREATE INDEX kept_holders_show ON kept_holders (show_id)")
    conn.execute("""
        CREATE TABLE kept_words (
            what TEXT NOT NULL,             -- title, person, first, producer
            key TEXT NOT NULL,
            entity_id TEXT NOT NULL,        -- '' for a producer
            PRIMARY KEY (what, key, entity_id)
        ) WITHOUT ROWID""")
    conn.execute("CREATE INDEX kept_words_entity ON kept_words (entity_id)")


# Band rows m016 numbers at a time (memory stays flat).
BAND_STEP = 50_000


@migration
def m016_band_numbers(conn: sqlite3.Connection) -> None:
    """The near-duplicate band keys filed as two integers (docs/store.md): each band key
    by its number (``store.base.band_number``, a 64-bit hash of band and hash values)
    and each article by a number of its own (``near_duplicate_articles``), where a row
    held the band, 20 bytes of hash values and a 16-character article id. The table is
    a third of the size, so a batch's 25,000 lookups find its pages in the cache. The
    stored keys are numbered and filed in key order, each table's in its new twin (the
    recent ones move when they would have); an article's number follows the order it
    was stored in."""
    from tellytrack.store.base import band_numbers

    conn.execute("""
        CREATE TABLE near_duplicate_articles (
            n INTEGER PRIMARY KEY,          -- the article's number in the band tables
            article_id TEXT NOT NULL REFERENCES articles (id)
        )""")
    conn.execute("INSERT INTO near_duplicate_articles (article_id) "
                 "SELECT id FROM articles ORDER BY rowid")
    for table in ("near_duplicate_keys", "near_duplicate_recent_keys"):
        conn.execute(f"""
            CREATE TABLE {table} (
                key INTEGER NOT NULL,       -- store.base.band_number of the band key
                article INTEGER NOT NULL REFERENCES near_duplicate_articles (n),
                PRIMARY KEY (key, article)
            ) WITHOUT ROWID""")
    conn.execute("CREATE TEMP TABLE article_numbers (article_id TEXT PRIMARY KEY, n INTEGER)")
    conn.execute("INSERT INTO temp.article_numbers SELECT article_id, n "
                 "FROM near_duplicate_articles")
    for old, new in (("near_duplicate_bands", "near_duplicate_keys"),
                     ("near_duplicate_recent", "near_duplicate_recent_keys")):
        conn.execute("CREATE TEMP TABLE numbered (key INTEGER, article INTEGER)")
        rows = conn.execute(  # numbered a chunk at a time (band_numbers), then filed in order
            f"SELECT b.band, b.hashes, m.n FROM {old} b JOIN temp.article_numbers m "
            "ON m.article_id = b.article_id "
            "WHERE length(b.hashes) = 20")  # (a key of another size was never dedup's)
        while chunk := rows.fetchmany(BAND_STEP):
            numbers = band_numbers([(band, bytes(hashes)) for band, hashes, _ in chunk])
            conn.executemany("INSERT INTO temp.numbered (key, article) VALUES (?, ?)",
                             zip(numbers, (r[2] for r in chunk), strict=True))
        conn.execute(f"INSERT OR IGNORE INTO {new} (key, article) "
                     "SELECT key, article FROM temp.numbered ORDER BY key, article")
        conn.execute("DROP TABLE temp.numbered")
    conn.execute("DROP TABLE temp.article_numbers")
    conn.execute("DROP TABLE near_duplicate_bands")
    conn.execute("DROP TABLE near_duplicate_recent")


@migration
def m017_recent_name_stories(conn: sqlite3.Connection) -> None:
    """The name stories of the batches stored since the last move (docs/store.md): a
    batch files its new (name, story) rows in this small table, whose pages stay in the
    cache, and they move to ``name_stories`` in key order once it is full. A batch's
    7,000 rows fell on nearly every page of ``name_stories`` (3,392 of its 3,836 pages
    at 45,000 articles: 40 % of what a batch's commit wrote), a move writes each page
    once. ``Store.story_count`` and the next batches' tallies read both."""
    conn.execute("""
        CREATE TABLE name_stories_recent (
            k INTEGER NOT NULL,
            show TEXT NOT NULL,
            name TEXT NOT NULL,
            story TEXT NOT NULL,
            PRIMARY KEY (k, show, name, story)
        ) WITHOUT ROWID""")


@migration
def m018_fact_ranges(conn: sqlite3.Connection) -> None:
    """An article's facts found through its row (docs/store.md): ``first_fact`` and
    ``last_fact``, the ids of its first and last facts (a batch inserts an article's
    facts together, so they are the ids between), in place of the ``facts_article``
    index. That index was keyed by the article's hash id, random, so a batch's 7,000
    facts fell on most of its leaves (1,464 of the 6,760 pages a batch's commit wrote at
    95,000 articles); the article's row is written anyway. The ranges are filled from
    the index before it is dropped."""
    for column in ("first_fact", "last_fact"):
        conn.execute(f"ALTER TABLE articles ADD COLUMN {column} INTEGER")
    conn.execute("""
        UPDATE articles SET first_fact = r.lo, last_fact = r.hi
        FROM (SELECT article_id, min(id) AS lo, max(id) AS hi FROM facts
              GROUP BY article_id) AS r
        WHERE r.article_id = articles.id""")
    conn.execute("DROP INDEX facts_article")


@migration
def m019_recent_band_rows(conn: sqlite3.Connection) -> None:
    """The recent band numbers one row an article (docs/store.md, store/recent_bands.py):
    its article number and its distinct band numbers packed in one blob, where 25 rows
    an article sat in a B-tree keyed by number, each insert a descent and a
    foreign-key check. The recent keys are packed per article and their table dropped;
    they move to ``near_duplicate_keys`` when they would have."""
    from tellytrack.store.recent_bands import pack

    conn.execute("""
        CREATE TABLE near_duplicate_recent_articles (
            article INTEGER PRIMARY KEY REFERENCES near_duplicate_articles (n),
            numbers BLOB NOT NULL           -- its band numbers (recent_bands.pack)
        )""")
    numbers: dict[int, list[int]] = {}
    for key, article in conn.execute("SELECT key, article FROM near_duplicate_recent_keys"):
        numbers.setdefault(int(article), []).append(int(key))
    conn.executemany("INSERT INTO near_duplicate_recent_articles (article, numbers) "
                     "VALUES (?, ?)", [(a, pack(ns)) for a, ns in sorted(numbers.items())])
    conn.execute("DROP TABLE near_duplicate_recent_keys")
