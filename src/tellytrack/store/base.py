"""The store protocol: what the pipeline writes and what queries read.

The default backend is SQLite (``store/sqlite.py``); any other backend
implements the same protocol and passes the same tests. Only ``pipeline.py``
calls the write methods.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from tellytrack.model import Article, Entity, EntityKind, Fact, PubDate


@dataclass(frozen=True)
class StoredFact:
    """A fact as stored, with what queries need of its article.

    ``story_id`` is shared by syndicated copies of one story: facts with the same
    ``story_id`` come from one independent source and count once.
    """

    id: int
    fact: Fact
    article_id: str
    published: PubDate | None
    outlet: str | None
    url: str | None
    title: str | None
    story_id: str
    # The ids its names resolved to, stored by the last resolution (``replace_links``);
    # None before the first one, or when its show resolves to nothing.
    show_id: str | None = None
    actor_id: str | None = None
    character_id: str | None = None


# Where a written name resolves to, as stored: (kind, scope, exact key, entity id).
# kind is "show" and "person" (scope ""), "person_in" and "character" (scope: show id).
NameRow = tuple[str, str, str, str]

# A fact's resolved ids: (fact id, show id, actor's person id, character id).
FactLink = tuple[int, str, str | None, str | None]

# The persistent name index's blocks: (kind, blocking key, exact key of a stored name).
# Two names a rule may join share a block, so a new name is compared with its blocks only.
BlockRow = tuple[str, str, str]

# The facts naming one (show, actor, character) spelling triple with the same stored ids
# (show, actor, character; None when not linked): (show, actor, character, show id,
# actor id, character id, fact ids). They all resolve alike (resolve/mentions.py). A
# group of stored links read from ``name_groups`` has no fact ids: it is relinked by its
# spellings (``ResolutionChange.groups``), never fact by fact.
LinkGroup = tuple[str, str | None, str | None, str | None, str | None, str | None,
                  Sequence[int]]

# The stored links of one written (show, actor, character) triple, as ``name_groups``
# keeps them (actor and character '' when the facts name none): (show, actor, character,
# show id, actor id, character id).
GroupLink = tuple[str, str, str, str, str | None, str | None]

# A tally's name as the store keys it: (kind, written show, name); kind 0 a show (name
# ''), 1 an actor, 2 a character, 3 a producer (resolve/mentions.py).
TallyKey = tuple[int, str, str]

# A name an entity holds, as admission weighs it against entities of other kinds
# (resolve/admission.py): (exact key, entity id, kind, the entity's independent stories,
# its canonical name, its show id for a character, else None).
HolderRow = tuple[str, str, str, int, str, str | None]

# A word admission looks up across the KB: (set, key, entity id). Sets: "title" (a show
# spelling's normalised words joined by spaces), "person" (the exact key of a typed
# person's full name, or of a producer), "first" (the first word of one of those),
# "producer" (a producer's key); the entity id is '' for a producer's rows (facts only
# add producers, so those rows are never dropped).
WordRow = tuple[str, str, str]


@dataclass(frozen=True)
class KeptNames:
    """What admission reads of the whole KB, kept by the store so that an incremental
    resolution reads it by key instead of deriving it from its neighbourhood
    (``Store.kept_names``; docs/kb.md, "Admission")."""

    holders: Sequence[HolderRow] = ()
    words: Sequence[WordRow] = ()


NO_KEPT_NAMES = KeptNames()  # a resolution written without them (default arguments)


def holder_changes(old: Iterable[HolderRow], new: Iterable[HolderRow]
          ) -> tuple[list[tuple[str, str]], list[HolderRow], list[tuple[Any, ...]]]:
    """The kept holder rows to delete (their keys), insert, and update in place (their
    columns, then their key: most rows that differ differ in their stories alone, and an
    update leaves the secondary indexes alone)."""
    before = {h[:2]: h for h in old}
    after = {h[:2]: h for h in new}
    gone = sorted(k for k in before if k not in after)
    added = [after[k] for k in sorted(after) if k not in before]
    changed = [(*after[k][2:], *k) for k in sorted(after) if k in before and before[k] != after[k]]
    return gone, added, changed


# A new fact's link as the listing counts read it (``count_deltas``): show id, actor id,
# type, field, value, change, status, article id, and its article's date as
# ``published || ' ' || precision`` (None when either is missing).
CountRow = tuple[str, str | None, str, Any, Any, Any, Any, str, str | None]


def dated(links: Iterable[Sequence[Any]], dates: Mapping[str, str | None]) -> Iterator[CountRow]:
    """The new facts' links as ``count_deltas`` reads them from their rows without the
    date (show id, actor id, type, field, value, change, status, article id) and their
    articles' dates (``dates``, by article id): a date read once an article, where a
    join to ``articles`` read it once a link (34,700 links of 4,800 articles a
    5,000-article resolution at 100,000 synthetic articles)."""
    for show_id, actor_id, kind, fld, value, change, status, article in links:
        yield show_id, actor_id, kind, fld, value, change, status, article, dates[article]


@dataclass(frozen=True)
class CountDeltas:
    """What a resolution's new facts add to the listing counts (``count_deltas``), one
    row per key in key order: show counts (show, facts, articles, latest), show-info
    counts (show, field, value, facts), claim dates (show, actor, change, latest),
    person counts (person, facts, articles, latest) and person shows (person, show)."""

    shows: list[tuple[str, int, int, str | None]]
    info: list[tuple[str, Any, Any, int]]
    claims: list[tuple[str, str, Any, str | None]]
    people: list[tuple[str, int, int, str | None]]
    person_shows: list[tuple[str, str]]


def _later(a: str | None, b: str | None) -> str | None:
    """The greater of two dates (SQL's ``max``: a missing one ignored)."""
    return b if a is None or (b is not None and b > a) else a


def _tally(counts: dict[str, list[Any]], key: str, article: str, latest: str | None) -> None:
    """One more fact of ``key`` (a show or a person): its facts, articles and latest date."""
    c = counts.get(key)
    if c is None:
        counts[key] = [1, {article}, latest]
    else:
        c[0] += 1
        c[1].add(article)
        c[2] = _later(c[2], latest)


def count_deltas(rows: Iterable[CountRow], shows: Set[str], people: Set[str]) -> CountDeltas:
    """The listing counts' increments from the new facts' links (``rows``, each as often
    as the fact is written), in one pass, but for the shows and people that are recounted
    instead (``shows``, ``people``): what each store's five aggregating statements over
    the same rows gave (an article's facts are linked in one resolution, so its articles
    are new to the counts too). A date compares as its text does (SQLite's and "C"
    collation's byte order of UTF-8 is the code point order)."""
    show: dict[str, list[Any]] = {}
    info: dict[tuple[str, Any, Any], int] = defaultdict(int)
    claims: dict[tuple[str, str, Any], str | None] = {}
    person: dict[str, list[Any]] = {}
    person_shows: set[tuple[str, str]] = set()
    for show_id, actor_id, kind, fld, value, change, status, article, latest in rows:
        if show_id not in shows:
            _tally(show, show_id, article, latest)
            if kind == "show_info" and fld is not None and value is not None and value != "":
                info[show_id, fld, value] += 1
            if (kind == "cast_change" and actor_id is not None and change is not None
                    and change != "" and status is not None and status != ""):
                key = (show_id, actor_id, change)
                claims[key] = _later(claims[key], latest) if key in claims else latest
        if kind in ("cast", "cast_change") and actor_id is not None and actor_id not in people:
            _tally(person, actor_id, article, latest)
            person_shows.add((actor_id, show_id))
    return CountDeltas(
        shows=[(k, v[0], len(v[1]), v[2]) for k, v in sorted(show.items())],
        info=[(*k, v) for k, v in sorted(info.items())],
        claims=[(*k, v) for k, v in sorted(claims.items())],
        people=[(k, v[0], len(v[1]), v[2]) for k, v in sorted(person.items())],
        person_shows=sorted(person_shows))


def namings(fact: Fact) -> Iterator[TallyKey]:
    """The names a fact writes, one per naming, as the kept counts file them: its show,
    its actor, each character it names (a cast role, an event's participants, a
    relation's ends) and its producer; none when it names no show. The rule
    ``migrations.NAMINGS`` applies to the stored facts (a test compares the two)."""
    show = fact.show
    if not show:
        return
    yield 0, show, ""
    kind = fact.type
    if kind in ("cast", "cast_change"):
        if fact.actor:
            yield 1, show, fact.actor
        if fact.character:
            yield 2, show, fact.character
    elif kind == "event":
        yield from ((2, show, c) for c in fact.characters if c)
    elif kind == "relation":
        yield from ((2, show, n) for n in (fact.subject, fact.object) if n)
    elif kind == "show_info" and fact.field == "producer" and fact.value:
        yield 3, show, fact.value


@dataclass(frozen=True)
class BatchNamings:
    """What a batch's facts add to the kept name counts (``batch_namings``): per name
    (kind, show, name) its namings and, for a show or an actor, the OR of its facts'
    typing cue bits (None when a fact has none; 0 for a character or producer, whose
    tallies keep no cues), in key order; and each (kind, show, name, story) it is named
    in, once, in key order."""

    tallies: list[tuple[int, str, str, int, int | None]]
    stories: list[tuple[int, str, str, str]]


def batch_namings(articles: Iterable[tuple[str, Sequence[Fact], Sequence[int] | None]]
                  ) -> BatchNamings:
    """The kept name counts' additions of these (story, facts, their cues) without
    reading the facts back: what ``migrations.NAMINGS`` and ``migrations.CUES`` give for
    them once stored (a show's cue bits are a fact's low four, an actor's the next four).
    """
    counts: dict[TallyKey, list[Any]] = {}
    stories: set[tuple[int, str, str, str]] = set()
    for story, facts, cues in articles:
        for fact, cue in zip(facts, cues if cues is not None else [None] * len(facts),
                             strict=True):
            for name in namings(fact):
                bits = None if cue is None else (cue if name[0] == 0 else cue >> 4) & 15
                c = counts.get(name)
                if c is None:
                    counts[name] = [1, bits if name[0] < 2 else 0]
                else:
                    c[0] += 1
                    if name[0] < 2:
                        c[1] = None if c[1] is None or bits is None else c[1] | bits
                stories.add((*name, story))
    return BatchNamings([(*k, n, cue) for k, (n, cue) in sorted(counts.items())],
                        sorted(stories))


@dataclass(frozen=True)
class NameCounts:
    """What a resolution reads of a set of facts, aggregated by the store
    (``Store.name_counts``; resolve/mentions.py): per written show, per show and actor
    spelling and per show and character spelling, how many facts (namings) and in how
    many independent stories, with a show's or actor's typing cues (the bits of
    ``resolve/cues.py``, ORed over its facts; None when a fact was stored without them);
    the producers named; the link groups."""

    shows: Sequence[tuple[str, int, int, int | None]]
    actors: Sequence[tuple[str, str, int, int, int | None]]
    roles: Sequence[tuple[str, str, int, int, int | None]]
    producers: Sequence[tuple[str, str]]  # (show, producer) of show_info facts
    links: Sequence[LinkGroup]


@dataclass(frozen=True)
class ResolutionChange:
    """What an incremental resolution changes (``Store.update_resolution``): the entities
    it recomputed are dropped with every name row that pointed at them or was read in a
    dropped show's scope (and the KB-wide person rows of ``drop_person_keys``), then the
    new entities, name rows, blocks and links go in."""

    drop_entities: Sequence[str]
    drop_scopes: Sequence[str]
    drop_person_keys: Sequence[str]  # actor names whose KB-wide row is recomputed
    entities: Sequence[Entity]
    names: Sequence[NameRow]
    blocks: Sequence[BlockRow]
    links: Sequence[FactLink]  # the new facts' links (facts no resolution linked before)
    groups: Sequence[GroupLink] = ()  # written triples whose stored links change: relinked
    # the kept names (``KeptNames``) of the written entities: they replace the rows of
    # the dropped entities (the dropped shows' characters included) and of the written
    # ones; producers' rows are added
    kept: KeptNames = NO_KEPT_NAMES
    # (scope, key) of character names in the dropped scopes left as stored, with the
    # characters they name (entity, aliases, name rows, kept names): the characters no
    # new name may change (``resolve/incremental.py``, ``_characters``)
    keep_characters: Sequence[tuple[str, str]] = ()


def kept_characters(change: ResolutionChange, old: Iterable[NameRow]) -> set[str]:
    """The ids of the characters a change leaves as stored: those the stored character
    rows of its ``keep_characters`` name (``old``: the stored rows it would drop)."""
    keep = set(change.keep_characters)
    return {r[3] for r in old if r[0] == "character" and (r[1], r[2]) in keep}


@dataclass(frozen=True)
class ShowCounts:
    """What the store keeps per show for the listings (``list_shows``, the home page):
    the facts linked to it, their articles, the latest dated one (``latest``: the
    greatest ``PubDate``) and how many facts give each show-info value. Refreshed in the
    transaction that writes links (``replace_resolution``, ``update_resolution``), for
    the shows whose links it changed, so a listing never reads the facts."""

    show_id: str
    facts: int
    articles: int
    latest: PubDate | None
    info: tuple[tuple[str, str, int], ...] = ()  # (field, value, facts giving it)


@dataclass(frozen=True)
class PersonCounts:
    """What the store keeps per person for the people listing, as ShowCounts for shows:
    the cast and cast-change facts linked to them, their articles, the latest dated
    one and the shows those facts are about (ids, sorted)."""

    person_id: str
    facts: int
    articles: int
    latest: PubDate | None
    shows: tuple[str, ...] = ()


# A cast-change claim (show id, actor id, change) and the date of its latest dated report
# (None: only undated ones), as ``Store.claim_dates`` keeps it beside ShowCounts.
ClaimDate = tuple[str, str, str, PubDate | None]


# The orders ``Store.show_counts`` lists shows in.
SHOW_ORDERS = ("facts", "latest")


# What a curator can say about an entity (``tellytrack merge``, ``split``, ...).
OVERRIDE_ACTIONS = ("merge", "split", "rename", "not-a-show", "not-a-person", "confirm")


@dataclass(frozen=True)
class Override:
    """A curator's decision that every re-resolution applies (docs/kb.md, "Overrides").

    Entities are named by a spelling, not by id: ids follow canonical names, which
    new articles may change, while a spelling once stored stays. ``target`` is a
    spelling of the entity acted on; ``value`` is the other entity's spelling
    (merge), the spelling to take out (split) or the new name (rename).
    """

    action: str
    kind: str  # "show" or "person"
    target: str
    value: str | None = None
    id: int = 0
    created: str = ""


@dataclass
class BatchResult:
    """What one ``add_batch`` call did."""

    new: int = 0
    duplicate: int = 0
    syndicated: int = 0
    facts: int = 0
    new_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Incoming:
    """One article to store with its facts; ``copy_of`` links a syndicated copy."""

    article: Article
    facts: Sequence[Fact]
    copy_of: str | None = None
    signature: bytes | None = None  # near-duplicate (MinHash) signature, see ingest/dedup.py
    # its LSH band keys: those of its signature (dedup.band_keys), stored indexed
    band_keys: Sequence[BandKey] = ()
    # or their numbers (``band_numbers``), made already: the pipeline's workers make
    # them with the signature, so the writer never numbers a key (``filed_numbers``)
    band_numbers: Sequence[int] = ()
    # each fact's typing cue bits (resolve/cues.py), kept with it; None: not computed
    # (its names' cues are then unknown and a resolution reads their sentences)
    cues: Sequence[int] | None = None


# An LSH band key: the band's number and the band's hash values (ingest/dedup.py).
BandKey = tuple[int, bytes]

# Where band ``b``'s hash values lie in a signature: bytes BAND_START + BAND_WIDTH * b
# onwards (dedup's header, then ROWS little-endian uint32 values a band; a test checks
# these agree with ``dedup.band_keys``).
BAND_START, BAND_WIDTH = 13, 20
# ``band_number``'s constants: a start for the band, a multiplier per hash value and
# the two of the final mix (SplitMix64's). Fixed for good: the numbers are stored.
_BAND_START = 0x2545F4914F6CDD1D
_BAND_STEP = 0x9E3779B97F4A7C15
_MIX1, _MIX2 = 0xBF58476D1CE4E5B9, 0x94D049BB133111EB
_MASK = (1 << 64) - 1
_VALUES = 5  # hash values a band (dedup.ROWS)


def band_number(key: BandKey) -> int:
    """A band key as one signed 64-bit integer, the key the stores file it under.

    Starting from the band, each of its five 32-bit hash values is mixed in (xor, then
    times an odd constant, modulo 2^64, then the high half folded down), then
    SplitMix64's finaliser; 8 bytes where the key took a byte and 20.
    ``band_numbers`` is the same for many keys at once (numpy), ``band_number`` the
    reference. Two different keys can get one number (about one pair in 2^64): a
    **collision costs a candidate, never an answer**, because the stores check each
    article found under a number against its signature (``holds``) and keep it only
    for the keys its signature holds."""
    band, hashes = key
    if len(hashes) != 4 * _VALUES:
        raise ValueError(f"a band key holds {_VALUES} hash values, not {len(hashes)} bytes")
    h = (band + 1) * _BAND_START & _MASK
    for i in range(_VALUES):
        h = (h ^ int.from_bytes(hashes[4 * i:4 * i + 4], "little")) * _BAND_STEP & _MASK
        h ^= h >> 32
    h = (h ^ h >> 30) * _MIX1 & _MASK
    h = (h ^ h >> 27) * _MIX2 & _MASK
    h ^= h >> 31
    return h - (1 << 64) if h >> 63 else h


def band_numbers(keys: Sequence[BandKey]) -> list[int]:
    """``band_number`` of each key, computed for all at once (numpy: ~0.2 us a key
    where one at a time costs ~2 us; a batch has 25,000)."""
    import numpy as np  # here: a store that never files or looks up keys does not need it

    if not keys:
        return []
    bands = [key[0] for key in keys]  # (not zip(*keys): 25,000 arguments cost 0.1 s)
    hashes = [key[1] for key in keys]
    joined = b"".join(hashes)
    if len(joined) != 4 * _VALUES * len(keys) or min(map(len, hashes)) != 4 * _VALUES:
        raise ValueError(f"a band key holds {_VALUES} hash values")  # (each: none shorter)
    values = np.frombuffer(joined, dtype="<u4").reshape(len(keys), _VALUES).astype(np.uint64)
    h = (np.array(bands, dtype=np.uint64) + np.uint64(1)) * np.uint64(_BAND_START)
    for i in range(_VALUES):
        h = (h ^ values[:, i]) * np.uint64(_BAND_STEP)
        h ^= h >> np.uint64(32)
    h = (h ^ (h >> np.uint64(30))) * np.uint64(_MIX1)
    h = (h ^ (h >> np.uint64(27))) * np.uint64(_MIX2)
    h ^= h >> np.uint64(31)
    numbers: list[int] = h.view(np.int64).tolist()
    return numbers


def filed_numbers(items: Sequence[Incoming]) -> list[list[int]]:
    """The numbers each item is filed under: its ``band_numbers``, else its band keys'
    (numbered at once for every such item: ``band_numbers``' one call a batch)."""
    keys = [k for item in items if not item.band_numbers for k in item.band_keys]
    numbered_keys = iter(band_numbers(keys))
    return [list(item.band_numbers) if item.band_numbers
            else [next(numbered_keys) for _ in item.band_keys] for item in items]


def holds(signature: bytes, key: BandKey) -> bool:
    """Whether ``signature`` is filed under ``key`` (dedup.band_keys gives it): its band
    holds exactly those hash values. What the stores check a number's articles by."""
    band, hashes = key
    start = BAND_START + BAND_WIDTH * band
    return signature[start:start + BAND_WIDTH] == hashes


@dataclass(frozen=True)
class Numbered:
    """Band keys by their numbers (``numbered``): ``one`` the number of a single key,
    ``shared`` the numbers two or more of the keys have (empty but for a collision)."""

    one: dict[int, BandKey]
    shared: dict[int, list[BandKey]]

    def numbers(self) -> list[int]:
        """Every number, in order."""
        return sorted([*self.one, *self.shared])


def numbered(band_keys: Sequence[BandKey]) -> Numbered:
    """The keys by their numbers (``band_numbers``)."""
    keys = list(dict.fromkeys(band_keys))
    numbers = band_numbers(keys)
    one = dict(zip(numbers, keys, strict=True))
    if len(one) == len(keys):
        return Numbered(one, {})
    shared: dict[int, list[BandKey]] = {}
    for number, key in zip(numbers, keys, strict=True):
        shared.setdefault(number, []).append(key)
    return Numbered({n: ks[0] for n, ks in shared.items() if len(ks) == 1},
                    {n: ks for n, ks in shared.items() if len(ks) > 1})


def found_by_key(numbers: Numbered, found: Iterable[tuple[int, str, bytes]]
                 ) -> dict[BandKey, list[tuple[str, bytes]]]:
    """``Store.near_duplicates_by_key`` from the (number, article id, signature) a store
    found under the numbers of ``numbered``: each article under the keys its signature
    holds (so one that a colliding key's number brought is dropped), by article id."""
    out: dict[BandKey, list[tuple[str, bytes]]] = {}
    for number, article_id, sig in found:
        key = numbers.one.get(number)
        for k in (key,) if key is not None else numbers.shared[number]:
            if holds(sig, k):
                out.setdefault(k, []).append((article_id, sig))
    for articles in out.values():
        articles.sort()
    return out


class Store(Protocol):
    """A knowledge-base backend."""

    def add_batch(self, items: Sequence[Incoming]) -> BatchResult:
        """Store articles with their facts in one transaction (all or nothing).

        An article whose id is already stored is counted as a duplicate and
        left exactly as it was.
        """
        ...

    def has_article(self, article_id: str) -> bool: ...

    def stored_articles(self, article_ids: Sequence[str]) -> set[str]:
        """Those of these article ids that are stored (one query, not one an id)."""

    def article(self, article_id: str) -> Article | None: ...

    def articles(
        self, q: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[Article]:
        """Articles newest first; ``q`` filters by text."""
        ...

    def facts(
        self,
        show: str | None = None,
        types: Sequence[str] | None = None,
        article_id: str | None = None,
        show_id: str | None = None,
        actor_id: str | None = None,
        unresolved: bool = False,
    ) -> list[StoredFact]:
        """Stored facts with their resolved ids, optionally of one show (as written),
        types, article, resolved show or actor id (read through an index, not a scan),
        or only those no resolution has linked yet."""
        ...

    def fact_count(self) -> int:
        """How many facts are stored."""
        ...

    def near_duplicates(self, band_keys: Sequence[BandKey]) -> list[tuple[str, bytes]]:
        """(article id, signature) of the stored articles filed under any of these
        band keys: the near-duplicate candidates of an article, found by index."""
        ...

    def near_duplicates_by_key(self, band_keys: Sequence[BandKey]
                               ) -> dict[BandKey, list[tuple[str, bytes]]]:
        """For each of these band keys that stored articles are filed under, their
        (article id, signature): a whole batch's candidates in one read, each article's
        signature read once (``found_by_key`` of ``filed_under``)."""
        ...

    def filed_under(self, numbers: Sequence[int]) -> list[tuple[int, str, bytes]]:
        """(number, article id, signature) of the stored articles filed under these band
        numbers, each signature read once: not checked against any key, so an article
        a shared number brings is there (callers check it: ``found_by_key``,
        ``pipeline.stored_near``)."""
        ...

    def version(self) -> int:
        """A number that every committed write raises, in the write's own transaction
        (a batch that stored something, a resolution, an override): two reads that see
        the same version see the same knowledge base, so a reader may reuse what it
        computed for it (the web server's response cache, ``web/cache.py``)."""
        ...

    def resolution_pending(self) -> int | None:
        """Whether entities lag behind the stored facts: the number of stored batches
        to resolve up to, or None when they are current.

        ``add_batch`` counts each batch that stored something in the batch's own
        transaction, so a crash can never leave facts stored but unmarked;
        ``resolution_done`` records how far a finished resolution got. Counters,
        not a flag, so that a batch stored while a resolution runs stays pending.
        """
        ...

    def resolution_done(self, stored: int) -> None:
        """Record that the entities reflect every batch up to ``stored`` (see above)."""
        ...

    def replace_entities(self, entities: Sequence[Entity]) -> None:
        """Swap in the resolved entities and aliases (recomputed from all facts)."""
        ...

    def replace_resolution(self, entities: Sequence[Entity], names: Sequence[NameRow],
                           links: Sequence[FactLink], blocks: Sequence[BlockRow] = (),
                           groups: Sequence[GroupLink] = (),
                           kept: KeptNames = NO_KEPT_NAMES) -> None:
        """Swap in a whole resolution in one transaction: the entities with their
        aliases, where every written name resolves to, each fact's resolved ids (the
        stored resolution that every read uses), the name index's blocks, the links
        of every written triple (``name_groups``) and the names admission reads across
        the KB (``kept``)."""
        ...

    def update_resolution(self, change: ResolutionChange) -> None:
        """Apply an incremental resolution in one transaction (see ResolutionChange)."""
        ...

    def names(self) -> list[NameRow]:
        """Where every written name resolves to, as the last resolution stored it."""
        ...

    def kept_names(self, holders: Sequence[str], words: Sequence[tuple[str, str]]
                   ) -> KeptNames:
        """The kept names (``KeptNames``) with one of these holder keys and these
        (set, key) words, read by key: what admission asks of the entities outside a
        resolution's neighbourhood."""
        ...

    def keeps_names(self) -> bool:
        """Whether the kept names are filled (a resolution wrote them; a KB resolved
        before they existed has none until its next rebuild)."""
        ...

    def names_of(self, kind: str, keys: Sequence[str]) -> list[NameRow]:
        """The stored name rows of ``kind`` (any scope) with one of these exact keys."""
        ...

    def keys_in_blocks(self, kind: str, blocks: Sequence[str]) -> list[tuple[str, str]]:
        """(block, key) of the stored names of ``kind`` filed in one of these blocks."""
        ...

    def entities(self, kind: EntityKind | None = None) -> list[Entity]: ...

    def stored_aliases(self, kind: EntityKind, spellings: Sequence[str]) -> set[str]:
        """Those of these spellings that are an alias of a stored entity of ``kind``
        (a resolution files the blocks of every show's and person's alias it writes, so
        the name index holds theirs)."""
        ...

    def entities_of(self, ids: Sequence[str] = (), shows: Sequence[str] = ()) -> list[Entity]:
        """The entities with these ids and every character of these shows, with their
        aliases, read through indexes: what one page names, not the whole table."""
        ...

    def aliases_of(self, ids: Sequence[str]) -> dict[str, list[str]]:
        """The aliases of these entities by id (those with none left out), in alias
        order, without their entity rows: what a resolution reads of the people around
        the ones it meets (``resolve/incremental.py``), thousands at a time."""
        ...

    def actors_of(self, shows: Sequence[str]) -> list[str]:
        """The person ids the facts of these shows are linked to (fact_entities)."""
        ...

    def names_in(self, scopes: Sequence[str]) -> list[NameRow]:
        """The name rows read in these shows' scopes ("person_in" and "character")."""
        ...

    def show_counts(self, listed_only: bool = False, by: str = "facts",
                    limit: int | None = None, offset: int = 0) -> tuple[int, list[ShowCounts]]:
        """How many shows have linked facts (``listed_only``: confirmed ones) and the
        counts of ``limit`` of them from ``offset`` (see ShowCounts), in listing order:
        ``by`` "facts" (most first, then name, then id) or "latest" (latest news first as
        its ISO date sorts, then as "facts")."""
        ...

    def person_counts(self) -> list[PersonCounts]:
        """Every person with linked cast facts, counted as the last resolution write left
        them (see PersonCounts; refreshed as ShowCounts are, for the people whose links
        it touched), by person id."""
        ...

    def claim_dates(self, shows: Sequence[str]) -> list[ClaimDate]:
        """Each cast-change claim of these shows (facts with an actor id, a change and a
        status) with the date of its latest report, kept and refreshed as ShowCounts are:
        the claims that moved last are found without reading their facts."""
        ...

    def claim_page(self, limit: int, offset: int = 0) -> tuple[int, list[ClaimDate]]:
        """How many cast-change claims the KB holds (those ``claim_dates`` keeps) and
        ``limit`` of them from ``offset``, the one reported last first (its latest
        report's ``published || ' ' || precision``, descending; undated last), then by
        show, actor and change ids: a page of every show's claims without their facts."""
        ...

    def show_counts_by(self, day: date) -> list[ShowCounts]:
        """What ``show_counts`` keeps, of every show, counted over the linked facts whose
        article was published by ``day`` (all of its date: a month by its last day;
        undated ones never), by show id: the listing under a time filter, aggregated by
        the database (no fact is read into Python)."""
        ...

    def person_counts_by(self, day: date) -> list[PersonCounts]:
        """What ``person_counts`` keeps, of every person, counted over the linked cast and
        cast-change facts whose article was published by ``day`` (as ``show_counts_by``),
        by person id: the people listing under a time filter, aggregated by the database."""
        ...

    def ids_known_by(self, day: date) -> list[str]:
        """The show, person and character ids the linked facts published by ``day`` (as
        ``show_counts_by``) name, sorted: what a search under a cut-off may find."""
        ...

    def rating_weeks(self, day: date | None = None) -> list[tuple[str, str, str | None]]:
        """Where the linked rating facts (published by ``day``, as ``show_counts_by``; all
        of them when None) put each show, once per distinct place: (show id, the week as
        written or '', the day-precise publication date as ISO text when no week is
        written, else None). A chart's weeks come from these (``query.ratings.week_of``)
        without reading the facts: the shows that can be compared, most weeks first."""
        ...

    def add_override(self, override: Override) -> Override:
        """Record a curator's decision; return it with its id and time."""
        ...

    def overrides(self) -> list[Override]:
        """Every recorded override, oldest first (the order they apply in)."""
        ...

    def delete_override(self, override_id: int) -> bool:
        """Forget one override; False if there was none with that id."""
        ...

    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None: ...

    def begin_read(self) -> None:
        """Start a read-only snapshot: every read until ``end_read`` (or ``close``) sees
        the knowledge base as one commit left it, so the several reads of one page never
        straddle a write; a reader never waits for the writer (SQLite's WAL, PostgreSQL's
        MVCC). Not for a connection that writes meanwhile."""
        ...

    def end_read(self) -> None:
        """End the snapshot ``begin_read`` started."""
        ...

    def unresolved(self) -> list[tuple[int, str | None, str | None, str]]:
        """(id, show, actor, type) of the facts no resolution has linked yet."""
        ...

    def unresolved_roles(self) -> list[tuple[str, str]]:
        """(show, character) as written, each once, of the facts ``unresolved`` gives: the
        character names whose counts changed since the last resolution (cast roles, event
        participants, relation ends, as ``name_tallies`` counts them)."""
        ...

    def name_counts(self, show_ids: Sequence[str] | None = None, actor_ids: Sequence[str] = (),
                    fact_ids: Sequence[int] = (), titles: Sequence[str] = ()) -> NameCounts:
        """The name counts (``NameCounts``) of a resolution's neighbourhood, read from
        the counts the store keeps with the facts (``name_tallies``, ``name_groups``):
        every name written in the shows linked to ``show_ids`` and in the shows of the
        new facts ``fact_ids``, and the names of the triples linked to ``actor_ids``
        elsewhere (their show, actor and character), with their whole counts; the link
        groups are the stored triples (no fact ids) plus the new facts grouped by
        triple. The shows linked to ``titles`` are read by their names only: the
        tallies of their written show names and producers, none of their triples (the
        new facts' aside) nor cast names. Of every fact, aggregated from the facts, when
        ``show_ids`` is None (a rebuild). Either way the cost grows with distinct names,
        not facts."""
        ...

    def story_count(self, keys: Sequence[TallyKey]) -> int:
        """How many independent stories name any of these tallies' names (the union:
        an entity written several ways), from the stories the store keeps per name."""
        ...

    def resolved_any(self) -> bool:
        """Whether any fact is linked (a resolution has run on this KB)."""
        ...

    def sentences(self, fact_type: str, show: str, actor: str | None,
                  min_confidence: float) -> Iterator[str]:
        """The evidence sentences of the facts of this type and written show (and
        actor, if given) with at least this confidence, read as they are consumed."""
        ...

    def texts_like(self, patterns: Sequence[str], limit: int, window: int) -> Iterator[str]:
        """The evidence sentences of facts that name a show and match all these LIKE
        patterns (case-insensitive for ASCII), each once, newest first (by its newest
        fact): at most ``limit`` of them, among the newest ``window`` facts, so the cost
        of a word's sample does not grow with the KB."""
        ...
