"""The server backend: a PostgreSQL database that many users share.

It keeps every guarantee of the SQLite store (``store/sqlite.py``) and passes
the same tests: one transaction per batch, an article id that is already
stored is skipped and counted as a duplicate, syndicated copies share their
original's story id, and the schema comes from registered migrations recorded
in ``_migrations``. Where the two SQL dialects differ, the SQLite behaviour is
the reference: NULL dates sort as SQLite sorts them, text orders byte-wise
(``COLLATE "C"``) and shows match case-insensitively.

Writers may run at the same time: ``INSERT ... ON CONFLICT DO NOTHING`` makes
a second writer of the same article count it as a duplicate instead of failing,
and an advisory lock serialises migrations.

psycopg 3 is an optional dependency (``pip install 'tellytrack[postgres]'``);
this module is only imported when a ``postgresql://`` URL is opened.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence, Set
from dataclasses import replace
from datetime import UTC, date, datetime
from operator import attrgetter
from typing import Any

try:
    import psycopg
    from psycopg.rows import dict_row
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "PostgreSQL support needs psycopg; install it with: pip install 'tellytrack[postgres]'"
    ) from exc

from tellytrack.model import FACT_FIELDS, Article, Entity, EntityKind, Evidence, Fact, PubDate
from tellytrack.model import Precision as DatePrecision
from tellytrack.store.base import (
    NO_KEPT_NAMES,
    BandKey,
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
    count_deltas,
    dated,
    filed_numbers,
    found_by_key,
    holder_changes,
    kept_characters,
    numbered,
)
from tellytrack.store.pg_migrations import (
    CUES,
    NAMINGS,
    TALLY,
    TALLY_CUES,
    Connection,
    apply_migrations,
)

Row = dict[str, Any]

_PLAIN = tuple(f for f in FACT_FIELDS if f not in ("evidence", "characters"))
_PLAIN_OF = attrgetter(*_PLAIN)  # a fact's plain fields as one tuple, in one C call
_FACT_COLUMNS = ("article_id", *_PLAIN, "characters", "evidence_start", "evidence_end",
                 "evidence_text", "cue")
_INSERT_FACT = (f"INSERT INTO facts ({', '.join(_FACT_COLUMNS)}) "
                f"VALUES ({', '.join('%s' for _ in _FACT_COLUMNS)})")
_ARTICLE_COLUMNS = ("id", "source_id", "url", "outlet", "published", "precision", "title",
                    "text", "lang", "origin", "story_id", "signature")
_INSERT_ARTICLE = (f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) "
                   f"VALUES ({', '.join('%s' for _ in _ARTICLE_COLUMNS)}) "
                   "ON CONFLICT (id) DO NOTHING RETURNING id")
_INSERT_NUMBER = "INSERT INTO near_duplicate_articles (article_id) VALUES (%s) RETURNING n"
# (DO NOTHING: two keys of one article may share a number, store.base.band_number)
_INSERT_BAND = ("INSERT INTO near_duplicate_keys (key, article) VALUES (%s, %s) "
                "ON CONFLICT DO NOTHING")
_BUMP = "UPDATE kb_version SET n = n + 1"  # in every write's transaction (Store.version)
_INSERT_HOLDER = ("INSERT INTO kept_holders (key, entity_id, kind, stories, name, show_id) "
                  "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (key, entity_id) DO UPDATE SET "
                  "kind = EXCLUDED.kind, stories = EXCLUDED.stories, name = EXCLUDED.name, "
                  "show_id = EXCLUDED.show_id")
_INSERT_WORD = ("INSERT INTO kept_words (what, key, entity_id) VALUES (%s, %s, %s) "
                "ON CONFLICT DO NOTHING")

# Recount the listing counts (``Store.show_counts``) of the shows ``{shows}`` selects.
_RECOUNT = (
    "INSERT INTO show_counts (show_id, facts, articles, latest) "
    "SELECT l.show_id, count(*), count(DISTINCT f.article_id), "
    """max((a.published::text || ' ' || a.precision) COLLATE "C") FROM fact_entities l """
    "JOIN facts f ON f.id = l.fact_id JOIN articles a ON a.id = f.article_id "
    "WHERE {shows} GROUP BY l.show_id",
    "INSERT INTO show_info_counts (show_id, field, value, facts) "
    "SELECT l.show_id, f.field, f.value, count(*) FROM fact_entities l "
    "JOIN facts f ON f.id = l.fact_id WHERE f.type = 'show_info' AND f.field IS NOT NULL "
    "AND f.value <> '' AND {shows} GROUP BY l.show_id, f.field, f.value",
    "INSERT INTO claim_dates (show_id, actor_id, change, latest) "
    "SELECT l.show_id, l.actor_id, f.change, "
    """max((a.published::text || ' ' || a.precision) COLLATE "C") FROM fact_entities l """
    "JOIN facts f ON f.id = l.fact_id "
    "JOIN articles a ON a.id = f.article_id WHERE f.type = 'cast_change' "
    "AND l.actor_id IS NOT NULL AND f.change <> '' AND f.status <> '' AND {shows} "
    "GROUP BY l.show_id, l.actor_id, f.change")
# Recount the people listing's counts (``Store.person_counts``) of the people ``{people}``
# selects.
_RECOUNT_PEOPLE = (
    "INSERT INTO person_counts (person_id, facts, articles, latest) "
    "SELECT l.actor_id, count(*), count(DISTINCT f.article_id), "
    """max((a.published::text || ' ' || a.precision) COLLATE "C") FROM fact_entities l """
    "JOIN facts f ON f.id = l.fact_id JOIN articles a ON a.id = f.article_id "
    "WHERE f.type IN ('cast', 'cast_change') AND l.actor_id IS NOT NULL AND {people} "
    "GROUP BY l.actor_id",
    "INSERT INTO person_shows (person_id, show_id) "
    "SELECT DISTINCT l.actor_id, l.show_id FROM fact_entities l "
    "JOIN facts f ON f.id = l.fact_id "
    "WHERE f.type IN ('cast', 'cast_change') AND l.actor_id IS NOT NULL AND {people}")
# The new facts' links (fact ids) as the listing counts read them, read in one join, their
# articles' dates once an article (``_DATES``, ``store.base.dated``), and summed per key
# in Python (``store.base.count_deltas``, as in SQLite, store/sqlite.py), each key then
# written once; but the shows and people recounted instead.
_NEW_LINKS = ("SELECT l.show_id, l.actor_id, f.type, f.field, f.value, f.change, f.status, "
              "f.article_id FROM fact_entities l JOIN facts f ON f.id = l.fact_id "
              "WHERE l.fact_id = ANY(%s)")
_DATES = ("SELECT id, published::text || ' ' || precision AS latest FROM articles "
          "WHERE id = ANY(%s)")
_LATER = ("latest = CASE WHEN {t}.latest IS NULL OR EXCLUDED.latest COLLATE \"C\" > "
          "{t}.latest COLLATE \"C\" THEN EXCLUDED.latest ELSE {t}.latest END")
_ADD_SHOW = ("INSERT INTO show_counts (show_id, facts, articles, latest) "
             "VALUES (%s, %s, %s, %s) ON CONFLICT (show_id) DO UPDATE SET "
             "facts = show_counts.facts + EXCLUDED.facts, "
             "articles = show_counts.articles + EXCLUDED.articles, "
             f"{_LATER.format(t='show_counts')}")
_ADD_INFO = ("INSERT INTO show_info_counts (show_id, field, value, facts) "
             "VALUES (%s, %s, %s, %s) ON CONFLICT (show_id, field, value) "
             "DO UPDATE SET facts = show_info_counts.facts + EXCLUDED.facts")
_ADD_CLAIM = ("INSERT INTO claim_dates (show_id, actor_id, change, latest) "
              "VALUES (%s, %s, %s, %s) ON CONFLICT (show_id, actor_id, change) "
              f"DO UPDATE SET {_LATER.format(t='claim_dates')}")
_ADD_PERSON = ("INSERT INTO person_counts (person_id, facts, articles, latest) "
               "VALUES (%s, %s, %s, %s) ON CONFLICT (person_id) DO UPDATE SET "
               "facts = person_counts.facts + EXCLUDED.facts, "
               "articles = person_counts.articles + EXCLUDED.articles, "
               f"{_LATER.format(t='person_counts')}")
_ADD_PERSON_SHOW = ("INSERT INTO person_shows (person_id, show_id) VALUES (%s, %s) "
                    "ON CONFLICT DO NOTHING")
_INSERT_GROUP = ('INSERT INTO name_groups (show, actor, "character", show_id, actor_id, '
                 "character_id) VALUES (%s, %s, %s, %s, %s, %s) "
                 'ON CONFLICT (show, actor, "character") DO UPDATE SET '
                 "show_id = EXCLUDED.show_id, actor_id = EXCLUDED.actor_id, "
                 "character_id = EXCLUDED.character_id")
# Tally keys (kind, show, name) passed as three arrays, as a table ``j``.
_KEYS = "unnest(%s::int[], %s::text[], %s::text[]) AS j(k, show, name)"
# ``Store.show_counts`` orders, byte-wise as SQLite sorts; "latest" as ``PubDate.iso``.
_ISO_LATEST = ("CASE substr(c.latest, 12) WHEN 'day' THEN substr(c.latest, 1, 10) "
               "WHEN 'month' THEN substr(c.latest, 1, 7) WHEN 'year' THEN substr(c.latest, 1, 4) "
               "ELSE '' END")
_SHOW_ORDER = {"facts": 'c.facts DESC, e.name COLLATE "C", c.show_id COLLATE "C"',
               "latest": f'{_ISO_LATEST} COLLATE "C" DESC, c.facts DESC, e.name COLLATE "C", '
                         'c.show_id COLLATE "C"'}
_FACT_SELECT = """
    SELECT f.*, a.published, a.precision, a.outlet, a.url, a.title, a.story_id,
           l.show_id, l.actor_id, l.character_id
    FROM facts f JOIN articles a ON a.id = f.article_id
    LEFT JOIN fact_entities l ON l.fact_id = f.id"""


class PostgresStore:
    """A :class:`~tellytrack.store.base.Store` in a PostgreSQL database.

    ``url`` is a libpq connection string, e.g.
    ``postgresql://user:password@host:5432/dbname``; a schema other than
    ``public`` is chosen with ``?options=-csearch_path%3Dmyschema``.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        # autocommit: reads need no transaction; writes open one explicitly, so
        # a batch is all or nothing and no idle transaction holds locks.
        try:
            self.conn: Connection = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.OperationalError as exc:  # the message names host and cause, no password
            raise ConnectionError(f"cannot connect to PostgreSQL: {exc}".strip()) from exc
        # Dates cast to text (kept "latest" dates, rating days) must be ISO, as SQLite
        # stores them, whatever DateStyle the server, database or role defaults to.
        self.conn.execute("SET DateStyle = ISO")
        apply_migrations(self.conn)

    def add_batch(self, items: Sequence[Incoming]) -> BatchResult:
        """Store every new article of ``items`` with its facts in ONE transaction."""
        result = BatchResult()
        stories: dict[str, str] = {}  # story ids of articles added in this batch
        with self.conn.transaction(), self.conn.cursor() as cur:
            for item, filed in zip(items, filed_numbers(items), strict=True):
                article = item.article
                story = article.id
                if item.copy_of is not None and article.id not in stories:
                    story = stories.get(item.copy_of) or self._story_of(item.copy_of)
                if article.id in stories or not self._insert(cur, item, story):
                    result.duplicate += 1
                    continue
                stories[article.id] = story
                cur.executemany(_INSERT_FACT, _fact_rows(article.id, item))
                if filed:
                    cur.execute(_INSERT_NUMBER, (article.id,))
                    number = cur.fetchone()["n"]  # type: ignore[index]
                    cur.executemany(_INSERT_BAND, [(key, number) for key in filed])
                if item.copy_of is not None:
                    result.syndicated += 1
                result.new += 1
                result.facts += len(item.facts)
                result.new_ids.append(article.id)
            if result.facts:  # the name counts move with the facts they count
                for sql in (TALLY, TALLY_CUES):
                    cur.execute(sql.format(articles="f.article_id = ANY(%(articles)s)"),
                                {"articles": result.new_ids})
            if result.new:  # in the batch's transaction: stored => marked
                cur.execute("UPDATE resolution_mark SET stored = stored + 1")
                cur.execute(_BUMP)
        return result

    def version(self) -> int:
        """A number every committed write raises (see Store.version)."""
        row = self.conn.execute("SELECT n FROM kb_version").fetchone()
        return int(row["n"]) if row else 0

    def resolution_pending(self) -> int | None:
        """The stored-batch count to resolve up to, or None when entities are current."""
        row = self.conn.execute("SELECT stored, resolved FROM resolution_mark").fetchone()
        return int(row["stored"]) if row and row["stored"] > row["resolved"] else None

    def resolution_done(self, stored: int) -> None:
        """Record that entities now reflect every batch up to ``stored``."""
        self.conn.execute(
            "UPDATE resolution_mark SET resolved = GREATEST(resolved, %s)", (stored,))

    @staticmethod
    def _insert(cur: psycopg.Cursor[Row], item: Incoming, story: str) -> bool:
        """Insert the article unless its id is stored (by anyone); whether it was new."""
        cur.execute(_INSERT_ARTICLE, _article_row(item, story))
        return cur.fetchone() is not None

    def _story_of(self, article_id: str) -> str:
        """The story a stored article belongs to; an unknown original starts its own."""
        row = self.conn.execute(
            "SELECT story_id FROM articles WHERE id = %s", (article_id,)).fetchone()
        return str(row["story_id"]) if row else article_id

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this content id is stored."""
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = %s", (article_id,)).fetchone()
        return row is not None

    def stored_articles(self, article_ids: Sequence[str]) -> set[str]:
        """Those of these article ids that are stored (one query)."""
        return {str(r["id"]) for r in self.conn.execute(
            "SELECT id FROM articles WHERE id = ANY(%s)", (list(article_ids),)).fetchall()}

    def article(self, article_id: str) -> Article | None:
        """One stored article, or None."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = %s", (article_id,)).fetchone()
        return _article(row) if row else None

    def articles(self, q: str | None = None, limit: int = 50, offset: int = 0) -> list[Article]:
        """Articles newest first (undated last); ``q`` keeps those whose title or text has it."""
        where, params = "", []
        if q:
            where = ("WHERE strpos(lower(text), lower(%s)) > 0 "
                     "OR strpos(lower(title), lower(%s)) > 0")
            params = [q, q]
        rows = self.conn.execute(
            f"SELECT * FROM articles {where} "
            'ORDER BY published DESC NULLS LAST, id COLLATE "C" LIMIT %s OFFSET %s',
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
        """Stored facts in article date order (undated first, as SQLite sorts NULL)."""
        clauses: list[str] = []
        params: list[Any] = []
        if show is not None:
            clauses.append("lower(f.show) = lower(%s)")
            params.append(show)
        if types is not None:
            clauses.append("f.type = ANY(%s)")
            params.append(list(types))
        if article_id is not None:
            clauses.append("f.article_id = %s")
            params.append(article_id)
        if show_id is not None:
            clauses.append("l.show_id = %s")
            params.append(show_id)
        if actor_id is not None:
            clauses.append("l.actor_id = %s")
            params.append(actor_id)
        if unresolved:
            clauses.append("l.fact_id IS NULL")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.conn.execute(
            f"{_FACT_SELECT} {where} ORDER BY a.published NULLS FIRST, f.id", params)
        return [_stored_fact(r) for r in rows]

    def near_duplicates(self, band_keys: Sequence[BandKey]) -> list[tuple[str, bytes]]:
        """(id, signature) of the stored articles filed under any of these band keys,
        by id."""
        found = self.near_duplicates_by_key(band_keys)
        return sorted({article for articles in found.values() for article in articles})

    def near_duplicates_by_key(self, band_keys: Sequence[BandKey]
                               ) -> dict[BandKey, list[tuple[str, bytes]]]:
        """Store.near_duplicates_by_key: the keys' numbers (``band_number``) as one
        table, joined through the band table's primary key, then the numbers found to
        their articles' signatures, each once; an article is kept under the keys its
        signature holds (``store.base.found_by_key``: a shared number costs a read)."""
        if not band_keys:
            return {}
        numbers = numbered(band_keys)
        return found_by_key(numbers, self.filed_under(numbers.numbers()))

    def filed_under(self, numbers: Sequence[int]) -> list[tuple[int, str, bytes]]:
        """Store.filed_under: the numbers as one table joined through the band table's
        primary key, then the article numbers found to their signatures, each once."""
        if not numbers:
            return []
        rows = self.conn.execute(
            "SELECT q.key, b.article FROM unnest(%s::bigint[]) AS q (key) "
            "JOIN near_duplicate_keys b ON b.key = q.key", (sorted(numbers),)).fetchall()
        if not rows:
            return []
        sigs = {int(r["n"]): (str(r["id"]), bytes(r["signature"])) for r in self.conn.execute(
            "SELECT m.n, a.id, a.signature FROM near_duplicate_articles m "
            "JOIN articles a ON a.id = m.article_id WHERE m.n = ANY(%s)",
            (sorted({int(r["article"]) for r in rows}),))}
        return [(int(r["key"]), *sigs[int(r["article"])]) for r in rows]

    def replace_entities(self, entities: Sequence[Entity]) -> None:
        """Swap the whole entity table for a freshly resolved one, atomically."""
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute(_BUMP)
            _write_entities(cur, entities)

    def fact_count(self) -> int:
        """How many facts are stored."""
        row = self.conn.execute("SELECT count(*) AS n FROM facts").fetchone()
        return int(row["n"]) if row else 0

    def replace_resolution(self, entities: Sequence[Entity], names: Sequence[NameRow],
                           links: Sequence[FactLink], blocks: Sequence[BlockRow] = (),
                           groups: Sequence[GroupLink] = (),
                           kept: KeptNames = NO_KEPT_NAMES) -> None:
        """Swap in a whole resolution (entities, names, links, blocks, the written
        triples' links, the kept names) in one transaction."""
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute(_BUMP)
            _write_entities(cur, entities)
            for table in ("names", "fact_entities", "name_blocks", "show_counts",
                          "show_info_counts", "claim_dates", "person_counts", "person_shows",
                          "name_groups", "kept_holders", "kept_words"):
                cur.execute(f"DELETE FROM {table}")
            _write_index(cur, names, blocks, links)
            cur.executemany(_INSERT_GROUP, groups)
            cur.executemany(_INSERT_HOLDER, kept.holders)
            cur.executemany(_INSERT_WORD, kept.words)
            for sql in _RECOUNT:
                cur.execute(sql.format(shows="TRUE"))
            for sql in _RECOUNT_PEOPLE:
                cur.execute(sql.format(people="TRUE"))

    def update_resolution(self, change: ResolutionChange) -> None:
        """Apply an incremental resolution in one transaction (store/base.py). Only the
        entity and name rows that differ from the stored ones are written; the listing
        counts of the shows and people whose stored facts are relinked are recounted,
        the new facts' links added to the others' counts."""
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute(_BUMP)
            old = self.entities_of(change.drop_entities, change.drop_scopes)
            shows, people = _relinked(cur, change.groups)
            keep = _swap_names(cur, change)
            _swap_kept(cur, change, keep)
            _swap_entities(cur, [e for e in old if e.id not in keep], change.entities)
            _write_index(cur, (), change.blocks, change.links)
            _relink(cur, change.groups)
            cur.execute(_NEW_LINKS, ([link[0] for link in change.links],))
            links = [(r["show_id"], r["actor_id"], r["type"], r["field"], r["value"],
                      r["change"], r["status"], r["article_id"]) for r in cur.fetchall()]
            cur.execute(_DATES, (sorted({r[7] for r in links}),))
            dates = {str(r["id"]): r["latest"] for r in cur.fetchall()}
            add = count_deltas(dated(links, dates), shows, people)
            for sql, rows in ((_ADD_SHOW, add.shows), (_ADD_INFO, add.info),
                              (_ADD_CLAIM, add.claims), (_ADD_PERSON, add.people),
                              (_ADD_PERSON_SHOW, add.person_shows)):
                if rows:
                    cur.executemany(sql, rows)
            _recount(cur, shows)
            _recount_people(cur, people)

    def show_counts(self, listed_only: bool = False, by: str = "facts",
                    limit: int | None = None, offset: int = 0) -> tuple[int, list[ShowCounts]]:
        """Counted shows in listing order, a page of them, and how many in all."""
        where = "WHERE e.status = 'confirmed'" if listed_only else ""
        base = f"FROM show_counts c JOIN entities e ON e.id = c.show_id {where}"
        row = self.conn.execute(f"SELECT count(*) AS n {base}").fetchone()
        rows = self.conn.execute(
            f"SELECT c.show_id, c.facts, c.articles, c.latest {base} "
            f"ORDER BY {_SHOW_ORDER[by]} LIMIT %s OFFSET %s", (limit, offset)).fetchall()
        info: dict[str, list[tuple[str, str, int]]] = {}
        for r in self.conn.execute(
                "SELECT show_id, field, value, facts FROM show_info_counts "
                'WHERE show_id = ANY(%s) ORDER BY show_id COLLATE "C", field COLLATE "C", '
                'value COLLATE "C"', ([r["show_id"] for r in rows],)):
            info.setdefault(r["show_id"], []).append((r["field"], r["value"], int(r["facts"])))
        return int(row["n"]) if row else 0, [
            ShowCounts(r["show_id"], int(r["facts"]), int(r["articles"]), _latest(r["latest"]),
                       tuple(info.get(r["show_id"], ()))) for r in rows]

    def person_counts(self) -> list[PersonCounts]:
        """Every person with linked cast facts, counted as the last resolution write left
        them, by person id."""
        shows: dict[str, list[str]] = {}
        for r in self.conn.execute("SELECT person_id, show_id FROM person_shows "
                                   'ORDER BY person_id COLLATE "C", show_id COLLATE "C"'):
            shows.setdefault(r["person_id"], []).append(r["show_id"])
        rows = self.conn.execute("SELECT person_id, facts, articles, latest FROM person_counts "
                                 'ORDER BY person_id COLLATE "C"')
        return [PersonCounts(r["person_id"], int(r["facts"]), int(r["articles"]),
                             _latest(r["latest"]), tuple(shows.get(r["person_id"], ())))
                for r in rows]

    def claim_dates(self, shows: Sequence[str]) -> list[ClaimDate]:
        """Each cast-change claim of these shows with its latest report's date."""
        rows = self.conn.execute(
            "SELECT show_id, actor_id, change, latest FROM claim_dates WHERE show_id = ANY(%s) "
            'ORDER BY show_id COLLATE "C", actor_id COLLATE "C", change COLLATE "C"',
            (sorted(set(shows)),))
        return [(r["show_id"], r["actor_id"], r["change"], _latest(r["latest"])) for r in rows]

    def claim_page(self, limit: int, offset: int = 0) -> tuple[int, list[ClaimDate]]:
        """A page of every claim, the one reported last first (``Store.claim_page``)."""
        count = self.conn.execute("SELECT count(*) AS n FROM claim_dates").fetchone()
        total = int(count["n"]) if count else 0
        rows = self.conn.execute(
            'SELECT show_id, actor_id, change, latest FROM claim_dates ORDER BY latest IS NULL, '
            'latest COLLATE "C" DESC, show_id COLLATE "C", actor_id COLLATE "C", '
            'change COLLATE "C" LIMIT %s OFFSET %s', (limit, offset))
        return total, [(r["show_id"], r["actor_id"], r["change"], _latest(r["latest"]))
                       for r in rows]

    def show_counts_by(self, day: date) -> list[ShowCounts]:
        """Every show's counts over the facts published by ``day`` (``Store.show_counts_by``)."""
        dated = ("FROM fact_entities l JOIN facts f ON f.id = l.fact_id "
                 "JOIN articles a ON a.id = f.article_id WHERE a.published IS NOT NULL AND "
                 "CASE a.precision WHEN 'day' THEN a.published "
                 "WHEN 'month' THEN (a.published + interval '1 month' - interval '1 day')::date "
                 "ELSE (a.published + interval '1 year' - interval '1 day')::date END <= %s")
        info: dict[str, list[tuple[str, str, int]]] = {}
        for r in self.conn.execute(
                f"SELECT l.show_id, f.field, f.value, count(*) AS n {dated} "
                "AND f.type = 'show_info' AND f.field IS NOT NULL AND f.value <> '' "
                'GROUP BY l.show_id, f.field, f.value ORDER BY l.show_id COLLATE "C", '
                'f.field COLLATE "C", f.value COLLATE "C"', (day,)):
            info.setdefault(r["show_id"], []).append((r["field"], r["value"], int(r["n"])))
        rows = self.conn.execute(
            "SELECT l.show_id, count(*) AS facts, count(DISTINCT f.article_id) AS articles, "
            """max((a.published::text || ' ' || a.precision) COLLATE "C") AS latest """
            f'{dated} GROUP BY l.show_id ORDER BY l.show_id COLLATE "C"', (day,))
        return [ShowCounts(r["show_id"], int(r["facts"]), int(r["articles"]),
                           _latest(r["latest"]), tuple(info.get(r["show_id"], ())))
                for r in rows]

    def person_counts_by(self, day: date) -> list[PersonCounts]:
        """Every person's counts over the cast facts published by ``day``
        (``Store.person_counts_by``)."""
        dated = ("FROM fact_entities l JOIN facts f ON f.id = l.fact_id "
                 "JOIN articles a ON a.id = f.article_id WHERE a.published IS NOT NULL AND "
                 "CASE a.precision WHEN 'day' THEN a.published "
                 "WHEN 'month' THEN (a.published + interval '1 month' - interval '1 day')::date "
                 "ELSE (a.published + interval '1 year' - interval '1 day')::date END <= %s "
                 "AND f.type IN ('cast', 'cast_change') AND l.actor_id IS NOT NULL")
        shows: dict[str, list[str]] = {}
        for r in self.conn.execute(  # GROUP BY, not DISTINCT: ORDER BY may then collate
                f"SELECT l.actor_id, l.show_id {dated} GROUP BY l.actor_id, l.show_id "
                'ORDER BY l.actor_id COLLATE "C", l.show_id COLLATE "C"', (day,)):
            shows.setdefault(r["actor_id"], []).append(r["show_id"])
        rows = self.conn.execute(
            "SELECT l.actor_id, count(*) AS facts, count(DISTINCT f.article_id) AS articles, "
            """max((a.published::text || ' ' || a.precision) COLLATE "C") AS latest """
            f'{dated} GROUP BY l.actor_id ORDER BY l.actor_id COLLATE "C"', (day,))
        return [PersonCounts(r["actor_id"], int(r["facts"]), int(r["articles"]),
                             _latest(r["latest"]), tuple(shows.get(r["actor_id"], ())))
                for r in rows]

    def ids_known_by(self, day: date) -> list[str]:
        """The ids the facts published by ``day`` name (``Store.ids_known_by``)."""
        dated = ("FROM fact_entities l JOIN facts f ON f.id = l.fact_id "
                 "JOIN articles a ON a.id = f.article_id WHERE a.published IS NOT NULL AND "
                 "CASE a.precision WHEN 'day' THEN a.published "
                 "WHEN 'month' THEN (a.published + interval '1 month' - interval '1 day')::date "
                 "ELSE (a.published + interval '1 year' - interval '1 day')::date END "
                 "<= %(day)s")
        rows = self.conn.execute(
            f"SELECT l.show_id AS id {dated} UNION SELECT l.actor_id {dated} "
            f"UNION SELECT l.character_id {dated}", {"day": day})
        return sorted(str(r["id"]) for r in rows if r["id"] is not None)

    def rating_weeks(self, day: date | None = None) -> list[tuple[str, str, str | None]]:
        """Each show's distinct rating places (``Store.rating_weeks``)."""
        dated = ("AND a.published IS NOT NULL AND CASE a.precision WHEN 'day' THEN a.published "
                 "WHEN 'month' THEN (a.published + interval '1 month' - interval '1 day')::date "
                 "ELSE (a.published + interval '1 year' - interval '1 day')::date END <= %s"
                 ) if day else ""
        rows = self.conn.execute(
            "SELECT DISTINCT l.show_id AS show_id, coalesce(f.week, '') AS week, "
            "CASE WHEN coalesce(f.week, '') = '' AND a.precision = 'day' "
            "THEN a.published::text END AS day FROM fact_entities l "
            "JOIN facts f ON f.id = l.fact_id JOIN articles a ON a.id = f.article_id "
            f"WHERE f.type = 'rating' {dated}", (day,) if day else ())
        return sorted(((r["show_id"], r["week"], r["day"]) for r in rows),
                      key=lambda r: (r[0], r[1], r[2] or ""))  # code point order, as "C"

    def names(self) -> list[NameRow]:
        """Where every written name resolves to, as the last resolution stored it."""
        rows = self.conn.execute("SELECT kind, scope, key, entity_id FROM names")
        return [(r["kind"], r["scope"], r["key"], r["entity_id"]) for r in rows]

    def kept_names(self, holders: Sequence[str], words: Sequence[tuple[str, str]]
                   ) -> KeptNames:
        """The kept names with these holder keys and (set, key) words, by key."""
        found = [_holder(r) for r in self.conn.execute(
            "SELECT * FROM kept_holders WHERE key = ANY(%s)", (sorted(set(holders)),))]
        pairs = sorted(set(words))
        rows = self.conn.execute(
            "SELECT w.what, w.key, w.entity_id FROM unnest(%s::text[], %s::text[]) AS j(what, key) "
            "JOIN kept_words w ON w.what = j.what AND w.key = j.key",
            ([p[0] for p in pairs], [p[1] for p in pairs]))
        return KeptNames(found, [(r["what"], r["key"], r["entity_id"]) for r in rows])

    def keeps_names(self) -> bool:
        """Whether a resolution has filled the kept names."""
        return self.conn.execute("SELECT 1 FROM kept_holders LIMIT 1").fetchone() is not None

    def names_of(self, kind: str, keys: Sequence[str]) -> list[NameRow]:
        """The stored name rows of ``kind`` (any scope) with one of these exact keys."""
        rows = self.conn.execute(
            "SELECT kind, scope, key, entity_id FROM names WHERE kind = %s AND key = ANY(%s)",
            (kind, sorted(set(keys))))
        return [(r["kind"], r["scope"], r["key"], r["entity_id"]) for r in rows]

    def keys_in_blocks(self, kind: str, blocks: Sequence[str]) -> list[tuple[str, str]]:
        """(block, key) of the stored names of ``kind`` filed in one of these blocks."""
        rows = self.conn.execute(
            "SELECT block, key FROM name_blocks WHERE kind = %s AND block = ANY(%s)",
            (kind, sorted(set(blocks))))
        return [(r["block"], r["key"]) for r in rows]

    def entities(self, kind: EntityKind | None = None) -> list[Entity]:
        """Resolved entities (optionally of one kind) with their aliases."""
        where, params = ("WHERE kind = %s", [str(kind)]) if kind else ("", [])
        rows = list(self.conn.execute(
            f'SELECT * FROM entities {where} ORDER BY kind COLLATE "C", name COLLATE "C"', params))
        alias_where = "WHERE entity_id IN (SELECT id FROM entities WHERE kind = %s)" if kind else ""
        return _with_aliases(rows, self.conn.execute(
            f'SELECT entity_id, alias FROM aliases {alias_where} ORDER BY alias COLLATE "C"',
            params))

    def stored_aliases(self, kind: EntityKind, spellings: Sequence[str]) -> set[str]:
        """Those of these spellings that are an alias of a stored entity of ``kind``."""
        rows = self.conn.execute(
            "SELECT DISTINCT a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE e.kind = %s AND a.alias = ANY(%s)", (str(kind), sorted(set(spellings))))
        return {str(r["alias"]) for r in rows}

    def entities_of(self, ids: Sequence[str] = (), shows: Sequence[str] = ()) -> list[Entity]:
        """The entities with these ids and every character of these shows, with aliases."""
        rows = list(self.conn.execute(
            "SELECT * FROM entities WHERE id = ANY(%s) OR show_id = ANY(%s) "
            'ORDER BY kind COLLATE "C", name COLLATE "C"',
            (sorted(set(ids)), sorted(set(shows)))))
        return _with_aliases(rows, self.conn.execute(
            "SELECT entity_id, alias FROM aliases WHERE entity_id = ANY(%s) "
            'ORDER BY alias COLLATE "C"', ([r["id"] for r in rows],)))

    def aliases_of(self, ids: Sequence[str]) -> dict[str, list[str]]:
        """The aliases of these entities by id (store/base.py)."""
        out: dict[str, list[str]] = {}
        for r in self.conn.execute(
                "SELECT entity_id, alias FROM aliases WHERE entity_id = ANY(%s) "
                'ORDER BY entity_id COLLATE "C", alias COLLATE "C"', (sorted(set(ids)),)):
            out.setdefault(r["entity_id"], []).append(r["alias"])
        return out

    def actors_of(self, shows: Sequence[str]) -> list[str]:
        """The people the facts of these shows are linked to, from the written triples'
        links (``name_groups``): a show's distinct names, not its facts."""
        rows = self.conn.execute(
            "SELECT DISTINCT actor_id FROM name_groups WHERE show_id = ANY(%s) "
            "AND actor_id IS NOT NULL", (sorted(set(shows)),))
        return sorted(str(r["actor_id"]) for r in rows)

    def names_in(self, scopes: Sequence[str]) -> list[NameRow]:
        """The name rows read in these shows' scopes (people in them, their characters)."""
        rows = self.conn.execute("SELECT kind, scope, key, entity_id FROM names "
                                 "WHERE scope = ANY(%s)", (sorted(set(scopes)),))
        return [(r["kind"], r["scope"], r["key"], r["entity_id"]) for r in rows]

    def add_override(self, override: Override) -> Override:
        """Record a curator's decision; return it with its id and time."""
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute(_BUMP)
            row = cur.execute(
                "INSERT INTO overrides (action, kind, target, value) VALUES (%s, %s, %s, %s) "
                "RETURNING id, created",
                (override.action, override.kind, override.target, override.value)).fetchone()
        assert row is not None  # RETURNING always gives the inserted row
        return replace(override, id=int(row["id"]), created=_iso(row["created"]))

    def overrides(self) -> list[Override]:
        """Every recorded override, oldest first (the order they apply in)."""
        rows = self.conn.execute("SELECT * FROM overrides ORDER BY id")
        return [Override(r["action"], r["kind"], r["target"], r["value"], int(r["id"]),
                         _iso(r["created"])) for r in rows]

    def delete_override(self, override_id: int) -> bool:
        """Forget one override; False if there was none with that id."""
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute(_BUMP)
            cur.execute("DELETE FROM overrides WHERE id = %s", (override_id,))
            return cur.rowcount > 0

    def stats(self) -> dict[str, Any]:
        """Counts per table, facts per type, the date range and the most-covered shows (the
        listed shows as resolution counts them: "Anupamaa" and "अनुपमा" are one show)."""
        def one(sql: str) -> Any:
            row = self.conn.execute(sql).fetchone()
            return next(iter(row.values())) if row else None

        return {
            "articles": one("SELECT count(*) FROM articles"),
            "stories": one("SELECT count(DISTINCT story_id) FROM articles"),
            "facts": one("SELECT count(*) FROM facts"),
            "entities": one("SELECT count(*) FROM entities"),
            "aliases": one("SELECT count(*) FROM aliases"),
            "facts_by_type": {r["type"]: r["count"] for r in self.conn.execute(
                'SELECT type, count(*) FROM facts GROUP BY type ORDER BY type COLLATE "C"')},
            "first_published": one("SELECT min(published)::text FROM articles"),
            "last_published": one("SELECT max(published)::text FROM articles"),
            "top_shows": list(self.conn.execute(
                "SELECT e.name AS show, c.facts, c.articles FROM show_counts c "
                "JOIN entities e ON e.id = c.show_id WHERE e.status = 'confirmed' "
                'ORDER BY c.facts DESC, e.name COLLATE "C" LIMIT 10')),
        }

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def begin_read(self) -> None:
        """A read snapshot (``Store.begin_read``): a read-only REPEATABLE READ transaction."""
        self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def end_read(self) -> None:
        """End the read snapshot."""
        self.conn.execute("ROLLBACK")

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def unresolved(self) -> list[tuple[int, str | None, str | None, str]]:
        """(id, show, actor, type) of the facts no resolution has linked yet."""
        rows = self.conn.execute(
            "SELECT f.id, f.show, f.actor, f.type FROM facts f "
            "LEFT JOIN fact_entities l ON l.fact_id = f.id WHERE l.fact_id IS NULL")
        return [(int(r["id"]), r["show"], r["actor"], str(r["type"])) for r in rows]

    def unresolved_roles(self) -> list[tuple[str, str]]:
        """(show, character) of the facts ``unresolved`` gives, each once (store/base.py)."""
        return [(str(r["show"]), str(r["name"])) for r in self.conn.execute(
            "WITH f AS MATERIALIZED (SELECT f.show, f.type, f.character, f.characters, "
            "f.subject, f.object FROM facts f LEFT JOIN fact_entities l ON l.fact_id = f.id "
            "WHERE l.fact_id IS NULL AND f.show IS NOT NULL AND f.show != '') "
            "SELECT show, f.character AS name FROM f WHERE type IN ('cast', 'cast_change') "
            "AND f.character != '' "
            "UNION SELECT f.show, c FROM f, unnest(f.characters) c "
            "WHERE f.type = 'event' AND c != '' "
            "UNION SELECT show, subject FROM f WHERE type = 'relation' AND subject != '' "
            "UNION SELECT show, object FROM f WHERE type = 'relation' AND object != ''")]

    def name_counts(self, show_ids: Sequence[str] | None = None, actor_ids: Sequence[str] = (),
                    fact_ids: Sequence[int] = (), titles: Sequence[str] = ()) -> NameCounts:
        """The name counts of a neighbourhood, read from the kept counts (store/base.py);
        of every fact, aggregated from the facts, when ``show_ids`` is None."""
        if show_ids is None:
            return self._all_counts()
        new: list[LinkGroup] = [
            (r["show"], r["actor"], r["character"], None, None, None, [int(i) for i in r["ids"]])
            for r in self.conn.execute(
                "SELECT show, min(actor) AS actor, min(f.character) AS character, "
                "array_agg(id ORDER BY id) AS ids FROM facts f WHERE id = ANY(%s) "
                "AND show IS NOT NULL AND show != '' "
                "GROUP BY show, coalesce(actor, ''), coalesce(f.character, '')",
                (list(fact_ids),))]
        named = {r["show"] for r in self.conn.execute(  # the written names of ``titles``
            "SELECT DISTINCT show FROM name_groups WHERE show_id = ANY(%s)",
            (sorted(set(titles)),))}
        written = sorted({g[0] for g in new} - named)
        bare = sorted({g[0] for g in new} & named)  # as in SQLite
        stored = [(r["show"], r["actor"], r["character"], r["show_id"], r["actor_id"],
                   r["character_id"]) for r in self.conn.execute(
            'SELECT show, actor, "character", show_id, actor_id, character_id FROM name_groups '
            "WHERE show_id = ANY(%s) OR actor_id = ANY(%s) OR show = ANY(%s) "
            """OR (show = ANY(%s) AND actor = '' AND "character" = '')""",
            (list(show_ids), list(actor_ids), written, bare))]
        touched = set(show_ids)
        whole = sorted({*written, *(g[0] for g in stored if g[3] in touched)})
        whole_set = set(whole)
        # another show's triple reached through its actor: that show's, actor's and
        # character's names only; a show read by its names: its show and producer names
        keys = sorted({k for g in stored if g[0] not in whole_set
                       for k in ((0, g[0], ""), (1, g[0], g[1]), (2, g[0], g[2]))
                       if k[0] == 0 or k[2]} | {(0, n, "") for n in named - whole_set})
        rows = [(r["k"], r["show"], r["name"], r["n"], r["stories"], r["cues"])
                for r in self.conn.execute(
            "SELECT k, show, name, n, stories, cues FROM name_tallies WHERE show = ANY(%s) "
            f"UNION ALL SELECT t.k, t.show, t.name, t.n, t.stories, t.cues FROM {_KEYS} "
            "JOIN name_tallies t "
            "ON t.k = j.k AND t.show = j.show AND t.name = j.name UNION ALL SELECT k, show, "
            "name, n, stories, cues FROM name_tallies WHERE k = 3 AND show = ANY(%s)",
            (whole, *_columns(keys), sorted(named - whole_set)))]
        links: list[LinkGroup] = [(g[0], g[1] or None, g[2] or None, g[3], g[4], g[5], ())
                                  for g in stored]
        return _counts(rows, [*links, *new])

    def _all_counts(self) -> NameCounts:
        """Every fact's name counts and link groups, aggregated from the facts."""
        rows = [(r["k"], r["show"], r["name"], r["n"], r["stories"], r["cues"])
                for r in self.conn.execute(
            "SELECT t.*, CASE WHEN t.k < 2 THEN c.cues ELSE 0 END AS cues FROM (SELECT k, show, "
            "name, count(*) AS n, count(DISTINCT story) AS stories FROM ("
            + NAMINGS.format(articles="TRUE") + ") t GROUP BY k, show, name) t LEFT JOIN ("
            + CUES.format(articles="TRUE") + ") c USING (k, show, name)")]
        links: list[LinkGroup] = [
            (r["show"], r["actor"], r["character"], r["show_id"], r["actor_id"],
             r["character_id"], [int(i) for i in r["ids"]]) for r in self.conn.execute(
                "SELECT f.show, f.actor, f.character, l.show_id, l.actor_id, l.character_id, "
                "array_agg(f.id) AS ids FROM facts f LEFT JOIN fact_entities l "
                "ON l.fact_id = f.id WHERE f.show IS NOT NULL AND f.show != '' "
                "GROUP BY 1, 2, 3, 4, 5, 6")]
        return _counts(rows, links)

    def story_count(self, keys: Sequence[TallyKey]) -> int:
        """How many stories name any of these names (from ``name_stories``)."""
        row = self.conn.execute(
            f"SELECT count(DISTINCT s.story) AS n FROM {_KEYS} JOIN name_stories s "
            "ON s.k = j.k AND s.show = j.show AND s.name = j.name", _columns(keys)).fetchone()
        return int(row["n"]) if row else 0

    def resolved_any(self) -> bool:
        """Whether any fact is linked."""
        return self.conn.execute("SELECT 1 FROM fact_entities LIMIT 1").fetchone() is not None

    def sentences(self, fact_type: str, show: str, actor: str | None,
                  min_confidence: float) -> Iterator[str]:
        """Evidence sentences of this type, show (and actor) and confidence, lazily."""
        sql = ("SELECT evidence_text FROM facts WHERE show = %s AND type = %s "
               "AND confidence >= %s AND evidence_text IS NOT NULL")
        params: list[Any] = [show, fact_type, min_confidence]
        if actor is not None:
            sql += " AND actor = %s"
            params.append(actor)
        return self._pages(sql + " ORDER BY id", params)

    def texts_like(self, patterns: Sequence[str], limit: int, window: int) -> Iterator[str]:
        """The newest ``limit`` distinct evidence sentences of facts naming a show that
        match ``patterns``, among the newest ``window`` facts (a range of ids)."""
        like = "".join(" AND evidence_text ILIKE %s" for _ in patterns)
        return iter([str(r["evidence_text"]) for r in self.conn.execute(
            "SELECT evidence_text FROM facts WHERE id > (SELECT coalesce(max(id), 0) FROM facts) "
            f"- %s AND show IS NOT NULL AND show != '' AND evidence_text IS NOT NULL{like} "
            "GROUP BY evidence_text "
            "ORDER BY max(id) DESC LIMIT %s", [window, *patterns, limit])])

    def _pages(self, sql: str, params: list[Any]) -> Iterator[str]:
        """The first column of a query, page by page (most callers stop early)."""
        offset, size = 0, 16
        while True:
            rows = self.conn.execute(f"{sql} LIMIT {size} OFFSET {offset}", params).fetchall()
            yield from (str(next(iter(r.values()))) for r in rows)
            if len(rows) < size:
                return
            offset, size = offset + size, size * 4


def _columns(keys: Sequence[TallyKey]) -> tuple[list[int], list[str], list[str]]:
    """Tally keys as the three arrays ``_KEYS`` unnests."""
    return [k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys]


def _counts(rows: Iterable[Sequence[Any]], links: Sequence[LinkGroup]) -> NameCounts:
    """NameCounts from (kind, show, name, namings, stories, cues) rows and link groups."""
    tallies: tuple[list[Any], ...] = ([], [], [], [])
    for k, show, name, n, stories, cues in rows:
        keys = (str(show),) if k == 0 else (str(show), str(name))
        tallies[k].append((*keys, int(n), int(stories), None if cues is None else int(cues)))
    producers = [(show, name) for show, name, *_ in tallies[3]]
    return NameCounts(tallies[0], tallies[1], tallies[2], producers, links)


def _relinked(cur: psycopg.Cursor[Row], groups: Sequence[GroupLink]) -> tuple[set[str], set[str]]:
    """The shows and people whose stored facts these new triple links move: the ids
    the triples' stored links hold now and will hold (new triples move none)."""
    shows: set[str] = set()
    people: set[str] = set()
    old = {(r["show"], r["actor"], r["character"]): r for r in cur.execute(
        'SELECT g.show, g.actor, g."character", g.show_id, g.actor_id FROM name_groups g '
        "JOIN unnest(%s::text[], %s::text[], %s::text[]) AS j(show, actor, ch) "
        'ON g.show = j.show AND g.actor = j.actor AND g."character" = j.ch',
        _triples(groups))}
    for g in groups:
        if (row := old.get(g[:3])) is not None:
            shows |= {str(row["show_id"]), g[3]}
            people |= {p for p in (row["actor_id"], g[4]) if p is not None}
    return shows, people


def _swap_names(cur: psycopg.Cursor[Row], change: ResolutionChange) -> set[str]:
    """Put the change's name rows in place of those it drops, writing only the rows
    that differ, but the rows of the characters it keeps, whose ids it returns (as in
    SQLite)."""
    old = {(r["kind"], r["scope"], r["key"], r["entity_id"]) for r in cur.execute(
        "SELECT kind, scope, key, entity_id FROM names WHERE entity_id = ANY(%s) "
        "OR scope = ANY(%s) OR (kind = 'person' AND scope = '' AND key = ANY(%s))",
        (list(change.drop_entities), list(change.drop_scopes),
         list(change.drop_person_keys))).fetchall()}
    keep = kept_characters(change, old)
    if keep:
        old = {r for r in old if r[3] not in keep}
    new = set(change.names)
    cur.executemany("DELETE FROM names WHERE kind = %s AND scope = %s AND key = %s",
                    [r[:3] for r in sorted(old - new)])
    _write_index(cur, sorted(new - old), (), ())
    return keep


def _swap_kept(cur: psycopg.Cursor[Row], change: ResolutionChange,
               keep: Set[str] = frozenset()) -> None:
    """Put the change's kept names in place of those of the dropped and written entities
    (and the dropped shows' characters but those it ``keep``s), writing only the rows
    that differ (as in SQLite)."""
    ids = sorted({*change.drop_entities, *(e.id for e in change.entities)})
    holders = {h for r in cur.execute(
        "SELECT * FROM kept_holders WHERE entity_id = ANY(%s) OR show_id = ANY(%s)",
        (ids, sorted(change.drop_scopes))).fetchall() if (h := _holder(r))[1] not in keep}
    words: set[WordRow] = {(r["what"], r["key"], r["entity_id"]) for r in cur.execute(
        "SELECT what, key, entity_id FROM kept_words WHERE entity_id = ANY(%s)",
        (ids,)).fetchall()}
    gone, added, changed = holder_changes(holders, change.kept.holders)
    cur.executemany("DELETE FROM kept_holders WHERE key = %s AND entity_id = %s", gone)
    cur.executemany(_INSERT_HOLDER, added)
    cur.executemany("UPDATE kept_holders SET kind = %s, stories = %s, name = %s, show_id = %s "
                    "WHERE key = %s AND entity_id = %s", changed)
    new_words = set(change.kept.words)
    cur.executemany("DELETE FROM kept_words WHERE what = %s AND key = %s AND entity_id = %s",
                    sorted(words - new_words))
    cur.executemany(_INSERT_WORD, sorted(new_words - words))


def _holder(r: Row) -> HolderRow:
    """A ``kept_holders`` row as a HolderRow."""
    return (r["key"], r["entity_id"], r["kind"], int(r["stories"]), r["name"], r["show_id"])


def _swap_entities(cur: psycopg.Cursor[Row], stored: Sequence[Entity],
                   entities: Sequence[Entity]) -> None:
    """Put ``entities`` in place of the ``stored`` ones they replace: the gone ones
    deleted (characters first), the new ones inserted, the changed ones updated."""
    old = {e.id: e for e in stored}
    new = {e.id: e for e in entities}
    gone = sorted((e for i, e in old.items() if i not in new), key=lambda e: e.show_id is None)
    cur.executemany("DELETE FROM entities WHERE id = %s", [(e.id,) for e in gone])
    _insert_entities(cur, [e for i, e in new.items() if i not in old])
    changed = [(old[i], e) for i, e in new.items() if i in old and old[i] != e]
    cur.executemany("UPDATE entities SET kind = %s, name = %s, show_id = %s, status = %s, "
                    "evidence = %s WHERE id = %s",
                    [(str(e.kind), e.name, e.show_id, e.status, e.evidence, e.id)
                     for _, e in changed])
    cur.executemany("DELETE FROM aliases WHERE entity_id = %s AND alias = %s",
                    [(e.id, a) for o, e in changed
                     for a in sorted(set(o.aliases) - set(e.aliases))])
    cur.executemany("INSERT INTO aliases (entity_id, alias) VALUES (%s, %s) "
                    "ON CONFLICT DO NOTHING", [(e.id, a) for o, e in changed
                                               for a in sorted(set(e.aliases) - set(o.aliases))])


def _triples(groups: Sequence[GroupLink]) -> tuple[list[str], list[str], list[str]]:
    return [g[0] for g in groups], [g[1] for g in groups], [g[2] for g in groups]


def _relink(cur: psycopg.Cursor[Row], groups: Sequence[GroupLink]) -> None:
    """Store the triples' new links and move their stored facts to them."""
    cur.executemany(_INSERT_GROUP, groups)
    if not groups:
        return
    cur.execute(
        "UPDATE fact_entities l SET show_id = r.show_id, actor_id = r.actor_id, "
        "character_id = r.character_id FROM facts f JOIN unnest(%s::text[], %s::text[], "
        "%s::text[], %s::text[], %s::text[], %s::text[]) AS r(show, actor, ch, show_id, "
        "actor_id, character_id) ON r.show = f.show AND r.actor = coalesce(f.actor, '') "
        "AND r.ch = coalesce(f.character, '') WHERE f.id = l.fact_id AND f.show = ANY(%s)",
        (*_triples(groups), [g[3] for g in groups], [g[4] for g in groups],
         [g[5] for g in groups], sorted({g[0] for g in groups})))


def _with_aliases(rows: Iterable[Row], alias_rows: Iterable[Row]) -> list[Entity]:
    aliases: dict[str, list[str]] = {}
    for r in alias_rows:
        aliases.setdefault(r["entity_id"], []).append(r["alias"])
    return [Entity(r["id"], EntityKind(r["kind"]), r["name"], r["show_id"],
                   tuple(aliases.get(r["id"], ())), r["status"], r["evidence"]) for r in rows]


def _recount(cur: psycopg.Cursor[Row], shows: set[str]) -> None:
    """Recount the listing counts of ``shows`` from their links (in the caller's
    transaction): the shows whose links a resolution write touched."""
    ids = sorted(shows)
    for table in ("show_counts", "show_info_counts", "claim_dates"):
        cur.execute(f"DELETE FROM {table} WHERE show_id = ANY(%s)", (ids,))
    for sql in _RECOUNT:
        cur.execute(sql.format(shows="l.show_id = ANY(%s)"), (ids,))


def _recount_people(cur: psycopg.Cursor[Row], people: set[str]) -> None:
    """Recount the people listing's counts of ``people`` (as ``_recount``)."""
    ids = sorted(people)
    for table in ("person_counts", "person_shows"):
        cur.execute(f"DELETE FROM {table} WHERE person_id = ANY(%s)", (ids,))
    for sql in _RECOUNT_PEOPLE:
        cur.execute(sql.format(people="l.actor_id = ANY(%s)"), (ids,))


def _latest(value: str | None) -> PubDate | None:
    """A show's latest date as ``show_counts`` keeps it ("YYYY-MM-DD precision")."""
    if value is None:
        return None
    day, precision = value.split(" ")
    return PubDate(date.fromisoformat(day), DatePrecision(precision))


def _write_entities(cur: psycopg.Cursor[Row], entities: Sequence[Entity]) -> None:
    """Replace every entity and alias (in the caller's transaction)."""
    cur.execute("DELETE FROM aliases")
    cur.execute("DELETE FROM entities")
    _insert_entities(cur, entities)


def _insert_entities(cur: psycopg.Cursor[Row], entities: Sequence[Entity]) -> None:
    # Shows first: a character's show_id must exist before it (foreign key).
    ordered = sorted(entities, key=lambda e: e.show_id is not None)
    cur.executemany(
        "INSERT INTO entities (id, kind, name, show_id, status, evidence) "
        "VALUES (%s, %s, %s, %s, %s, %s)",
        [(e.id, str(e.kind), e.name, e.show_id, e.status, e.evidence) for e in ordered])
    cur.executemany(
        "INSERT INTO aliases (entity_id, alias) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        [(e.id, a) for e in ordered for a in e.aliases])


def _write_index(cur: psycopg.Cursor[Row], names: Sequence[NameRow],
                 blocks: Sequence[BlockRow], links: Sequence[FactLink]) -> None:
    """Upsert name rows, blocks and fact links (in the caller's transaction)."""
    cur.executemany(
        "INSERT INTO names (kind, scope, key, entity_id) VALUES (%s, %s, %s, %s) "
        "ON CONFLICT (kind, scope, key) DO UPDATE SET entity_id = EXCLUDED.entity_id", names)
    cur.executemany(
        "INSERT INTO name_blocks (kind, block, key) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
        blocks)
    cur.executemany(
        "INSERT INTO fact_entities (fact_id, show_id, actor_id, character_id) "
        "VALUES (%s, %s, %s, %s) ON CONFLICT (fact_id) DO UPDATE SET "
        "show_id = EXCLUDED.show_id, actor_id = EXCLUDED.actor_id, "
        "character_id = EXCLUDED.character_id", links)


def _article_row(item: Incoming, story_id: str) -> tuple[Any, ...]:
    a = item.article
    published = a.published.start if a.published else None
    precision = str(a.published.precision) if a.published else None
    return (a.id, a.source_id, a.url, a.outlet, published, precision, a.title, a.text,
            a.lang, a.origin, story_id, item.signature)


def _fact_rows(article_id: str, item: Incoming) -> list[tuple[Any, ...]]:
    cues = item.cues if item.cues is not None else [None] * len(item.facts)
    return [_fact_row(article_id, f, cue) for f, cue in zip(item.facts, cues, strict=True)]


def _fact_row(article_id: str, fact: Fact, cue: int | None) -> tuple[Any, ...]:
    ev = fact.evidence
    return (article_id, *_PLAIN_OF(fact), list(fact.characters),
            ev.start if ev else None, ev.end if ev else None, ev.text if ev else None, cue)


def _iso(moment: datetime) -> str:
    """A timestamp as the SQLite store writes it (UTC, seconds)."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _pubdate(row: Row) -> PubDate | None:
    published: date | None = row["published"]
    if published is None:
        return None
    return PubDate(published, DatePrecision(row["precision"]))


def _article(row: Row) -> Article:
    return Article(id=row["id"], text=row["text"], url=row["url"], outlet=row["outlet"],
                   published=_pubdate(row), title=row["title"], lang=row["lang"],
                   source_id=row["source_id"], origin=row["origin"])


def _stored_fact(row: Row) -> StoredFact:
    evidence = None
    if row["evidence_start"] is not None:
        evidence = Evidence(row["article_id"], row["evidence_start"], row["evidence_end"],
                            row["evidence_text"] or "")
    fact = Fact(**{n: row[n] for n in _PLAIN}, evidence=evidence,
                characters=tuple(row["characters"]))
    return StoredFact(id=row["id"], fact=fact, article_id=row["article_id"],
                      published=_pubdate(row), outlet=row["outlet"], url=row["url"],
                      title=row["title"], story_id=row["story_id"], show_id=row["show_id"],
                      actor_id=row["actor_id"], character_id=row["character_id"])
