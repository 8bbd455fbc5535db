"""Incremental resolution: new facts resolve only what their names can reach.

``resolve_new(store)`` resolves the facts no resolution has linked yet (those an
ingest just stored) without touching the rest of the KB:

1. **Reach.** Each new show name is looked up in the persistent name index by its
   exact key and, when the index does not know it yet, by its blocks (the blocking
   keys of the title rules, its initials for acronyms, its title without a season
   number for franchises): the stored shows found are *touched*. Each new actor name
   likewise finds the stored people it may be (key, and blocks for a new spelling);
   with every person already linked to a touched show's facts, they are the touched
   people. A touched show the new facts reach only through its own known spellings,
   in facts that name no cast member (ratings, show information), is read by its
   names only: its show names' counts, not its cast (``Reach.titles``). A show read
   with its cast is read of it only the people its new names may meet and their ring
   (``_block``); the others keep their rows (``Reach.unread``). Its characters are
   clustered last, only those sharing a blocking key or a word, directly or through
   others, with a character name a new fact writes there; the others keep their rows
   (``_characters``, whose docstring argues why they cannot change; ``Reach.kept_roles``).
2. **Resolve the neighbourhood from the kept name counts.** The store keeps, with the
   facts, each written name's namings and stories and each written (show, actor,
   character) triple's links (``Store.name_counts``): the names of the touched shows,
   of the new facts' shows and of the touched people's triples elsewhere, never a
   stored fact. The rebuild's own resolver reads those counts (``resolve_mentions``,
   ``mentions.py``), overrides included, so the cost follows the neighbourhood's
   names, not its facts.
3. **Splice.** The touched shows (with their characters) and people are replaced by
   what that resolution made of them (only the rows that differ are written), the new
   facts linked, and a stored triple whose ids changed relinked by its spellings, in
   one transaction. Everything else is untouched.

**Why a show read by its names only gives what reading its cast gives.** Its cast gets
no new name (the facts that reach it name none, and no new spelling reaches it through
its blocks). After clustering, it is read again with its cast when its result could
depend on that cast (``_unsettled``): a spelling of it clustered elsewhere or another
one with it (its id or scope would change), a person read here who also plays in it,
a franchise shared with a show whose cast is read. Otherwise no rule about anything
written reads its cast: partial names and context merges read the casts of the shows
a name is read in, and none of the people read plays in it; season casts read the
franchise, which it shares with none of them; no new name shares a block with one of
its people (those are read). And its own people and characters, whose inputs (its
cast's counts, the clusters of people who play nowhere read) did not change, keep
their stored rows instead of being rewritten with the same ones. What reading its cast
did besides: re-admit its people against the KB-wide names of the moment (now they
keep their status until their show's cast is read again), and cluster its people with
the people read, where a stored name could in principle capture another by visiting
order (see docs/kb.md, "Where it can differ").

A full rebuild (``resolve_store``) runs instead on a KB with no stored resolution, or
when the splice would clash with an untouched entity. Where the incremental result
can differ from a rebuild is said in docs/kb.md ("Incremental resolution").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, field
from functools import partial

from tellytrack.model import Entity, EntityKind
from tellytrack.resolve.cluster import Matcher
from tellytrack.resolve.mentions import PERSON_CUE_TYPES, Link, StoreMentions, Tally
from tellytrack.resolve.names import key, words
from tellytrack.resolve.resolver import (
    SEASON_NUMBER,
    Resolution,
    admit_resolution,
    cluster_characters,
    cluster_mentions,
    cluster_show_names,
    link_ids,
    person_of_key,
)
from tellytrack.resolve.titles import (
    EDGE_BLOCKS,
    NAMES,
    TITLES,
    acronym_of,
    expansions,
    may_join_at_edge,
)
from tellytrack.store.base import (
    BlockRow,
    FactLink,
    GroupLink,
    KeptNames,
    NameRow,
    Override,
    ResolutionChange,
    Store,
)

# The fact types that may name a cast member: an actor, or a character (events and
# relations name characters). A show the new facts reach only through facts of other
# types (ratings, show information: their extractors name no actor nor character) and
# with no actor gets no new cast name.
CAST_TYPES = PERSON_CUE_TYPES | {"event", "relation"}

def show_blocks(spelling: str) -> set[str]:
    """The blocks of a show name: its title blocking keys, its initials (an acronym
    and the titles it may abbreviate meet there) and its franchise (no season number)."""
    out = {f"t:{b}" for b in TITLES.keys(spelling)}
    initials = acronym_of(spelling) or expansions(spelling)
    if initials:
        out.add(f"a:{initials[0]}")
    out.add(f"f:{key(SEASON_NUMBER.sub('', spelling))}")
    return out


def show_block_rows(spellings: Iterable[str]) -> list[BlockRow]:
    """The name index's block rows of these show spellings (what a migration files again
    when the title blocks change: ``store/migrations.py``)."""
    return [("show", b, key(s)) for s in spellings for b in show_blocks(s)]


def person_blocks(spelling: str) -> set[str]:
    """The blocks of a person's name: the blocking keys of the name rules."""
    return {f"n:{b}" for b in NAMES.keys(spelling)}


class Blocks:
    """The blocks of the spellings one resolution meets, each computed once (a spelling
    is asked for by its lookup, as a candidate's alias and for the rows written: 12,000
    -> 10,000 computations in a 5,000-article resolution at 95,000 articles); dropped
    with the resolution, so memory does not grow."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], Set[str]] = {}

    def show(self, spelling: str) -> Set[str]:
        """``show_blocks``, once per spelling."""
        k = ("show", spelling)
        if k not in self._seen:
            self._seen[k] = show_blocks(spelling)
        return self._seen[k]

    def person(self, spelling: str) -> Set[str]:
        """``person_blocks``, once per spelling."""
        k = ("person", spelling)
        if k not in self._seen:
            self._seen[k] = person_blocks(spelling)
        return self._seen[k]


def blocks(res: Resolution, entity_ids: Iterable[str], known: Blocks | None = None,
           filed: Set[tuple[EntityKind, str]] = frozenset()) -> list[BlockRow]:
    """The name index's blocks of these entities' spellings (shows and people), but for
    the (kind, spelling) pairs already ``filed``."""
    of = known or Blocks()
    out: list[BlockRow] = []
    for eid in entity_ids:
        e = res.entities[eid]
        new = [a for a in e.aliases if (e.kind, a) not in filed]
        if e.kind is EntityKind.SHOW:
            out += [("show", b, key(a)) for a in new for b in of.show(a)]
        elif e.kind is EntityKind.PERSON:
            out += [("person", b, key(a)) for a in new for b in of.person(a)]
    return out


def _filed(store: Store, res: Resolution, entity_ids: Iterable[str]
           ) -> set[tuple[EntityKind, str]]:
    """(kind, spelling) of these entities' spellings whose blocks the name index already
    holds: those that are an alias of a stored show or person. A 5,000-article
    resolution at 95,000 articles wrote 34,412 block rows for 12,341 keys, 11,508 of
    them filed before; each spelling's blocks were computed and looked up again."""
    ids = list(entity_ids)
    out: set[tuple[EntityKind, str]] = set()
    for kind in (EntityKind.SHOW, EntityKind.PERSON):
        spellings = {a for i in ids if (e := res.entities[i]).kind is kind for a in e.aliases}
        out |= {(kind, a) for a in store.stored_aliases(kind, sorted(spellings))}
    return out


def resolve_new(store: Store) -> str:
    """Resolve the facts stored since the last resolution (see the module docstring);
    how: "none" (nothing new), "incremental" or "rebuild"."""
    new = store.unresolved()
    if not new:
        return "none"
    known = Blocks()
    reach = _reach(store, new, known)
    if reach is not None:
        # the characters last: nothing clustered before them reads them (``_characters``)
        res = _cluster(reach)
        while True:
            if unsettled := _unsettled(store, res, reach):
                if _widen(store, reach, unsettled):  # their casts bring names: cluster again
                    res = _cluster(reach)
            elif loose := _unmet(store, res, reach):
                _unblock(store, reach, loose)  # read those casts whole
                res = _cluster(reach)
            else:
                break
        _keep_unread(res, reach)
        _characters(store, res, reach)
        if _splice(store, reach, res, known):
            return "incremental"
    from tellytrack.resolve import resolve_store  # the package imports this module

    resolve_store(store)
    return "rebuild"


def _cluster(reach: Reach) -> Resolution:
    """The reach's people and shows in their clusters (``cluster_mentions``; the
    characters come last, ``_characters``)."""
    return cluster_mentions(reach.m, reach.overrides, characters=False,
                            shows=_show_clusters(reach))


def _show_clusters(reach: Reach) -> Resolution:
    """The reach's show names in their clusters (``cluster_show_names``), clustered again
    only when the counts have gained a show name since: the counts only ever gain names
    (``StoreMentions.add`` never changes a name's tally once held), so as many show names
    as last time are the same names with the same counts. A 5,000-article resolution
    clustered its 1,500 show names three times (``_block``, then each clustering), where
    the people read after ``_block`` brought none."""
    n = len(reach.m.shows)
    if reach.show_clusters is None or reach.show_clusters[0] != n:
        reach.show_clusters = (n, cluster_show_names(reach.m, reach.overrides))
    return reach.show_clusters[1]


def _ids(rows: Iterable[NameRow]) -> set[str]:
    return {r[3] for r in rows}


def _near(store: Store, kind: str, spellings: set[str], blocks_of: Callable[[str], Set[str]],
          overrides: Sequence[Override], touched: Set[str] = frozenset()) -> set[str]:
    """The stored entities of ``kind`` these spellings may be: same key, or, for a
    spelling the name index does not know yet, a shared block; and the other side of a
    curator's merge that names one of them. A known spelling reaches its own entity
    only: its cluster was settled when it was new, and more of it changes its counts,
    not which names share a block with it."""
    rows = store.names_of(kind, [key(s) for s in spellings])
    known = {r[2] for r in rows}
    found = _ids(rows)
    new = sorted(s for s in spellings if key(s) not in known)
    near = {b for s in new for b in blocks_of(s)}
    keys = _worth_loading(kind, new, blocks_of, store.keys_in_blocks(kind, sorted(near)))
    found |= _matching(store, kind, new, blocks_of, _ids(store.names_of(kind, sorted(keys))))
    for o in overrides:
        sides = [o.target, o.value] if o.kind == kind and o.action == "merge" and o.value else []
        ids = [_ids(store.names_of(kind, [key(x)])) for x in sides]
        if any(ids_ & (found | touched) or blocks_of(x) & near
               for ids_, x in zip(ids, sides, strict=True)):
            found |= set().union(*ids)
    return found


def _worth_loading(kind: str, spellings: Sequence[str], blocks_of: Callable[[str], Set[str]],
                   found: Iterable[tuple[str, str]]) -> set[str]:
    """The stored keys of these blocks whose names a rule may join to a new spelling:
    all of them but a title's that shares with the new spellings only blocks of its
    first or last letters and whose key the fuzzy title rule already rejects. Those
    blocks hold every title with those letters and length band (7,057 candidate shows
    for 390 new spellings at 95,000 articles, 10 kept); a key is told without loading
    its entity."""
    edge = tuple(f"t:{p}" for p in EDGE_BLOCKS) if kind == "show" else ()
    by_block: dict[str, list[str]] = {}
    for s in spellings:
        for b in blocks_of(s):
            by_block.setdefault(b, []).append(s)
    return {k for b, k in found
            if not b.startswith(edge) or any(may_join_at_edge(s, k) for s in by_block[b])}


def _matching(store: Store, kind: str, spellings: Sequence[str],
              blocks_of: Callable[[str], Set[str]], candidates: set[str]) -> set[str]:
    """The candidates (entities sharing a block with a new spelling) that one of these
    spellings may join or take a name from: a spelling of theirs shares a block with
    it and the block's rule may put the two in one cluster (``_joins``). Blocks grow
    with the KB; the few pairs a rule joins do not."""
    rule = TITLES.same if kind == "show" else NAMES.same
    by_block: dict[str, list[str]] = {}
    for s in spellings:
        for b in blocks_of(s):
            by_block.setdefault(b, []).append(s)
    out: set[str] = set()
    for e in store.entities_of(sorted(candidates)):
        if any(_joins(b, a, s, rule) for a in e.aliases for b in blocks_of(a)
               for s in by_block.get(b, ())):
            out.add(e.id)
    return out


def _joins(block: str, a: str, b: str, rule: Callable[[str, str], bool]) -> bool:
    """Whether two spellings sharing ``block`` may end in one cluster: a franchise
    always (seasons share their casts), initials when one of the two is an acronym,
    similar spellings when the title or name rule joins them either way round (as
    clustering meets them in either order)."""
    if block.startswith("f:"):
        return True
    if block.startswith("a:"):
        return acronym_of(a) is not None or acronym_of(b) is not None
    return rule(a, b) or rule(b, a)


@dataclass
class Reach:
    """What a resolution reads: the name counts of the touched shows and people, the
    touched shows whose casts it reads (``shows``: their scope is rewritten) and those
    it reads by their names only (``titles``), the touched people, the overrides."""

    m: StoreMentions
    shows: set[str]
    titles: set[str]
    people: set[str]
    overrides: list[Override]
    # the cast rules blocked within a show (``_block``): the people of the shows read
    # with their casts who are not read, and their tallies set aside; the people read
    # as the ring of what new names meet, checked against their stored entities
    unread: set[str] = field(default_factory=set)
    aside: dict[tuple[str, str], Tally] = field(default_factory=dict)
    ring: set[str] = field(default_factory=set)
    family: dict[str, frozenset[str]] = field(default_factory=dict)  # as ``_block`` saw it
    # (show id, key) of the character names of the shows read with their casts that no
    # new name may change: left as stored with their characters (``_characters``)
    kept_roles: set[tuple[str, str]] = field(default_factory=set)
    # the show names' clusters and how many show names the counts held then
    # (``_show_clusters``)
    show_clusters: tuple[int, Resolution] | None = None


def _reach(store: Store, new: list[tuple[int, str | None, str | None, str]], known: Blocks
           ) -> Reach | None:
    """The neighbourhood (``Reach``); None when nothing is resolved yet, or the store has
    no kept names yet (a KB resolved before they existed): then a rebuild.

    A touched show is read by its names only (``titles``) when the new facts reach it
    only through its own known spellings and none of them names a cast member (ratings,
    show information): its cast gets no new name, so nothing the cast rules read of it
    changes. Every other touched show is read with its cast, of which ``_block`` keeps
    the people the new names may meet (at 95,000 synthetic articles 3,776 people read
    instead of 8,569)."""
    if not store.resolved_any() or not store.keeps_names():
        return None
    overrides = store.overrides()
    ids = [i for i, _, _, _ in new]
    spellings = {s for _, s, _, _ in new if s}
    cast = {s for _, s, a, t in new if s and (t in CAST_TYPES or a)}
    touched = _near(store, "show", spellings, known.show, overrides)
    own = _ids(store.names_of("show", [key(s) for s in spellings - cast]))
    titles = (own & touched) - _near(store, "show", cast, known.show, overrides)
    shows = touched - titles
    cast = set(store.actors_of(sorted(shows)))
    actors = {a for _, _, a, t in new if a and t in PERSON_CUE_TYPES}
    seeds = _near(store, "person", actors, known.person, overrides, cast)
    counts = store.name_counts(sorted(shows), sorted(seeds), ids, sorted(titles))
    reach = Reach(StoreMentions(store, counts), shows, titles, seeds, overrides)
    _block(store, reach, new)
    return reach


def _block(store: Store, reach: Reach, new: list[tuple[int, str | None, str | None, str]]
           ) -> None:
    """Read of each show read with its cast only the people its new names may meet, and
    the ring of people those may meet (``Reach.unread``, ``Reach.ring``); set the others'
    tallies aside. Shows of one franchise are one cast (a one-word name takes its
    franchise's candidate). A show whose stored spellings cluster elsewhere, or whose
    franchise holds a show read by its names, is read whole.

    Why the people left out keep their result. The people *met* are the new names'
    own (``reach.people`` so far: the entities of the new cast facts' actors, the
    entities sharing a block with a new spelling, a curator's merges) and every person
    of the franchise with a spelling sharing a word with one of their spellings there or
    with an actor spelling a new fact writes there; the *ring* is every person sharing a
    word with a met one. Clustering joins a new spelling only to the entities of its
    blocks (they are read), and more of a known spelling changes the counts of its own
    entity only (read: it shares all its words with the spelling). The
    cast rules read a name's show: a context merge joins two names sharing a word
    (``context.py`` finds candidates by word), a partial name a multi-word name whose
    first or last word it is; so only the met people's votes and homes can change, and
    all their candidates are read (met or ring). A ring person's candidates are not all
    read, but none of them changed (they share no word with a new or counted name), so
    its stored result stands unless a met person joins or leaves it: ``_unmet`` checks
    that each ring person comes out as stored (then it is), else reads the casts whole.
    A person read neither way shares no word with anyone whose votes, counts or cluster
    changed: its merges, its home and its cluster are as stored, and its rows in the
    show are kept (``_keep_unread``); what no longer happens is its re-admission (as for
    the people of a show read by its names)."""
    m = reach.m
    pre = _show_clusters(reach)
    cast: dict[str, dict[str, set[str]]] = {}  # show id -> person id -> spellings there
    loose: set[str] = set()
    for g in m.links:
        sid, pid, _ = g.stored
        if sid in reach.shows:
            if pre.show(g.show) != sid:
                loose.add(sid)
            if pid is not None and g.actor:
                cast.setdefault(sid, {}).setdefault(pid, set()).add(g.actor)
    # every show the counts name (new ones too: a new season's names meet its
    # franchise's cast), by franchise
    families = _families(pre, pre.entities.keys() | reach.shows | reach.titles)
    for sids in families.values():
        if sids & (loose | reach.titles):
            loose |= sids
    written: dict[str, set[str]] = {}  # show id -> the new facts' actor spellings there
    for _, show, actor, _ in new:
        if show and actor and (sid := pre.show(show)) is not None:
            written.setdefault(sid, set()).add(actor)
    blocked = [sids for sids in families.values() if sids & reach.shows and not sids & loose]
    casts = [_Cast(cast, sids) for sids in blocked]
    seeds = frozenset(reach.people)
    met = set(seeds) | _seasons_met(store, reach, families, written)
    for sids, c in zip(blocked, casts, strict=True):
        reach.family.update((sid, frozenset(sids & reach.shows)) for sid in sids)
        news = {a for sid in sids for a in written.get(sid, ())}
        news |= {a for pid, names in c.spellings.items() if pid in seeds for a in names}
        met |= c.sharing(_words_of(news))
    # read whole: the casts of the loose shows; unchecked (met or read whole): their
    # candidates in every blocked cast they play in are read, as the ring
    whole = {pid for sid in loose & reach.shows for pid in cast.get(sid, {})}
    anchors = met | whole
    ring: set[str] = set()
    for c in casts:
        here = set().union(*(c.words[pid] for pid in c.spellings if pid in anchors))
        ring |= c.sharing(here) - anchors
    unread = {pid for names in cast.values() for pid in names} - anchors - ring
    # their votes in the other shows they play in weigh the people there sharing a word
    # with them: an unread person sharing one with any of their spellings joins the ring
    aliases = store.aliases_of(sorted(anchors | unread))
    words_met = _words_of([*(a for names in written.values() for a in names),
                           *(a for pid in anchors for a in aliases.get(pid, ()))])
    ring |= {pid for pid in unread if _words_of(aliases.get(pid, ())) & words_met}
    reach.unread = unread - ring
    reach.ring = ring
    more = (anchors | ring) - reach.people
    reach.people |= more
    m.add(store.name_counts([], sorted(more)))
    _set_aside(reach)


def _families(res: Resolution, shows: Iterable[str]) -> dict[str, set[str]]:
    """These shows by franchise (``_family``); a show no entity holds alone."""
    out: dict[str, set[str]] = {}
    for sid in shows:
        out.setdefault(_family(res, sid) if sid in res.entities else sid, set()).add(sid)
    return out


def _seasons_met(store: Store, reach: Reach, families: dict[str, set[str]],
                 written: dict[str, set[str]]) -> set[str]:
    """The people of a franchise's stored seasons that no new fact touches who share a
    word with an actor spelling a new fact writes in the franchise: a one-word name with
    no candidate in its show takes the franchise's one candidate, so a new name may
    place them, or be placed by them (``resolver._season_casts``)."""
    news = {fam: _words_of(a for sid in sids for a in written.get(sid, ()))
            for fam, sids in families.items()}
    wanted = sorted(f"f:{fam}" for fam, ws in news.items() if ws)
    if not wanted:
        return set()
    keys = store.keys_in_blocks("show", wanted)
    ids = {k: i for _, _, k, i in store.names_of("show", sorted({k for _, k in keys}))}
    seasons: dict[str, set[str]] = {}
    for block, k in keys:
        sid = ids.get(k)
        if sid is not None and sid not in reach.shows | reach.titles:
            seasons.setdefault(sid, set()).add(block[2:])
    if not seasons:
        return set()
    out: set[str] = set()
    for pid, names in store.aliases_of(store.actors_of(sorted(seasons))).items():
        ws = _words_of(names)
        if any(ws & news[fam] for sid in seasons for fam in seasons[sid]):
            out.add(pid)
    return out


class _Cast:
    """The people of one franchise's shows with their spellings there, the words of
    those spellings per person, and the people by word: ``_block`` asks twice per
    franchise who shares a word with some spellings (the met people, then their
    ring), so each spelling's words are read once and each question costs its words,
    not a pass over the cast."""

    def __init__(self, cast: dict[str, dict[str, set[str]]], shows: Iterable[str]) -> None:
        self.spellings: dict[str, set[str]] = {}  # person id -> spellings here
        for sid in shows:
            for pid, names in cast.get(sid, {}).items():
                self.spellings.setdefault(pid, set()).update(names)
        self.words = {pid: _words_of(names) for pid, names in self.spellings.items()}
        self._by_word: dict[str, set[str]] = defaultdict(set)
        for pid, ws in self.words.items():
            for w in ws:
                self._by_word[w].add(pid)

    def sharing(self, ws: Iterable[str]) -> set[str]:
        """The people with a spelling holding one of these words."""
        return set().union(*(self._by_word[w] for w in ws if w in self._by_word))


def _words_of(spellings: Iterable[str]) -> set[str]:
    return {w for a in spellings for w in words(a)}


def _set_aside(reach: Reach) -> None:
    """Move the tallies of the unread people in the shows read with their casts out of
    the counts clustering reads (kept to be put back by ``_unblock``)."""
    for g in reach.m.links:
        sid, pid, _ = g.stored
        if sid in reach.shows and pid in reach.unread and g.actor:
            tally = reach.m.actors.pop((g.show, g.actor), None)
            if tally is not None:
                reach.aside[(g.show, g.actor)] = tally


def _unmet(store: Store, res: Resolution, reach: Reach) -> set[str]:
    """The shows whose casts must be read whole after all (``_block``): a ring person
    not coming out as stored (a met person joined or left it, or a candidate left
    unread now counts), an unread person read after all (a show widened) or holding an
    id a read person now takes, a stored spelling clustered elsewhere, a franchise
    shared with a show read whole."""
    if not reach.unread:
        return set()
    plays: dict[str, set[str]] = {}  # unread or ring person -> blocked shows it plays in
    blocked: set[str] = set()
    for g in reach.m.links:
        sid, pid, _ = g.stored
        if sid in reach.shows and pid in reach.unread:
            blocked.add(sid)
            plays.setdefault(pid, set()).add(sid)
            if res.show(g.show) != sid:
                return blocked
    for sids in _families(res, reach.shows).values():
        if any(reach.family.get(sid) != frozenset(sids) for sid in sids & blocked):
            return blocked
    out = {sid for pid in (reach.unread & (reach.people | res.entities.keys()))
           for sid in plays[pid]}
    stored = {e.id: e for e in store.entities_of(sorted(reach.ring))}
    bad = {pid for pid in reach.ring if not _as_stored(res, stored.get(pid), pid)}
    for g in reach.m.links:
        pid = g.stored[1]
        if pid in reach.ring and g.actor and res.person(g.actor, res.show(g.show)) != pid:
            bad.add(pid)
    return out | {sid for g in reach.m.links if g.stored[1] in bad
                  and (sid := g.stored[0]) in blocked}


def _as_stored(res: Resolution, stored: Entity | None, pid: str) -> bool:
    e = res.entities.get(pid)
    return (e is not None and stored is not None and e.name == stored.name
            and set(e.aliases) == set(stored.aliases))


def _unblock(store: Store, reach: Reach, shows: set[str]) -> None:
    """Read these shows' casts whole: their unread people's tallies put back, their
    triples elsewhere read; again for the shows those people play in, so that nobody
    is read in a show whose cast is partly read."""
    while shows:
        people = {g.stored[1] for g in reach.m.links if g.stored[0] in shows
                  and g.stored[1] in reach.unread}
        reach.unread -= people
        reach.ring -= people
        reach.people |= people
        for g in reach.m.links:
            if g.stored[1] in people and g.actor and (g.show, g.actor) in reach.aside:
                reach.m.actors[(g.show, g.actor)] = reach.aside.pop((g.show, g.actor))
        reach.m.add(store.name_counts([], sorted(people)))
        shows = {g.stored[0] for g in reach.m.links if g.stored[1] in people
                 and g.stored[0] in reach.shows} - shows
        shows = {sid for sid in shows if any(
            g.stored[0] == sid and g.stored[1] in reach.unread for g in reach.m.links)}


def _keep_unread(res: Resolution, reach: Reach) -> None:
    """The unread people's spellings in their shows read as stored (``_block``)."""
    for g in reach.m.links:
        sid, pid, _ = g.stored
        if sid in reach.shows and pid in reach.unread and g.actor:
            res.people_in.setdefault((sid, key(g.actor)), pid)


def _characters(store: Store, res: Resolution, reach: Reach) -> None:
    """Cluster the characters of the shows whose scope the splice writes (the shows read
    with their casts, new shows): of a stored show whose written spellings all still
    name it, only the character names a new fact may change (``_role_closure``); the
    others are kept as stored (``Reach.kept_roles``), their tallies set aside. The
    characters of the other shows the counts name (reached through an actor) are not
    clustered: nothing is written of them.

    Why a kept character comes out as stored. A show's characters are clustered from
    its character spellings' namings alone (``resolver._resolve_characters``): the
    name rules compare a name with the anchors sharing a blocking key with it, visited
    most-named first, and a one-word name takes the one multi-word cluster with a
    spelling starting or ending with its word. So the clusters of a set of names
    closed under "shares a blocking key or a word" are the same whether the rest of
    the show's names are clustered with them or not (no comparison, no visiting-order
    decision and no partial-name candidate crosses the set's edge), and so are their
    canonical names, ids and aliases. The names outside the closure of the names the
    new facts write (``Store.unresolved_roles``) have the counts and spellings they had
    when they were last clustered, in a show whose written spellings are the stored
    ones (else, a spelling gained from another stored show or lost to one, the show's
    characters are all read), so their clusters are the stored ones; a stored cluster
    lies wholly inside or outside the closure (its names shared blocking keys then, or a
    word for a one-word name folded into a longer one, and a key's spellings only grow),
    and so does the entity of a kept name. Their entity, names and kept names (their
    stories: their tallies did not change) stand as stored."""
    m = reach.m
    scopes = {sid for g in m.links if (g.stored[0] is None or g.stored[0] in reach.shows)
              and (sid := res.show(g.show)) is not None} - reach.titles
    moved: set[str | None] = set()  # shows with a stored spelling gained or lost
    for g in m.links:
        if g.stored[0] is not None and (now := res.show(g.show)) != g.stored[0]:
            moved |= {g.stored[0], now}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for (show, name), t in m.roles.items():
        if (sid := res.show(show)) in scopes:
            counts[sid][name] += t.count
    changed: dict[str, set[str]] = defaultdict(set)
    for show, name in store.unresolved_roles():
        if (sid := res.show(show)) is not None:
            changed[sid].add(key(name))
    known: dict[str, Set[str]] = {}  # spelling -> its blocking keys, computed once
    for sid, names in counts.items():
        if sid in reach.shows and sid not in moved:
            read = _role_closure(names, changed[sid], known)
            reach.kept_roles |= {(sid, k) for n in names if (k := key(n)) and k not in read}
            counts[sid] = Counter({n: c for n, c in names.items() if key(n) in read})
    cluster_characters(res, counts, Matcher(NAMES.same, partial(_blocks_of, known)))
    for show, name in [r for r in m.roles if (res.show(r[0]), key(r[1])) in reach.kept_roles]:
        del m.roles[(show, name)]  # no sighting: their stories are as stored
    for g in m.links:  # the stored triples naming a kept character keep its id
        sid, _, cid = g.stored
        if (g.character and sid is not None and cid is not None
                and (sid, key(g.character)) in reach.kept_roles):
            res.characters.setdefault((sid, key(g.character)), cid)


def _role_closure(names: Counter[str], changed: Set[str], known: dict[str, Set[str]]
                  ) -> set[str]:
    """The keys of one show's character spellings that share a blocking key of the name
    rules or a word, directly or through others, with a ``changed`` key (a name rule
    compares only names sharing a blocking key; a partial name reads the names holding
    its word). The spellings' blocking keys are kept in ``known`` for the clustering."""
    marks: dict[str, set[str]] = defaultdict(set)  # key -> its spellings' keys and words
    for n in names:
        if k := key(n):
            marks[k] |= {*_blocks_of(known, n), *(f"w:{w}" for w in words(n))}
    holders: dict[str, list[str]] = defaultdict(list)
    for k, ms in marks.items():
        for b in ms:
            holders[b].append(k)
    out = {k for k in changed if k in marks}
    todo = list(out)
    while todo:
        for b in marks[todo.pop()]:
            for k in holders[b]:
                if k not in out:
                    out.add(k)
                    todo.append(k)
    return out


def _blocks_of(known: dict[str, Set[str]], spelling: str) -> Set[str]:
    """A character spelling's blocking keys (the name rules'), once a resolution."""
    if spelling not in known:
        known[spelling] = frozenset(NAMES.keys(spelling))
    return known[spelling]


def _unsettled(store: Store, res: Resolution, reach: Reach) -> set[str]:
    """The shows read by their names only whose result may depend on their casts: a
    spelling of theirs clustered elsewhere, or another spelling with them (their id or
    scope would change); a person read here also playing in them (a one-word name there
    is placed among their whole cast, and a longer name's context merges weigh their
    cast: ``resolver``, ``context.py``); a franchise shared with a show whose cast is
    read (a one-word name there may take the franchise's candidate). Read again with
    their casts, they are resolved as before; the others share no cast member and no
    franchise with anything read, so nothing read depends on their casts."""
    if not reach.titles:
        return set()
    stored = {k: i for _, _, k, i in store.names_of("show", [key(s) for s in reach.m.shows])}
    out: set[str] = set()
    for spelling in reach.m.shows:
        was, now = stored.get(key(spelling)), res.show(spelling)
        out |= {i for i in (was, now) if i in reach.titles and was != now}
    casts = {sid for show, _ in reach.m.actors if (sid := res.show(show)) is not None}
    out |= casts & reach.titles
    families = {_family(res, sid) for sid in casts - reach.titles}
    out |= {sid for sid in reach.titles - out if sid in res.entities
            and _family(res, sid) in families}
    return out


def _widen(store: Store, reach: Reach, shows: set[str]) -> bool:
    """Read these shows (read by their names only so far) with their casts: their
    people, and the counts and triples they bring; whether that brought names the
    clustering has not seen (else its result stands: it reads names only)."""
    reach.titles -= shows
    reach.shows |= shows
    people = set(store.actors_of(sorted(shows))) - reach.people
    reach.people |= people
    return reach.m.add(store.name_counts(sorted(shows), sorted(people)))


def _family(res: Resolution, show_id: str) -> str:
    """A show's franchise key, as the season casts group them (``resolver``)."""
    return key(SEASON_NUMBER.sub("", res.entities[show_id].name))


def _splice(store: Store, reach: Reach, res: Resolution, known: Blocks) -> bool:
    """Admit the neighbourhood's resolution and put it in place of the touched entities;
    False when it would clash with an entity outside it (then nothing is written).
    The new facts are linked one by one; a stored triple whose ids change is relinked
    by its spellings (``ResolutionChange.groups``), so an unchanged show's facts are
    never read nor written. A show read by its names only keeps its cast: its entity
    and show names are rewritten, its scope (people read in it, characters) is not."""
    m, shows, people = reach.m, reach.shows, reach.people
    links: list[FactLink] = []
    groups: dict[tuple[str, str, str], GroupLink] = {}
    stored = {_triple(g): g.stored for g in m.links if not g.fact_ids}
    names: list[NameRow] = []
    new_shows: set[str] = set()
    new_people: set[str] = set()
    for g in m.links:
        show_id, actor_id, character_id = g.stored
        if show_id is None or show_id in shows:  # new, or a touched show's with its cast
            ids = link_ids(res, g)
            if ids is None:
                continue
            new_shows.add(ids[0])
            if ids[1] is not None and ids[1] not in reach.unread:  # unread: kept
                new_people.add(ids[1])
        else:  # another show's facts, reached through their actor
            actor = actor_id
            if actor in people and g.actor:
                actor = res.person(g.actor, res.show(g.show))
                if actor is not None:
                    names.append(("person_in", show_id, key(g.actor), actor))
                    new_people.add(actor)
            ids = (show_id, actor, character_id)
        links += [(i, *ids) for i in g.fact_ids]
        if ids != stored.get(_triple(g)):
            groups[_triple(g)] = (*_triple(g), *ids)
    scopes = new_shows - reach.titles  # the shows whose casts were read, and new ones
    characters = {e.id for e in res.entities.values()
                  if e.kind is EntityKind.CHARACTER and e.show_id in scopes}
    names += [("show", "", k, i) for k, i in res.shows.items() if i in new_shows]
    names += [("person_in", s, k, i) for (s, k), i in res.people_in.items() if s in scopes]
    names += [("character", s, k, i) for (s, k), i in res.characters.items()
              if s in scopes and (s, k) not in reach.kept_roles]
    names += _people_rows(store, res, names, shows, people)
    written = sorted(new_shows | new_people)
    entities = new_shows | new_people | characters
    admit_resolution(res, m, entities, partial(
        _others, store, shows | reach.titles | people | entities, shows, reach.kept_roles))
    change = ResolutionChange(
        drop_entities=sorted(shows | reach.titles | people), drop_scopes=sorted(shows),
        drop_person_keys=sorted(res.own),
        entities=[res.entities[i] for i in sorted(entities)],
        names=names, blocks=blocks(res, written, known, _filed(store, res, written)), links=links,
        groups=[groups[t] for t in sorted(groups)], kept=res.kept,
        keep_characters=sorted(reach.kept_roles))
    try:
        store.update_resolution(change)
    except Exception:  # an id held by an entity outside the neighbourhood: rebuild
        return False
    return True


def _others(store: Store, replaced: Set[str], scopes: Set[str],
            roles: Set[tuple[str, str]], holders: Sequence[str],
            words: Sequence[tuple[str, str]]) -> KeptNames:
    """The kept names with these keys of the stored entities a splice keeps: all but the
    ``replaced`` ones (dropped or written) and the characters of the dropped shows
    (``scopes``) but those kept as stored (their canonical name's key in ``roles``).
    With the splice's own rows, what the store holds after it."""
    kept = store.kept_names(holders, words)
    return KeptNames([h for h in kept.holders if h[1] not in replaced
                      and (h[5] not in scopes or (h[5], h[0]) in roles)],
                     [w for w in kept.words if w[2] not in replaced])


def _triple(g: Link) -> tuple[str, str, str]:
    """A link group's written triple as ``name_groups`` keys it ('' for no name)."""
    return g.show, g.actor or "", g.character or ""


def _people_rows(store: Store, res: Resolution, names: list[NameRow], shows: set[str],
                 people: set[str]) -> list[NameRow]:
    """The KB-wide row of each actor name the neighbourhood reads: what every show
    reads it as, the stored shows outside the neighbourhood included."""
    new_in = {(scope, k): pid for kind, scope, k, pid in names if kind == "person_in"}
    reads: dict[str, set[str]] = {k: set() for k in res.own}
    for _, scope, k, pid in store.names_of("person_in", sorted(res.own)):
        if scope not in shows and pid not in people and (scope, k) not in new_in:
            reads[k].add(pid)  # a stored row the splice keeps
    for (_, k), pid in new_in.items():
        if k in reads:
            reads[k].add(pid)
    return [("person", "", k, gid) for k in sorted(reads)
            if (gid := person_of_key(res.own[k], reads[k])) is not None]
