"""The default knowledge-base backend: one SQLite file.

WAL mode lets the web server read while an ingest writes; foreign keys are on
so a fact can never point at a missing article; the schema comes from the
registered migrations in ``store/migrations.py``. Nothing is ever overwritten:
an article id that is already stored is skipped and counted as a duplicate.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence, Set
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from operator import attrgetter
from pathlib import Path
from typing import Any

from tellytrack.model import FACT_FIELDS, Article, Entity, EntityKind, Evidence, Fact, PubDate
from tellytrack.model import Precision as DatePrecision
from tellytrack.store import migrations, recent_bands
from tellytrack.store.base import (
    NO_KEPT_NAMES,
    BandKey,
    BatchNamings,
    BatchResult,
    BlockRow,
    ClaimDate,
    FactLink,
    GroupLink,
    HolderRow,
    Incoming,
    KeptNames,
    LinkGroup,
    NameCounts,
    NameRow,
    Override,
    PersonCounts,
    ResolutionChange,
    ShowCounts,
    StoredFact,
    TallyKey,
    WordRow,
    batch_namings,
    count_deltas,
    dated,
    filed_numbers,
    found_by_key,
    holder_changes,
    kept_characters,
    numbered,
)
from tellytrack.store.checkpoint import WAL_SIZE_LIMIT, Checkpointer

# Fact fields stored as plain columns (evidence and characters need conversion).
_PLAIN = tuple(f for f in FACT_FIELDS if f not in ("evidence", "characters"))
_PLAIN_OF = attrgetter(*_PLAIN)  # a fact's plain fields as one tuple, in one C call
_FACT_COLUMNS = ("id", "article_id", *_PLAIN, "characters", "evidence_start", "evidence_end",
                 "evidence_text", "cue")
_INSERT_FACT = (f"INSERT INTO facts ({', '.join(_FACT_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in _FACT_COLUMNS)})")
_ARTICLE_COLUMNS = ("id", "source_id", "url", "outlet", "published", "precision", "title",
                    "text", "lang", "origin", "ingested_at", "story_id", "signature",
                    "first_fact", "last_fact")
_INSERT_ARTICLE = (f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) "
                   f"VALUES ({', '.join('?' for _ in _ARTICLE_COLUMNS)})")
_INSERT_NUMBER = "INSERT INTO near_duplicate_articles (n, article_id) VALUES (?, ?)"
_INSERT_RECENT = "INSERT INTO near_duplicate_recent_articles (article, numbers) VALUES (?, ?)"
# Band keys (number, article) the recent articles file before they move to
# near_duplicate_keys (10,000 articles' worth, about 2 MB): each move writes the big
# table's pages once, where every batch did; small enough to stay in the page cache.
RECENT_BANDS = 250_000
# Name stories (``name_stories_recent``) held before they move to ``name_stories``: about
# 10,000 articles' worth (7 a synthetic article), 5 MB, as the recent band keys.
RECENT_STORIES = 70_000
# Recount the listing counts (``Store.show_counts``) of the shows ``{shows}`` selects.
_RECOUNT = (
    "INSERT INTO show_counts (show_id, facts, articles, latest) "
    "SELECT l.show_id, count(*), count(DISTINCT f.article_id), "
    "max(a.published || ' ' || a.precision) FROM fact_entities l "
    "JOIN facts f ON f.id = l.fact_id JOIN articles a ON a.id = f.article_id "
    "WHERE {shows} GROUP BY l.show_id",
    "INSERT INTO show_info_counts (show_id, field, value, facts) "
    "SELECT l.show_id, f.field, f.value, count(*) FROM fact_entities l "
    "JOIN facts f ON f.id = l.fact_id WHERE f.type = 'show_info' AND f.field IS NOT NULL "
    "AND f.value <> '' AND {shows} GROUP BY l.show_id, f.field, f.value",
    "INSERT INTO claim_dates (show_id, actor_id, change, latest) "
    "SELECT l.show_id, l.actor_id, f.change, max(a.published || ' ' || a.precision) "
    "FROM fact_entities l JOIN facts f ON f.id = l.fact_id "
    "JOIN articles a ON a.id = f.article_id WHERE f.type = 'cast_change' "
    "AND l.actor_id IS NOT NULL AND f.change <> '' AND f.status <> '' AND {shows} "
    "GROUP BY l.show_id, l.actor_id, f.change")
# Recount the people listing's counts (``Store.person_counts``) of the people ``{people}``
# selects.
_RECOUNT_PEOPLE = (
    "INSERT INTO person_counts (person_id, facts, articles, latest) "
    "SELECT l.actor_id, count(*), count(DISTINCT f.article_id), "
    "max(a.published || ' ' || a.precision) FROM fact_entities l "
    "JOIN facts f ON f.id = l.fact_id JOIN articles a ON a.id = f.article_id "
    "WHERE f.type IN ('cast', 'cast_change') AND l.actor_id IS NOT NULL AND {people} "
    "GROUP BY l.actor_id",
    "INSERT INTO person_shows (person_id, show_id) "
    "SELECT DISTINCT l.actor_id, l.show_id FROM fact_entities l "
    "JOIN facts f ON f.id = l.fact_id "
    "WHERE f.type IN ('cast', 'cast_change') AND l.actor_id IS NOT NULL AND {people}")
# The new facts' links (fact ids: a JSON list, each as often as written) as the listing
# counts read them (``store.base.count_deltas``), read in one join through the two
# tables' integer keys, then their articles' dates once an article (``_DATES``,
# ``store.base.dated``): their increments are summed in Python and written once a key
# (``SQLiteStore._add_counts``), where five statements each joined the same links to
# their facts and articles again.
_NEW_LINKS = (
    "SELECT l.show_id, l.actor_id, f.type, f.field, f.value, f.change, f.status, "
    "f.article_id FROM json_each(?) j "
    "CROSS JOIN fact_entities l ON l.fact_id = j.value JOIN facts f ON f.id = l.fact_id")
_DATES = ("SELECT a.id, a.published || ' ' || a.precision FROM json_each(?) j "
          "CROSS JOIN articles a ON a.id = j.value")
_LATER = ("latest = CASE WHEN latest IS NULL OR excluded.latest > latest "
          "THEN excluded.latest ELSE latest END")
_ADD_SHOW = ("INSERT INTO show_counts (show_id, facts, articles, latest) VALUES (?, ?, ?, ?) "
             "ON CONFLICT (show_id) DO UPDATE SET facts = facts + excluded.facts, "
             f"articles = articles + excluded.articles, {_LATER}")
_ADD_INFO = ("INSERT INTO show_info_counts (show_id, field, value, facts) VALUES (?, ?, ?, ?) "
             "ON CONFLICT (show_id, field, value) DO UPDATE SET facts = facts + excluded.facts")
_ADD_CLAIM = ("INSERT INTO claim_dates (show_id, actor_id, change, latest) VALUES (?, ?, ?, ?) "
              f"ON CONFLICT (show_id, actor_id, change) DO UPDATE SET {_LATER}")
_ADD_PERSON = ("INSERT INTO person_counts (person_id, facts, articles, latest) "
               "VALUES (?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET "
               f"facts = facts + excluded.facts, articles = articles + excluded.articles, {_LATER}")
_ADD_PERSON_SHOW = "INSERT OR IGNORE INTO person_shows (person_id, show_id) VALUES (?, ?)"
# A tally key (kind, show, name) given as a JSON list ``j.value`` matches table ``{t}``.
_KEY_IS = ("{t}.k = json_extract(j.value, '$[0]') AND {t}.show = json_extract(j.value, '$[1]') "
           "AND {t}.name = json_extract(j.value, '$[2]')")
# The indexes in the JSON list ``?`` of the (kind, show, name, story) rows a name story
# table holds (``SQLiteStore._tally``).
_FILED_STORIES = (
    "SELECT j.key FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM name_stories s WHERE "
    f"{_KEY_IS.format(t='s')} AND s.story = json_extract(j.value, '$[3]')) OR EXISTS "
    f"(SELECT 1 FROM name_stories_recent s WHERE {_KEY_IS.format(t='s')} "
    "AND s.story = json_extract(j.value, '$[3]'))")
# A name's namings, new stories and typing cues added to its kept tally (a NULL cue stays
# NULL: unknown once, unknown for good; a new character's or producer's is 0).
_ADD_TALLY = ("INSERT INTO name_tallies (k, show, name, n, stories, cues) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (k, show, name) DO UPDATE SET "
              "n = n + excluded.n, stories = stories + excluded.stories, "
              "cues = cues | excluded.cues")
_INSERT_STORY = "INSERT INTO name_stories_recent (k, show, name, story) VALUES (?, ?, ?, ?)"
_INSERT_GROUP = ("INSERT OR REPLACE INTO name_groups (show, actor, character, show_id, actor_id, "
                 "character_id) VALUES (?, ?, ?, ?, ?, ?)")
# ``Store.show_counts`` orders; "latest" sorts by the date as ``PubDate.iso`` writes it.
_ISO_LATEST = ("CASE substr(c.latest, 12) WHEN 'day' THEN substr(c.latest, 1, 10) "
               "WHEN 'month' THEN substr(c.latest, 1, 7) WHEN 'year' THEN substr(c.latest, 1, 4) "
               "ELSE '' END")
_SHOW_ORDER = {"facts": "c.facts DESC, e.name, c.show_id",
               "latest": f"{_ISO_LATEST} DESC, c.facts DESC, e.name, c.show_id"}
_BUMP = "UPDATE kb_version SET n = n + 1"  # in every write's transaction (Store.version)
_INSERT_HOLDER = ("INSERT OR REPLACE INTO kept_holders (key, entity_id, kind, stories, name, "
                  "show_id) VALUES (?, ?, ?, ?, ?, ?)")
_INSERT_WORD = "INSERT OR IGNORE INTO kept_words (what, key, entity_id) VALUES (?, ?, ?)"
CHUNK = 500  # values bound in one IN (...) list, far below SQLite's variable limit
# Entities whose kept names a resolution swaps at a time (one JSON list a read): their
# stored rows are not all held at once (a 5,000-article resolution writes 20,000)
KEPT_CHUNK = 5_000
_FACT_SELECT = """
    SELECT f.*, a.published, a.precision, a.outlet, a.url, a.title, a.story_id,
           l.show_id, l.actor_id, l.character_id
    FROM facts f JOIN articles a ON a.id = f.article_id
    LEFT JOIN fact_entities l ON l.fact_id = f.id"""


class SQLiteStore:
    """A :class:`~tellytrack.store.base.Store` in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # isolation_level=None: transactions are explicit (migrations.transaction);
        # check_same_thread=False: the web server reads from its worker threads.
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL, much faster commits
        self.conn.execute("PRAGMA busy_timeout = 5000")
        # 64 MB of pages (SQLite's default is 2 MB): a batch's inserts land all over the
        # facts', bands' and name counts' indexes; a bounded cache, so memory stays flat
        self.conn.execute("PRAGMA cache_size = -65536")
        # checkpoints by a thread, not in a commit (store/checkpoint.py)
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")
        self.conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        self._checkpoints = Checkpointer(self.path)
        self.recent_bands = RECENT_BANDS
        self._sorted = recent_bands.Sorted()  # the recent band numbers as last read
        self.recent_stories = RECENT_STORIES
        migrations.apply(self.conn)

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction (``migrations.transaction``); after its commit the WAL
        is checkpointed off this thread once it has grown enough."""
        with migrations.transaction(self.conn):
            yield
        self._checkpoints.committed()

    def add_batch(self, items: Sequence[Incoming]) -> BatchResult:
        """Store every new article of ``items`` with its facts in ONE transaction.

        Set at a time: which articles are stored already is one query, and the
        articles, facts and band keys are three statements for the whole batch (at
        95,000 synthetic articles four statements an article cost about 0.1 ms of it);
        the facts' ids are those one article at a time gives (the same order), each
        article's the ids from its row's ``first_fact`` to its ``last_fact`` (m018)."""
        result = BatchResult()
        stories: dict[str, str] = {}  # story ids of articles added in this batch
        added: list[tuple[str, Sequence[Fact], Sequence[int] | None]] = []  # for the tallies
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._write():
            stored = self.stored_articles([item.article.id for item in items])
            articles: list[tuple[Any, ...]] = []
            facts: list[tuple[Any, ...]] = []
            numbers: list[tuple[int, str]] = []  # the new articles' numbers in the band tables
            recent: list[tuple[int, bytes]] = []  # their band numbers (recent_bands.pack)
            last = int(self.conn.execute(
                "SELECT coalesce(max(n), 0) FROM near_duplicate_articles").fetchone()[0])
            fact_id = int(self.conn.execute(  # the last fact's id: the next follow it
                "SELECT coalesce(max(id), 0) FROM facts").fetchone()[0])
            for item, filed in zip(items, filed_numbers(items), strict=True):
                article = item.article
                if article.id in stories or article.id in stored:
                    result.duplicate += 1
                    continue
                story = article.id
                if item.copy_of is not None:
                    story = stories.get(item.copy_of) or self._story_of(item.copy_of)
                    result.syndicated += 1
                stories[article.id] = story
                added.append((story, item.facts, item.cues))
                articles.append(_article_row(item, story, now, fact_id, len(item.facts)))
                facts += _fact_rows(article.id, item, fact_id + 1)
                fact_id += len(item.facts)
                if filed:
                    last += 1
                    numbers.append((last, article.id))
                    recent.append((last, recent_bands.pack(filed)))
                result.new += 1
                result.facts += len(item.facts)
                result.new_ids.append(article.id)
            known = self._stories_held(set(stories.values()))  # before the batch's articles
            self.conn.executemany(_INSERT_ARTICLE, articles)
            self.conn.executemany(_INSERT_FACT, facts)
            self.conn.executemany(_INSERT_NUMBER, numbers)
            self.conn.executemany(_INSERT_RECENT, recent)
            if result.facts:  # the name counts move with the facts they count
                self._tally(batch_namings(added), known)
            if result.new:
                self._move_recent_bands()
            if result.new:  # in the batch's transaction: stored => marked
                self.conn.execute("UPDATE resolution_mark SET stored = stored + 1")
                self.conn.execute(_BUMP)
        return result

    def stored_articles(self, article_ids: Sequence[str]) -> set[str]:
        """Those of these article ids that are stored (one query: the ids as one JSON
        list, read through the articles' key)."""
        return {str(r[0]) for r in self.conn.execute(
            "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(article_ids)),))}

    def _move_recent(self, recent: str, table: str, columns: str, limit: int,
                     insert: str = "INSERT") -> None:
        """Move a recent table's rows to its big table, in key order, once it holds
        ``limit`` of them (in the caller's transaction): each move writes the big table's
        pages once, where every batch's scattered rows did (the band keys, m016; the name
        stories, m017)."""
        held = int(self.conn.execute(f"SELECT count(*) FROM {recent}").fetchone()[0])
        if held < limit:
            return
        self.conn.execute(f"{insert} INTO {table} ({columns}) SELECT {columns} FROM {recent} "
                          f"ORDER BY {columns}")
        self.conn.execute(f"DELETE FROM {recent}")

    def _move_recent_bands(self) -> None:
        """Move the recent articles' band numbers to the band table, in key order, once
        they file ``recent_bands`` keys (in the caller's transaction; ``_move_recent``)."""
        held = int(self.conn.execute("SELECT coalesce(sum(length(numbers)), 0) / 8 "
                                     "FROM near_duplicate_recent_articles").fetchone()[0])
        if held < self.recent_bands:
            return
        self.conn.executemany("INSERT OR IGNORE INTO near_duplicate_keys (key, article) "
                              "VALUES (?, ?)", recent_bands.pairs(self._tuples(
                                  "SELECT article, numbers FROM near_duplicate_recent_articles",
                                  ())))
        self.conn.execute("DELETE FROM near_duplicate_recent_articles")

    def _recent(self) -> recent_bands.Sorted:
        """The recent band numbers sorted (``recent_bands.Sorted``), as committed now:
        the rows numbered after the last ones read merged in, or all read again when
        those and the ones read before are not the table (a move emptied it). Inside a
        transaction they are sorted for this look-up only: its rows may be rolled back
        and their numbers given again."""
        if self.conn.in_transaction:
            return recent_bands.Sorted.of(self._tuples(
                "SELECT article, numbers FROM near_duplicate_recent_articles "
                "ORDER BY article", ()))
        count = int(self.conn.execute(
            "SELECT count(*) FROM near_duplicate_recent_articles").fetchone()[0])
        new = self._tuples("SELECT article, numbers FROM near_duplicate_recent_articles "
                           "WHERE article > ? ORDER BY article", (self._sorted.last,))
        if self._sorted.count + len(new) == count:
            self._sorted = self._sorted.extended(new)
        else:
            self._sorted = recent_bands.Sorted.of(self._tuples(
                "SELECT article, numbers FROM near_duplicate_recent_articles "
                "ORDER BY article", ()))
        return self._sorted

    def _stories_held(self, stories: Set[str]) -> set[str]:
        """Those of these story ids that a stored article belongs to (one query)."""
        return {str(r[0]) for r in self.conn.execute(
            "SELECT DISTINCT story_id FROM articles WHERE story_id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(sorted(stories)),))}

    def _tally(self, batch: BatchNamings, known: Set[str]) -> None:
        """Add a batch's namings (``batch_namings``, made from the facts in hand) to the
        kept name counts and file its new (name, story) rows in the recent table. A
        story counts for a name the first time it is filed; only a story some article
        stored before the batch belongs to (``known``: a copy's) can have been, so only
        its rows are looked up (where every row was, and the facts read back joined to
        their articles)."""
        asked = [s for s in batch.stories if s[3] in known]
        filed = {asked[int(r[0])] for r in self.conn.execute(_FILED_STORIES, (json.dumps(
            asked),))} if asked else set()
        new = [s for s in batch.stories if s not in filed]
        fresh = Counter(s[:3] for s in new)
        self.conn.executemany(_ADD_TALLY, [(k, show, name, n, fresh[k, show, name], cues)
                                           for k, show, name, n, cues in batch.tallies])
        self.conn.executemany(_INSERT_STORY, new)
        self._move_recent("name_stories_recent", "name_stories", "k, show, name, story",
                          self.recent_stories)

    def version(self) -> int:
        """A number every committed write raises (see Store.version)."""
        return int(self.conn.execute("SELECT n FROM kb_version").fetchone()[0])

    def resolution_pending(self) -> int | None:
        """The stored-batch count to resolve up to, or None when entities are current."""
        row = self.conn.execute("SELECT stored, resolved FROM resolution_mark").fetchone()
        return int(row[0]) if row and row[0] > row[1] else None

    def resolution_done(self, stored: int) -> None:
        """Record that entities now reflect every batch up to ``stored``."""
        self.conn.execute("UPDATE resolution_mark SET resolved = max(resolved, ?)", (stored,))

    def _story_of(self, article_id: str) -> str:
        """The story a stored article belongs to; an unknown original starts its own."""
        row = self.conn.execute(
            "SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        return str(row[0]) if row else article_id

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this content id is stored."""
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def article(self, article_id: str) -> Article | None:
        """One stored article, or None."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(row) if row else None

    def articles(self, q: str | None = None, limit: int = 50, offset: int = 0) -> list[Article]:
        """Articles newest first; ``q`` keeps those whose title or text contains it."""
        where, params = "", []
        if q:
            where = "WHERE instr(lower(text), lower(?)) OR instr(lower(title), lower(?))"
            params = [q, q]
        rows = self.conn.execute(
            f"SELECT * FROM articles {where} ORDER BY published DESC, id LIMIT ? OFFSET ?",
            [*params, limit, offset])
        return [_article(r) for r in rows]

    def facts(
        self,
        show: str | None = None,
        types: Sequence[str] | None = None,
        article_id: str | None = None,
        show_id: str | None = None,
        actor_id: str | None = None,
        unresolved: bool = False,
    ) -> list[StoredFact]:
        """Stored facts in article date order; ``show`` matches as written (any case),
        ``show_id`` and ``actor_id`` the resolved ids (through the fact_entities
        indexes); ``unresolved`` keeps the facts no resolution has linked."""
        clauses: list[str] = []
        params: list[Any] = []
        if show is not None:
            clauses.append("f.show = ? COLLATE NOCASE")
            params.append(show)
        if types is not None:
            clauses.append(f"f.type IN ({', '.join('?' for _ in types)})")
            params.extend(types)
        if article_id is not None:  # its row's range of fact ids (m018: no index)
            clauses.append("a.id = ? AND f.id BETWEEN a.first_fact AND a.last_fact")
            params.append(article_id)
        if show_id is not None:
            clauses.append("l.show_id = ?")
            params.append(show_id)
        if actor_id is not None:
            clauses.append("l.actor_id = ?")
            params.append(actor_id)
        if unresolved:
            clauses.append("l.fact_id IS NULL")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.conn.execute(f"{_FACT_SELECT} {where} ORDER BY a.published, f.id", params)
        return [_stored_fact(r) for r in rows]

    def near_duplicates(self, band_keys: Sequence[BandKey]) -> list[tuple[str, bytes]]:
        """(id, signature) of the stored articles filed under any of these band keys
        (in the band table or, filed since its last move, in the recent one), by id."""
        found = self.near_duplicates_by_key(band_keys)
        return sorted({article for articles in found.values() for article in articles})

    def near_duplicates_by_key(self, band_keys: Sequence[BandKey]
                               ) -> dict[BandKey, list[tuple[str, bytes]]]:
        """Store.near_duplicates_by_key: the keys' numbers (``band_number``) as one JSON
        list, in order, joined through both band tables' primary keys (a batch's 25,000
        exceed SQLite's parameters), then the numbers found to their articles'
        signatures, each once. An article is kept under the keys its signature holds
        (``store.base.found_by_key``): a number two keys share costs a candidate read,
        not a wrong answer."""
        if not band_keys:
            return {}
        numbers = numbered(band_keys)
        return found_by_key(numbers, self.filed_under(numbers.numbers()))

    def filed_under(self, numbers: Sequence[int]) -> list[tuple[int, str, bytes]]:
        """Store.filed_under: the numbers as one JSON list joined through the band
        table's primary key (a batch's 25,000 exceed SQLite's parameters), then those
        filed by the recent articles (``recent_bands.filed``: all read, searched at
        once), then the article numbers found to their signatures, each once."""
        if not numbers:
            return []
        wanted = sorted(numbers)
        rows: list[tuple[int, int]] = self._tuples(
            "SELECT j.value, b.article FROM json_each(?) j "
            "JOIN near_duplicate_keys b ON b.key = j.value", (json.dumps(wanted),))
        rows += self._recent().filed(wanted)
        if not rows:
            return []
        articles = json.dumps(sorted({int(r[1]) for r in rows}))
        sigs = {int(r[0]): (str(r[1]), bytes(r[2])) for r in self.conn.execute(
            "SELECT m.n, a.id, a.signature FROM json_each(?) j "
            "JOIN near_duplicate_articles m ON m.n = j.value "
            "JOIN articles a ON a.id = m.article_id", (articles,))}
        return [(int(r[0]), *sigs[int(r[1])]) for r in rows]

    def replace_entities(self, entities: Sequence[Entity]) -> None:
        """Swap the whole entity table for a freshly resolved one, atomically."""
        with self._write():
            self.conn.execute(_BUMP)
            self._write_entities(entities)

    def fact_count(self) -> int:
        """How many facts are stored."""
        return int(self.conn.execute("SELECT count(*) FROM facts").fetchone()[0])

    def replace_resolution(self, entities: Sequence[Entity], names: Sequence[NameRow],
                           links: Sequence[FactLink], blocks: Sequence[BlockRow] = (),
                           groups: Sequence[GroupLink] = (),
                           kept: KeptNames = NO_KEPT_NAMES) -> None:
        """Swap in a whole resolution (entities, names, links, blocks, the written
        triples' links, the kept names) in one transaction."""
        with self._write():
            self.conn.execute(_BUMP)
            self._write_entities(entities)
            for table in ("names", "fact_entities", "name_blocks", "show_counts",
                          "show_info_counts", "claim_dates", "person_counts", "person_shows",
                          "name_groups", "kept_holders", "kept_words"):
                self.conn.execute(f"DELETE FROM {table}")
            self._write_index(names, blocks, links)
            self.conn.executemany(_INSERT_GROUP, groups)
            self.conn.executemany(_INSERT_HOLDER, kept.holders)
            self.conn.executemany(_INSERT_WORD, kept.words)
            for sql in _RECOUNT:
                self.conn.execute(sql.format(shows="1"))
            for sql in _RECOUNT_PEOPLE:
                self.conn.execute(sql.format(people="1"))

    def update_resolution(self, change: ResolutionChange) -> None:
        """Apply an incremental resolution in one transaction (store/base.py). Only the
        entity and name rows that differ from the stored ones are written; the listing
        counts of the shows and people whose stored facts are relinked are recounted,
        the new facts' links added to the others' counts."""
        with self._write():
            self.conn.execute(_BUMP)
            shows, people = self._relinked(change.groups)
            keep = self._swap_names(change)
            self._swap_kept(change, keep)
            self._swap_entities(change, keep)
            self._write_index((), change.blocks, change.links)
            self._relink(change.groups)
            self._add_counts([link[0] for link in change.links], shows, people)
            self._recount(shows)
            self._recount_people(people)

    def _add_counts(self, facts: Sequence[int], shows: Set[str], people: Set[str]) -> None:
        """Add the new facts' links to the listing counts of their shows and people but
        ``shows`` and ``people`` (recounted instead): their rows read in one join, their
        articles' dates once an article, the increments summed per key
        (``count_deltas``) and each key written once."""
        links = self.conn.execute(_NEW_LINKS, (json.dumps(facts),)).fetchall()
        dates = {str(r[0]): r[1] for r in self.conn.execute(
            _DATES, (json.dumps(sorted({r[7] for r in links})),))}
        add = count_deltas(dated(links, dates), shows, people)
        self.conn.executemany(_ADD_SHOW, add.shows)
        self.conn.executemany(_ADD_INFO, add.info)
        self.conn.executemany(_ADD_CLAIM, add.claims)
        self.conn.executemany(_ADD_PERSON, add.people)
        self.conn.executemany(_ADD_PERSON_SHOW, add.person_shows)

    def _swap_names(self, change: ResolutionChange) -> set[str]:
        """Put the change's name rows in place of those it drops (every row pointing at
        a dropped entity, read in a dropped scope, or a dropped KB-wide person key),
        deleting and inserting only the rows that differ; but the rows of the characters
        it keeps (``keep_characters``), whose ids it returns."""
        old: set[NameRow] = set()
        for where, values in (("entity_id", change.drop_entities), ("scope", change.drop_scopes),
                              ("kind = 'person' AND scope = '' AND key",
                               change.drop_person_keys)):
            old.update(self._tuples(
                f"SELECT kind, scope, key, entity_id FROM names WHERE {where} "
                "IN (SELECT value FROM json_each(?))", (json.dumps(sorted(set(values))),)))
        keep = kept_characters(change, old)
        if keep:
            old = {r for r in old if r[3] not in keep}
        new = set(change.names)
        self.conn.executemany("DELETE FROM names WHERE kind = ? AND scope = ? AND key = ?",
                              [r[:3] for r in sorted(old - new)])
        self.conn.executemany("INSERT OR REPLACE INTO names (kind, scope, key, entity_id) "
                              "VALUES (?, ?, ?, ?)", sorted(new - old))
        return keep

    def _swap_kept(self, change: ResolutionChange, keep: Set[str] = frozenset()) -> None:
        """Put the change's kept names in place of those of the dropped and written
        entities (and the dropped shows' characters), writing only the rows that differ,
        CHUNK entities at a time (the stored rows of a 5,000-article resolution's 20,000
        entities are not all held at once); producers' rows are only ever added."""
        ids = sorted({*change.drop_entities, *(e.id for e in change.entities)})
        holders: dict[str, list[HolderRow]] = defaultdict(list)
        words: dict[str, list[WordRow]] = defaultdict(list)
        for h in change.kept.holders:
            holders[h[1]].append(h)
        for w in change.kept.words:
            words[w[2]].append(w)
        for part in _chunks(ids, KEPT_CHUNK):
            listed = (json.dumps(part),)
            old: list[HolderRow] = self._tuples(
                "SELECT key, entity_id, kind, stories, name, show_id FROM kept_holders "
                "WHERE entity_id IN (SELECT value FROM json_each(?))", listed)
            gone, added, changed = holder_changes(old, [h for i in part for h in holders[i]])
            self.conn.executemany("DELETE FROM kept_holders WHERE key = ? AND entity_id = ?",
                                  gone)
            self.conn.executemany(_INSERT_HOLDER, added)
            self.conn.executemany("UPDATE kept_holders SET kind = ?, stories = ?, name = ?, "
                                  "show_id = ? WHERE key = ? AND entity_id = ?", changed)
            stored: set[WordRow] = set(self._tuples(
                "SELECT what, key, entity_id FROM kept_words "
                "WHERE entity_id IN (SELECT value FROM json_each(?))", listed))
            new = {w for i in part for w in words[i]}
            self.conn.executemany("DELETE FROM kept_words WHERE what = ? AND key = ? "
                                  "AND entity_id = ?", sorted(stored - new))
            self.conn.executemany(_INSERT_WORD, sorted(new - stored))
        self.conn.executemany(_INSERT_WORD, words[""])  # producers
        kept = set(ids) | keep
        self.conn.executemany(  # the dropped shows' characters
            "DELETE FROM kept_holders WHERE key = ? AND entity_id = ?",
            [r for r in self._tuples(
                "SELECT key, entity_id FROM kept_holders WHERE show_id IN "
                "(SELECT value FROM json_each(?))", (json.dumps(sorted(change.drop_scopes)),))
             if r[1] not in kept])

    def _swap_entities(self, change: ResolutionChange, keep: Set[str] = frozenset()) -> None:
        """Put the change's entities in place of the dropped ones (and the dropped shows'
        characters but those it ``keep``s): the gone ones deleted (characters first: they
        point at their show), the new ones inserted, the changed ones updated with their
        aliases."""
        old = {i: e for i, e in self._stored_entities(change.drop_entities,
                                                       change.drop_scopes).items()
               if i not in keep}
        new = {e.id: e for e in change.entities}
        gone = sorted((e for i, e in old.items() if i not in new),
                      key=lambda e: e.show_id is None)
        self.conn.executemany("DELETE FROM entities WHERE id = ?", [(e.id,) for e in gone])
        self._insert_entities([e for i, e in new.items() if i not in old])
        changed = [(old[i], e) for i, e in new.items() if i in old and old[i] != e]
        self.conn.executemany(
            "UPDATE entities SET kind = ?, name = ?, show_id = ?, status = ?, evidence = ? "
            "WHERE id = ?", [(str(e.kind), e.name, e.show_id, e.status, e.evidence, e.id)
                             for _, e in changed])
        self.conn.executemany("DELETE FROM aliases WHERE entity_id = ? AND alias = ?",
                              [(e.id, a) for o, e in changed
                               for a in sorted(set(o.aliases) - set(e.aliases))])
        self.conn.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)",
                              [(e.id, a) for o, e in changed
                               for a in sorted(set(e.aliases) - set(o.aliases))])

    def _stored_entities(self, ids: Sequence[str], shows: Sequence[str]) -> dict[str, Entity]:
        """The entities with these ids and the characters of these shows, by id, as
        ``entities_of`` reads them (aliases in order) but unsorted: each table read once
        (the ids and shows as JSON lists), its rows as plain tuples."""
        rows = self._tuples(
            "SELECT id, kind, name, show_id, status, evidence FROM entities WHERE id IN "
            "(SELECT value FROM json_each(?1)) UNION SELECT id, kind, name, show_id, status, "
            "evidence FROM entities WHERE show_id IN (SELECT value FROM json_each(?2))",
            (json.dumps(sorted(set(ids))), json.dumps(sorted(set(shows)))))
        aliases: dict[str, list[str]] = defaultdict(list)
        for entity_id, alias in self._tuples(
                "SELECT entity_id, alias FROM aliases WHERE entity_id IN "
                "(SELECT value FROM json_each(?))", (json.dumps(sorted(r[0] for r in rows)),)):
            aliases[entity_id].append(alias)
        return {r[0]: Entity(r[0], EntityKind(r[1]), r[2], r[3], tuple(sorted(aliases[r[0]])),
                             r[4], r[5]) for r in rows}

    def _tuples(self, sql: str, params: Sequence[Any]) -> list[Any]:
        """A query's rows as plain tuples, not ``sqlite3.Row``s: the splice's reads of
        the rows it replaces (tens of thousands a resolution), compared as tuples."""
        cur = self.conn.cursor()
        cur.row_factory = None
        return cur.execute(sql, params).fetchall()

    def _relinked(self, groups: Sequence[GroupLink]) -> tuple[set[str], set[str]]:
        """The shows and people whose stored facts these new triple links move: the
        ids the triples' stored links hold now and will hold (new triples move none)."""
        shows: set[str] = set()
        people: set[str] = set()
        for g in groups:
            row = self.conn.execute(
                "SELECT show_id, actor_id FROM name_groups WHERE show = ? AND actor = ? "
                "AND character = ?", g[:3]).fetchone()
            if row is not None:
                shows |= {str(row[0]), g[3]}
                people |= {p for p in (row[1], g[4]) if p is not None}
        return shows, people

    def _relink(self, groups: Sequence[GroupLink]) -> None:
        """Store the triples' new links and move their stored facts to them, read through
        the facts' (show, type) index once per written show."""
        self.conn.executemany(_INSERT_GROUP, groups)
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS relink (show TEXT, actor TEXT, "
                          "character TEXT, show_id TEXT, actor_id TEXT, character_id TEXT, "
                          "PRIMARY KEY (show, actor, character))")
        self.conn.execute("DELETE FROM temp.relink")
        self.conn.executemany("INSERT INTO temp.relink VALUES (?, ?, ?, ?, ?, ?)", groups)
        self.conn.execute(
            "UPDATE fact_entities SET show_id = r.show_id, actor_id = r.actor_id, "
            "character_id = r.character_id FROM facts f JOIN temp.relink r ON r.show = f.show "
            "AND r.actor = coalesce(f.actor, '') AND r.character = coalesce(f.character, '') "
            "WHERE f.id = fact_entities.fact_id AND f.show IN (SELECT show FROM temp.relink)")
        self.conn.execute("DELETE FROM temp.relink")

    def _recount_people(self, people: set[str]) -> None:
        """Recount the people listing's counts of ``people`` (as ``_recount``)."""
        for part in _chunks(sorted(people)):
            for table in ("person_counts", "person_shows"):
                self.conn.execute(f"DELETE FROM {table} WHERE person_id IN ({_marks(part)})",
                                  part)
            for sql in _RECOUNT_PEOPLE:
                self.conn.execute(sql.format(people=f"l.actor_id IN ({_marks(part)})"), part)

    def _recount(self, shows: set[str]) -> None:
        """Recount the listing counts of ``shows`` from their links (in the caller's
        transaction): the shows whose links a resolution write touched."""
        for part in _chunks(sorted(shows)):
            where = f"l.show_id IN ({_marks(part)})"
            for table in ("show_counts", "show_info_counts", "claim_dates"):
                self.conn.execute(f"DELETE FROM {table} WHERE show_id IN ({_marks(part)})", part)
            for sql in _RECOUNT:
                self.conn.execute(sql.format(shows=where), part)

    def show_counts(self, listed_only: bool = False, by: str = "facts",
                    limit: int | None = None, offset: int = 0) -> tuple[int, list[ShowCounts]]:
        """Counted shows in listing order, a page of them, and how many in all."""
        where = "WHERE e.status = 'confirmed'" if listed_only else ""
        base = f"FROM show_counts c JOIN entities e ON e.id = c.show_id {where}"
        total = int(self.conn.execute(f"SELECT count(*) {base}").fetchone()[0])
        rows = self.conn.execute(
            f"SELECT c.show_id, c.facts, c.articles, c.latest {base} "
            f"ORDER BY {_SHOW_ORDER[by]} LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset)).fetchall()
        info: dict[str, list[tuple[str, str, int]]] = {}
        for part in _chunks([str(r[0]) for r in rows]):
            for r in self.conn.execute(
                    "SELECT show_id, field, value, facts FROM show_info_counts "
                    f"WHERE show_id IN ({_marks(part)}) ORDER BY show_id, field, value", part):
                info.setdefault(r[0], []).append((str(r[1]), str(r[2]), int(r[3])))
        return total, [ShowCounts(str(r[0]), int(r[1]), int(r[2]), _latest(r[3]),
                                  tuple(info.get(r[0], ()))) for r in rows]

    def _write_index(self, names: Sequence[NameRow], blocks: Sequence[BlockRow],
                     links: Sequence[FactLink]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO names (kind, scope, key, entity_id) VALUES (?, ?, ?, ?)",
            names)
        self.conn.executemany(
            "INSERT OR IGNORE INTO name_blocks (kind, block, key) VALUES (?, ?, ?)", blocks)
        # in fact id order: a resolution's links are the newest facts', grouped by their
        # written names, so in that order each went to a random place among the table's
        # last pages; in id order they are appended (34,708 links at 50,000 synthetic
        # articles: 0.42-0.56 -> 0.30-0.35 s)
        self.conn.executemany(
            "INSERT OR REPLACE INTO fact_entities (fact_id, show_id, actor_id, character_id) "
            "VALUES (?, ?, ?, ?)", sorted(links))

    def _write_entities(self, entities: Sequence[Entity]) -> None:
        self.conn.execute("DELETE FROM aliases")
        self.conn.execute("DELETE FROM entities")
        self._insert_entities(entities)

    def _insert_entities(self, entities: Sequence[Entity]) -> None:
        # Shows first: a character's show_id must exist before it (foreign key).
        ordered = sorted(entities, key=lambda e: e.show_id is not None)
        self.conn.executemany(
            "INSERT INTO entities (id, kind, name, show_id, status, evidence) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(e.id, str(e.kind), e.name, e.show_id, e.status, e.evidence) for e in ordered])
        self.conn.executemany(
            "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)",
            [(e.id, a) for e in ordered for a in e.aliases])

    def person_counts(self) -> list[PersonCounts]:
        """Every person with linked cast facts, counted as the last resolution write left
        them, by person id."""
        shows: dict[str, list[str]] = {}
        for person_id, show_id in self.conn.execute(
                "SELECT person_id, show_id FROM person_shows ORDER BY person_id, show_id"):
            shows.setdefault(person_id, []).append(str(show_id))
        rows = self.conn.execute("SELECT person_id, facts, articles, latest FROM person_counts "
                                 "ORDER BY person_id")
        return [PersonCounts(str(r[0]), int(r[1]), int(r[2]), _latest(r[3]),
                             tuple(shows.get(r[0], ()))) for r in rows]

    def claim_dates(self, shows: Sequence[str]) -> list[ClaimDate]:
        """Each cast-change claim of these shows with its latest report's date."""
        out: list[ClaimDate] = []
        for part in _chunks(sorted(set(shows))):
            out += [(str(r[0]), str(r[1]), str(r[2]), _latest(r[3])) for r in self.conn.execute(
                "SELECT show_id, actor_id, change, latest FROM claim_dates "
                f"WHERE show_id IN ({_marks(part)}) ORDER BY show_id, actor_id, change", part)]
        return out

    def claim_page(self, limit: int, offset: int = 0) -> tuple[int, list[ClaimDate]]:
        """A page of every claim, the one reported last first (``Store.claim_page``)."""
        total = int(self.conn.execute("SELECT count(*) FROM claim_dates").fetchone()[0])
        rows = self.conn.execute(
            "SELECT show_id, actor_id, change, latest FROM claim_dates ORDER BY "
            "latest IS NULL, latest DESC, show_id, actor_id, change LIMIT ? OFFSET ?",
            (limit, offset))
        return total, [(str(r[0]), str(r[1]), str(r[2]), _latest(r[3])) for r in rows]

    def show_counts_by(self, day: date) -> list[ShowCounts]:
        """Every show's counts over the facts published by ``day`` (``Store.show_counts_by``)."""
        dated = ("FROM fact_entities l JOIN facts f ON f.id = l.fact_id "
                 "JOIN articles a ON a.id = f.article_id WHERE a.published IS NOT NULL AND "
                 "CASE a.precision WHEN 'day' THEN a.published "
                 "WHEN 'month' THEN date(a.published, '+1 month', '-1 day') "
                 "ELSE date(a.published, '+1 year', '-1 day') END <= ?")
        info: dict[str, list[tuple[str, str, int]]] = {}
        for r in self.conn.execute(
                f"SELECT l.show_id, f.field, f.value, count(*) {dated} AND f.type = 'show_info' "
                "AND f.field IS NOT NULL AND f.value <> '' GROUP BY l.show_id, f.field, f.value "
                "ORDER BY l.show_id, f.field, f.value", (day.isoformat(),)):
            info.setdefault(r[0], []).append((str(r[1]), str(r[2]), int(r[3])))
        rows = self.conn.execute(
            "SELECT l.show_id, count(*), count(DISTINCT f.article_id), "
            f"max(a.published || ' ' || a.precision) {dated} GROUP BY l.show_id "
            "ORDER BY l.show_id", (day.isoformat(),))
        return [ShowCounts(str(r[0]), int(r[1]), int(r[2]), _latest(r[3]),
                           tuple(info.get(r[0], ()))) for r in rows]

    def person_counts_by(self, day: date) -> list[PersonCounts]:
        """Every person's counts over the cast facts published by ``day``
        (``Store.person_counts_by``)."""
        dated = ("FROM fact_entities l JOIN facts f ON f.id = l.fact_id "
                 "JOIN articles a ON a.id = f.article_id WHERE a.published IS NOT NULL AND "
                 "CASE a.precision WHEN 'day' THEN a.published "
                 "WHEN 'month' THEN date(a.published, '+1 month', '-1 day') "
                 "ELSE date(a.published, '+1 year', '-1 day') END <= ? "
                 "AND f.type IN ('cast', 'cast_change') AND l.actor_id IS NOT NULL")
        shows: dict[str, list[str]] = {}
        for person_id, show_id in self.conn.execute(
                f"SELECT DISTINCT l.actor_id, l.show_id {dated} ORDER BY 1, 2",
                (day.isoformat(),)):
            shows.setdefault(person_id, []).append(str(show_id))
        rows = self.conn.execute(
            "SELECT l.actor_id, count(*), count(DISTINCT f.article_id), "
            f"max(a.published || ' ' || a.precision) {dated} GROUP BY l.actor_id "
            "ORDER BY l.actor_id", (day.isoformat(),))
        return [PersonCounts(str(r[0]), int(r[1]), int(r[2]), _latest(r[3]),
                             tuple(shows.get(r[0], ()))) for r in rows]

    def ids_known_by(self, day: date) -> list[str]:
        """The ids the facts published by ``day`` name (``Store.ids_known_by``)."""
        dated = ("FROM fact_entities l JOIN facts f ON f.id = l.fact_id "
                 "JOIN articles a ON a.id = f.article_id WHERE a.published IS NOT NULL AND "
                 "CASE a.precision WHEN 'day' THEN a.published "
                 "WHEN 'month' THEN date(a.published, '+1 month', '-1 day') "
                 "ELSE date(a.published, '+1 year', '-1 day') END <= :day")
        rows = self.conn.execute(
            f"SELECT l.show_id {dated} UNION SELECT l.actor_id {dated} "
            f"UNION SELECT l.character_id {dated}", {"day": day.isoformat()})
        return sorted(str(r[0]) for r in rows if r[0] is not None)

    def rating_weeks(self, day: date | None = None) -> list[tuple[str, str, str | None]]:
        """Each show's distinct rating places (``Store.rating_weeks``)."""
        dated = ("AND a.published IS NOT NULL AND CASE a.precision WHEN 'day' THEN a.published "
                 "WHEN 'month' THEN date(a.published, '+1 month', '-1 day') "
                 "ELSE date(a.published, '+1 year', '-1 day') END <= ?") if day else ""
        rows = self.conn.execute(
            "SELECT DISTINCT l.show_id, coalesce(f.week, ''), CASE WHEN coalesce(f.week, '') = '' "
            "AND a.precision = 'day' THEN a.published END FROM fact_entities l "
            "JOIN facts f ON f.id = l.fact_id JOIN articles a ON a.id = f.article_id "
            f"WHERE f.type = 'rating' {dated} ORDER BY 1, 2, 3",
            (day.isoformat(),) if day else ())
        return [(str(r[0]), str(r[1]), r[2]) for r in rows]

    def names(self) -> list[NameRow]:
        """Where every written name resolves to, as the last resolution stored it."""
        rows = self.conn.execute("SELECT kind, scope, key, entity_id FROM names")
        return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

    def kept_names(self, holders: Sequence[str], words: Sequence[tuple[str, str]]
                   ) -> KeptNames:
        """The kept names with these holder keys and (set, key) words, each set of keys
        read in one query through the tables' keys."""
        found = [_holder(r) for r in self.conn.execute(
            "SELECT h.* FROM json_each(?) j CROSS JOIN kept_holders h ON h.key = j.value",
            (json.dumps(sorted(set(holders))),))]
        by_set: dict[str, set[str]] = {}
        for what, k in words:
            by_set.setdefault(what, set()).add(k)
        rows: list[WordRow] = []
        for what, keys in sorted(by_set.items()):  # a set's keys as one JSON list
            rows += [(what, str(r[0]), str(r[1])) for r in self.conn.execute(
                "SELECT w.key, w.entity_id FROM json_each(?) j CROSS JOIN kept_words w "
                "ON w.what = ? AND w.key = j.value", (json.dumps(sorted(keys)), what))]
        return KeptNames(found, rows)

    def keeps_names(self) -> bool:
        """Whether a resolution has filled the kept names."""
        return self.conn.execute("SELECT 1 FROM kept_holders LIMIT 1").fetchone() is not None

    def names_of(self, kind: str, keys: Sequence[str]) -> list[NameRow]:
        """The stored name rows of ``kind`` (any scope) with one of these exact keys."""
        rows = self.conn.execute(  # one query, the keys as a table (not one per key)
            "SELECT kind, scope, key, entity_id FROM names WHERE kind = ? AND key IN "
            "(SELECT value FROM json_each(?))", (kind, json.dumps(sorted(set(keys)))))
        return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

    def keys_in_blocks(self, kind: str, blocks: Sequence[str]) -> list[tuple[str, str]]:
        """(block, key) of the stored names of ``kind`` filed in one of these blocks."""
        rows = self.conn.execute(
            "SELECT block, key FROM name_blocks WHERE kind = ? AND block IN "
            "(SELECT value FROM json_each(?))", (kind, json.dumps(sorted(set(blocks)))))
        return [(str(r[0]), str(r[1])) for r in rows]

    def entities(self, kind: EntityKind | None = None) -> list[Entity]:
        """Resolved entities (optionally of one kind) with their aliases."""
        where, params = ("WHERE kind = ?", [str(kind)]) if kind else ("", [])
        rows = list(self.conn.execute(f"SELECT * FROM entities {where} ORDER BY kind, name",
                                      params))
        alias_where = "WHERE entity_id IN (SELECT id FROM entities WHERE kind = ?)" if kind else ""
        return self._with_aliases(rows, self.conn.execute(
            f"SELECT entity_id, alias FROM aliases {alias_where} ORDER BY alias", params))

    def stored_aliases(self, kind: EntityKind, spellings: Sequence[str]) -> set[str]:
        """Those of these spellings that are an alias of a stored entity of ``kind``."""
        rows = self.conn.execute(  # the spellings first: by kind, the planner scans them all
            "SELECT DISTINCT a.alias FROM json_each(?) j CROSS JOIN aliases a "
            "ON a.alias = j.value JOIN entities e ON e.id = a.entity_id WHERE e.kind = ?",
            (json.dumps(sorted(set(spellings))), str(kind)))
        return {str(r[0]) for r in rows}

    def entities_of(self, ids: Sequence[str] = (), shows: Sequence[str] = ()) -> list[Entity]:
        """The entities with these ids and every character of these shows, with aliases,
        each read through an index (a page's own entities, never the whole table)."""
        found: dict[str, sqlite3.Row] = {}
        for column, values in (("id", ids), ("show_id", shows)):
            for part in _chunks(sorted(set(values))):
                found.update((r["id"], r) for r in self.conn.execute(
                    f"SELECT * FROM entities WHERE {column} IN ({_marks(part)})", part))
        rows = sorted(found.values(), key=lambda r: (r["kind"], r["name"]))
        aliases: list[sqlite3.Row] = []
        for part in _chunks(sorted(found)):
            aliases += self.conn.execute(
                f"SELECT entity_id, alias FROM aliases WHERE entity_id IN ({_marks(part)})", part)
        return self._with_aliases(rows, sorted(aliases, key=lambda r: r["alias"]))

    @staticmethod
    def _with_aliases(rows: Iterable[sqlite3.Row],
                      alias_rows: Iterable[sqlite3.Row]) -> list[Entity]:
        aliases: dict[str, list[str]] = {}
        for entity_id, alias in alias_rows:
            aliases.setdefault(entity_id, []).append(alias)
        return [Entity(r["id"], EntityKind(r["kind"]), r["name"], r["show_id"],
                       tuple(aliases.get(r["id"], ())), r["status"], r["evidence"])
                for r in rows]

    def aliases_of(self, ids: Sequence[str]) -> dict[str, list[str]]:
        """The aliases of these entities by id (store/base.py): one read of the aliases'
        key (8,000 people: 0.014 s, where ``entities_of`` took 0.063 s)."""
        out: dict[str, list[str]] = {}
        for entity_id, alias in self.conn.execute(
                "SELECT entity_id, alias FROM aliases WHERE entity_id IN "
                "(SELECT value FROM json_each(?)) ORDER BY entity_id, alias",
                (json.dumps(sorted(set(ids))),)):
            out.setdefault(entity_id, []).append(alias)
        return out

    def actors_of(self, shows: Sequence[str]) -> list[str]:
        """The people the facts of these shows are linked to, from the written triples'
        links (``name_groups``): a show's distinct names, not its facts."""
        found: set[str] = set()
        for part in _chunks(sorted(set(shows))):
            found.update(str(r[0]) for r in self.conn.execute(
                f"SELECT DISTINCT actor_id FROM name_groups WHERE show_id IN ({_marks(part)}) "
                "AND actor_id IS NOT NULL", part))
        return sorted(found)

    def names_in(self, scopes: Sequence[str]) -> list[NameRow]:
        """The name rows read in these shows' scopes (people in them, their characters)."""
        out: list[NameRow] = []
        for part in _chunks(sorted(set(scopes))):
            out += [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in self.conn.execute(
                f"SELECT kind, scope, key, entity_id FROM names WHERE scope IN ({_marks(part)})",
                part)]
        return out

    def add_override(self, override: Override) -> Override:
        """Record a curator's decision; return it with its id and time."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._write():
            self.conn.execute(_BUMP)
            cur = self.conn.execute(
                "INSERT INTO overrides (action, kind, target, value, created) "
                "VALUES (?, ?, ?, ?, ?)",
                (override.action, override.kind, override.target, override.value, now))
        return replace(override, id=int(cur.lastrowid or 0), created=now)

    def overrides(self) -> list[Override]:
        """Every recorded override, oldest first (the order they apply in)."""
        rows = self.conn.execute("SELECT * FROM overrides ORDER BY id")
        return [Override(r["action"], r["kind"], r["target"], r["value"], r["id"], r["created"])
                for r in rows]

    def delete_override(self, override_id: int) -> bool:
        """Forget one override; False if there was none with that id."""
        with self._write():
            self.conn.execute(_BUMP)
            cur = self.conn.execute("DELETE FROM overrides WHERE id = ?", (override_id,))
        return cur.rowcount > 0

    def stats(self) -> dict[str, Any]:
        """Counts per table, facts per type, the date range and the most-covered shows (the
        listed shows as resolution counts them: "Anupamaa" and "अनुपमा" are one show)."""
        one = self.conn.execute
        return {
            "articles": one("SELECT count(*) FROM articles").fetchone()[0],
            "stories": one("SELECT count(DISTINCT story_id) FROM articles").fetchone()[0],
            "facts": one("SELECT count(*) FROM facts").fetchone()[0],
            "entities": one("SELECT count(*) FROM entities").fetchone()[0],
            "aliases": one("SELECT count(*) FROM aliases").fetchone()[0],
            "facts_by_type": dict(one(
                "SELECT type, count(*) FROM facts GROUP BY type ORDER BY type").fetchall()),
            "first_published": one("SELECT min(published) FROM articles").fetchone()[0],
            "last_published": one("SELECT max(published) FROM articles").fetchone()[0],
            "top_shows": [dict(r) for r in one(
                "SELECT e.name AS show, c.facts, c.articles FROM show_counts c "
                "JOIN entities e ON e.id = c.show_id WHERE e.status = 'confirmed' "
                "ORDER BY c.facts DESC, e.name LIMIT 10")],
        }

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by SQLite)."""
        self._checkpoints.close()
        self.conn.close()

    def begin_read(self) -> None:
        """A read snapshot (``Store.begin_read``): a deferred transaction, whose first read
        fixes the WAL frame every later read sees."""
        self.conn.execute("BEGIN")

    def end_read(self) -> None:
        """End the read snapshot."""
        self.conn.execute("ROLLBACK")

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def unresolved(self) -> list[tuple[int, str | None, str | None, str]]:
        """(id, show, actor, type) of the facts no resolution has linked yet. Read from the
        last linked fact on: a resolution links every fact it can (an older unlinked one
        names no show), and with one writer at a time fact ids only grow, so the facts
        stored since are the ones after it (an index range, not a scan of every fact)."""
        rows = self.conn.execute(
            "SELECT f.id, f.show, f.actor, f.type FROM facts f "
            "LEFT JOIN fact_entities l ON l.fact_id = f.id WHERE l.fact_id IS NULL "
            "AND f.id > (SELECT coalesce(max(fact_id), 0) FROM fact_entities)")
        return [(int(r[0]), r[1], r[2], str(r[3])) for r in rows]

    def unresolved_roles(self) -> list[tuple[str, str]]:
        """(show, character) of the facts ``unresolved`` gives, each once (store/base.py)."""
        return [(str(r[0]), str(r[1])) for r in self.conn.execute(
            "WITH f AS MATERIALIZED (SELECT show, type, character, characters, subject, object "
            "FROM facts WHERE id > (SELECT coalesce(max(fact_id), 0) FROM fact_entities) "
            "AND show IS NOT NULL AND show != '') "
            "SELECT show, character FROM f WHERE type IN ('cast', 'cast_change') "
            "AND character != '' "
            "UNION SELECT f.show, j.value FROM f, json_each(f.characters) j "
            "WHERE f.type = 'event' AND j.value != '' "
            "UNION SELECT show, subject FROM f WHERE type = 'relation' AND subject != '' "
            "UNION SELECT show, object FROM f WHERE type = 'relation' AND object != ''")]

    def name_counts(self, show_ids: Sequence[str] | None = None, actor_ids: Sequence[str] = (),
                    fact_ids: Sequence[int] = (), titles: Sequence[str] = ()) -> NameCounts:
        """The name counts of a neighbourhood, read from the kept counts (store/base.py);
        of every fact, aggregated from the facts, when ``show_ids`` is None."""
        if show_ids is None:
            return self._all_counts()
        new = [(str(r[0]), r[1], r[2], None, None, None, [int(i) for i in str(r[3]).split(",")])
               for r in self.conn.execute(
                   "SELECT show, actor, character, group_concat(id) FROM facts WHERE id IN "
                   "(SELECT value FROM json_each(?)) AND show IS NOT NULL AND show != '' "
                   "GROUP BY show, coalesce(actor, ''), coalesce(character, '')",
                   (json.dumps(list(fact_ids)),))]
        named = {str(r[0]) for r in self.conn.execute(  # the written names of ``titles``
            "SELECT DISTINCT g.show FROM json_each(?) j CROSS JOIN name_groups g "
            "ON g.show_id = j.value", (json.dumps(sorted(set(titles))),))}
        written = sorted({g[0] for g in new} - named)
        # a title read by its names: the stored triple its new facts (no cast) fall in,
        # so that they are linked as it is, not relinked
        bare = sorted({g[0] for g in new} & named)
        stored = [tuple(r) for r in self.conn.execute(
            "SELECT show, actor, character, show_id, actor_id, character_id FROM name_groups "
            "WHERE show_id IN (SELECT value FROM json_each(?)) UNION SELECT show, actor, "
            "character, show_id, actor_id, character_id FROM name_groups WHERE actor_id IN "
            "(SELECT value FROM json_each(?)) UNION SELECT show, actor, character, show_id, "
            "actor_id, character_id FROM name_groups WHERE show IN (SELECT value FROM "
            "json_each(?)) UNION SELECT show, actor, character, show_id, actor_id, "
            "character_id FROM name_groups WHERE show IN (SELECT value FROM json_each(?)) "
            "AND actor = '' AND character = ''",
            (json.dumps(list(show_ids)), json.dumps(list(actor_ids)), json.dumps(written),
             json.dumps(bare)))]
        touched = set(show_ids)
        whole = sorted({*written, *(str(g[0]) for g in stored if g[3] in touched)})
        whole_set = set(whole)
        # another show's triple reached through its actor: that show's, actor's and
        # character's names only; a show read by its names: its show and producer names
        keys = sorted({k for g in stored if g[0] not in whole_set
                       for k in ((0, g[0], ""), (1, g[0], g[1]), (2, g[0], g[2]))
                       if k[0] == 0 or k[2]} | {(0, n, "") for n in named - whole_set})
        rows = list(self.conn.execute(
            "SELECT t.k, t.show, t.name, t.n, t.stories, t.cues FROM json_each(?) j CROSS JOIN "
            "name_tallies t "
            "ON t.k IN (0, 1, 2, 3) AND t.show = j.value", (json.dumps(whole),)))
        rows += self.conn.execute(
            "SELECT t.k, t.show, t.name, t.n, t.stories, t.cues FROM json_each(?) j CROSS JOIN "
            "name_tallies t "
            f"ON {_KEY_IS.format(t='t')}",
            (json.dumps(keys),))
        rows += self.conn.execute(
            "SELECT t.k, t.show, t.name, t.n, t.stories, t.cues FROM json_each(?) j CROSS JOIN "
            "name_tallies t ON t.k = 3 AND t.show = j.value",
            (json.dumps(sorted(named - whole_set)),))
        links = [(str(g[0]), g[1] or None, g[2] or None, g[3], g[4], g[5], ()) for g in stored]
        return _counts(rows, [*links, *new])

    def _all_counts(self) -> NameCounts:
        """Every fact's name counts and link groups, aggregated from the facts."""
        rows = self.conn.execute(
            f"WITH c AS ({migrations.CUES}) SELECT t.*, CASE WHEN t.k < 2 THEN c.cues ELSE 0 END "
            "FROM (SELECT k, show, name, "
            f"count(*), count(DISTINCT story) FROM ({migrations.NAMINGS}) "
            "GROUP BY k, show, name) t LEFT JOIN c USING (k, show, name)", (0, 0, 0))
        links = [(r[0], r[1], r[2], r[3], r[4], r[5], [int(i) for i in str(r[6]).split(",")])
                 for r in self.conn.execute(
                     "SELECT f.show, f.actor, f.character, l.show_id, l.actor_id, "
                     "l.character_id, group_concat(f.id) FROM facts f LEFT JOIN fact_entities l "
                     "ON l.fact_id = f.id WHERE f.show IS NOT NULL AND f.show != '' "
                     "GROUP BY 1, 2, 3, 4, 5, 6")]
        return _counts(rows, links)

    def story_count(self, keys: Sequence[TallyKey]) -> int:
        """How many stories name any of these names (``name_stories`` and the recent
        ones)."""
        row = self.conn.execute(
            "SELECT count(DISTINCT story) FROM (SELECT s.story FROM json_each(?1) j "
            f"CROSS JOIN name_stories s ON {_KEY_IS.format(t='s')} UNION ALL SELECT s.story "
            f"FROM json_each(?1) j CROSS JOIN name_stories_recent s ON {_KEY_IS.format(t='s')})",
            (json.dumps([list(k) for k in keys]),)).fetchone()
        return int(row[0])

    def resolved_any(self) -> bool:
        """Whether any fact is linked."""
        return self.conn.execute("SELECT 1 FROM fact_entities LIMIT 1").fetchone() is not None

    def sentences(self, fact_type: str, show: str, actor: str | None,
                  min_confidence: float) -> Iterator[str]:
        """Evidence sentences of this type, show (and actor) and confidence, lazily."""
        sql = ("SELECT evidence_text FROM facts WHERE show = ? AND type = ? AND confidence >= ? "
               "AND evidence_text IS NOT NULL")
        params: list[Any] = [show, fact_type, min_confidence]
        if actor is not None:
            sql += " AND actor = ?"
            params.append(actor)
        return self._lazily(sql, params)

    def texts_like(self, patterns: Sequence[str], limit: int, window: int) -> Iterator[str]:
        """The newest ``limit`` distinct evidence sentences of facts naming a show that
        match ``patterns``, among the newest ``window`` facts (a range of ids)."""
        like = "".join(" AND evidence_text LIKE ?" for _ in patterns)
        newest = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM facts").fetchone()[0])
        return _distinct(self._lazily(
            f"SELECT evidence_text FROM facts WHERE id > ? AND show IS NOT NULL AND show != ''"
            " AND evidence_text IS NOT NULL"
            f"{like} ORDER BY id DESC", [newest - window, *patterns], 256), limit)

    def _lazily(self, sql: str, params: Sequence[Any], size: int = 16) -> Iterator[str]:
        """The first column of a query, a few rows at a time (most callers stop early);
        the cursor is closed when the caller stops."""
        cur = self.conn.execute(sql, params)
        try:
            while rows := cur.fetchmany(size):
                yield from (str(r[0]) for r in rows)
        finally:
            cur.close()


def _distinct(texts: Iterator[str], limit: int) -> Iterator[str]:
    """The first ``limit`` distinct of ``texts``, read only as far as needed."""
    seen: set[str] = set()
    for text in texts:
        if text not in seen:
            seen.add(text)
            yield text
            if len(seen) == limit:
                return


def _counts(rows: Iterable[Sequence[Any]], links: Sequence[LinkGroup]) -> NameCounts:
    """NameCounts from (kind, show, name, namings, stories, cues) rows and link groups."""
    tallies: tuple[list[Any], ...] = ([], [], [], [])
    for k, show, name, n, stories, cues in rows:
        keys = (str(show),) if k == 0 else (str(show), str(name))
        tallies[k].append((*keys, int(n), int(stories), None if cues is None else int(cues)))
    producers = [(show, name) for show, name, *_ in tallies[3]]
    return NameCounts(tallies[0], tallies[1], tallies[2], producers, links)


def _article_row(item: Incoming, story_id: str, now: str, last_fact: int, facts: int
                 ) -> tuple[Any, ...]:
    """An article's row; its facts take the ``facts`` ids after ``last_fact``, which its
    ``first_fact`` and ``last_fact`` record (both None without facts)."""
    a = item.article
    published = a.published.start.isoformat() if a.published else None
    precision = str(a.published.precision) if a.published else None
    first, last = (last_fact + 1, last_fact + facts) if facts else (None, None)
    return (a.id, a.source_id, a.url, a.outlet, published, precision, a.title, a.text,
            a.lang, a.origin, now, story_id, item.signature, first, last)


def _fact_rows(article_id: str, item: Incoming, first: int) -> list[tuple[Any, ...]]:
    """An article's fact rows, their ids from ``first`` on."""
    cues = item.cues if item.cues is not None else [None] * len(item.facts)
    return [(i, *_fact_row(article_id, f, cue)) for i, (f, cue)
            in enumerate(zip(item.facts, cues, strict=True), first)]


def _fact_row(article_id: str, fact: Fact, cue: int | None) -> tuple[Any, ...]:
    ev = fact.evidence
    # most facts name no characters (only events do): their list without the encoder
    chars = json.dumps(list(fact.characters)) if fact.characters else "[]"
    return (article_id, *_PLAIN_OF(fact), chars,
            ev.start if ev else None, ev.end if ev else None, ev.text if ev else None, cue)


def _pubdate(row: sqlite3.Row) -> PubDate | None:
    if row["published"] is None:
        return None
    return PubDate(date.fromisoformat(row["published"]), DatePrecision(row["precision"]))


def _article(row: sqlite3.Row) -> Article:
    return Article(id=row["id"], text=row["text"], url=row["url"], outlet=row["outlet"],
                   published=_pubdate(row), title=row["title"], lang=row["lang"],
                   source_id=row["source_id"], origin=row["origin"])


def _stored_fact(row: sqlite3.Row) -> StoredFact:
    evidence = None
    if row["evidence_start"] is not None:
        evidence = Evidence(row["article_id"], row["evidence_start"], row["evidence_end"],
                            row["evidence_text"] or "")
    fact = Fact(**{n: row[n] for n in _PLAIN}, evidence=evidence,
                characters=tuple(json.loads(row["characters"])))
    return StoredFact(id=row["id"], fact=fact, article_id=row["article_id"],
                      published=_pubdate(row), outlet=row["outlet"], url=row["url"],
                      title=row["title"], story_id=row["story_id"], show_id=row["show_id"],
                      actor_id=row["actor_id"], character_id=row["character_id"])


def _holder(r: sqlite3.Row) -> HolderRow:
    """A ``kept_holders`` row (all its columns, in order) as a HolderRow."""
    return (str(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]),
            None if r[5] is None else str(r[5]))


def _latest(value: str | None) -> PubDate | None:
    """A show's latest date as ``show_counts`` keeps it ("YYYY-MM-DD precision")."""
    if value is None:
        return None
    day, precision = value.split(" ")
    return PubDate(date.fromisoformat(day), DatePrecision(precision))


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    """``values`` in lists of at most ``size``, for IN (...) lists of bound values."""
    for i in range(0, len(values), size):
        yield list(values[i:i + size])


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)
