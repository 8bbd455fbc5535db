"""From all stored facts to canonical shows, people and characters.

Scopes follow what the names mean: a show is global; a person is global (one
identity across shows); a character belongs to its show, so two shows' "Anu"
never meet. A one-word name is resolved as a partial name *within one show*:
"Arjun" in show S becomes "Arjun Mehra" only if that is the one multi-word
name it can stand for among the people (or characters) of S; longer and looser
spellings of one person are read in the same context (``context.py``).

The steps, each a module: cluster by the name rules through blocking keys
(``cluster.py``, ``names.py``, ``script.py``, ``titles.py``), fold in-show
variants and acronyms, apply the curator's overrides (``overrides.py``), then
admit (``admission.py``).

Ids are derived from canonical names ("show:kesar-ki-kahani",
"person:riya-malhotra", "char:kesar-ki-kahani/meera") so they survive rebuilds.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field

from tellytrack.model import Entity, EntityKind, Fact
from tellytrack.resolve.admission import Others, Sighting, admit
from tellytrack.resolve.cluster import (
    Cluster,
    Matcher,
    PartialIndex,
    cluster_names,
    spelling_index,
)
from tellytrack.resolve.context import context_merges
from tellytrack.resolve.mentions import FactMentions, Link, Mentions
from tellytrack.resolve.names import key, slug
from tellytrack.resolve.overrides import apply_overrides
from tellytrack.resolve.titles import NAMES, TITLES, fold_acronyms
from tellytrack.store.base import FactLink, KeptNames, NameRow, Override, Store, StoredFact

SEASON_NUMBER = re.compile(r"\s+\d{1,2}$")


def show_id(cluster: Cluster) -> str:
    return f"show:{slug(cluster.canonical)}"


def person_id(cluster: Cluster) -> str:
    return f"person:{slug(cluster.canonical)}"


def character_id(show: str, cluster: Cluster) -> str:
    return f"char:{show.removeprefix('show:')}/{slug(cluster.canonical)}"


@dataclass
class Resolution:
    """Where every written name of the knowledge base resolves to."""

    entities: dict[str, Entity] = field(default_factory=dict)
    shows: dict[str, str] = field(default_factory=dict)  # key -> show id
    people: dict[str, str] = field(default_factory=dict)  # key -> person id
    people_in: dict[tuple[str, str], str] = field(default_factory=dict)  # (show, key) -> id
    characters: dict[tuple[str, str], str] = field(default_factory=dict)  # (show, key) -> id
    unapplied: list[Override] = field(default_factory=list)  # overrides that found nothing
    own: dict[str, str] = field(default_factory=dict)  # actor key -> its own cluster's id
    # the curator's status decisions by entity id, and what admission keeps of the
    # entities it admitted for the store (``admission.kept_names``)
    decisions: dict[str, Override] = field(default_factory=dict)
    kept: KeptNames = field(default_factory=KeptNames)

    def show(self, raw: str | None) -> str | None:
        """The show id of a written show name, or None."""
        return self.shows.get(key(raw)) if raw else None

    def person(self, raw: str | None, show: str | None = None) -> str | None:
        """The person id of a written name, read in the context of ``show``."""
        if not raw:
            return None
        return self.people_in.get((show or "", key(raw))) or self.people.get(key(raw))

    def character(self, raw: str | None, show: str | None) -> str | None:
        """The character id of a written character name in ``show``."""
        return self.characters.get((show or "", key(raw))) if raw else None

    def name(self, entity_id: str | None) -> str | None:
        """The canonical name of an entity id."""
        if entity_id is None:
            return None
        entity = self.entities.get(entity_id)
        return entity.name if entity else None

    def listed(self, entity_id: str | None) -> bool:
        """Whether an entity is admitted to listings (docs/kb.md, "Admission")."""
        entity = self.entities.get(entity_id) if entity_id else None
        return entity is not None and entity.listed


def name_rows(res: Resolution) -> list[NameRow]:
    """Where every written name resolves to, as the store keeps it (``Store.names``)."""
    return [*(("show", "", k, i) for k, i in res.shows.items()),
            *(("person", "", k, i) for k, i in res.people.items()),
            *(("person_in", s, k, i) for (s, k), i in res.people_in.items()),
            *(("character", s, k, i) for (s, k), i in res.characters.items())]


def from_rows(entities: Iterable[Entity], names: Iterable[NameRow]) -> Resolution:
    """The resolution a store keeps (its entities and ``name_rows``), read back."""
    res = Resolution(entities={e.id: e for e in entities})
    maps: dict[str, dict[tuple[str, str], str]] = {"person_in": res.people_in,
                                                   "character": res.characters}
    for kind, scope, k, entity_id in names:
        if kind == "show":
            res.shows[k] = entity_id
        elif kind == "person":
            res.people[k] = entity_id
        else:
            maps[kind][(scope, k)] = entity_id
    return res


def stored_resolution(store: Store) -> Resolution:
    """The resolution the store keeps (the last ``resolve_store``), without resolving."""
    return from_rows(store.entities(), store.names())


def link(res: Resolution, sf: StoredFact) -> FactLink | None:
    """The ids one stored fact's names resolve to; None when its show resolves to none."""
    show = res.show(sf.fact.show)
    if show is None:
        return None
    return (sf.id, show, res.person(sf.fact.actor, show), res.character(sf.fact.character, show))


def link_ids(res: Resolution, g: Link) -> tuple[str, str | None, str | None] | None:
    """The ids a link group's facts resolve to (``link`` for all of them at once)."""
    show = res.show(g.show)
    if show is None:
        return None
    return show, res.person(g.actor, show), res.character(g.character, show)


def resolve_stored(stored: Iterable[StoredFact], overrides: Sequence[Override] = ()
                   ) -> Resolution:
    """Resolve stored facts, counting syndicated copies of one story once."""
    return resolve_mentions(FactMentions([(sf.fact, sf.story_id) for sf in stored]), overrides)


def resolve_facts(facts: Iterable[Fact], overrides: Sequence[Override] = ()) -> Resolution:
    """Resolve every name in ``facts``; the result does not depend on their order.
    Each fact's story is its article (its evidence's), or one shared unknown story."""
    pairs = [(f, f.evidence.article_id if f.evidence else "") for f in facts]
    return resolve_mentions(FactMentions(pairs), overrides)


def resolve_mentions(m: Mentions, overrides: Sequence[Override] = ()) -> Resolution:
    """Resolve the names of a set of facts from their tallies (``mentions.py``): cluster,
    then admit, weighing every entity against the others."""
    res = cluster_mentions(m, overrides)
    admit_resolution(res, m)
    return res


def admit_resolution(res: Resolution, m: Mentions, written: Set[str] | None = None,
                     others: Others | None = None) -> None:
    """Admit a clustered resolution's shows and people (``admission.admit``: ``written``
    the ids the caller stores, ``others`` what it reads of the stored rest)."""
    res.entities, res.kept = admit(res.entities, _sightings(res, m), res.decisions, m,
                                   written, others)


def cluster_show_names(m: Mentions, overrides: Sequence[Override] = ()) -> Resolution:
    """The shows of a set of facts in their clusters (``cluster_mentions``' first step,
    which its people and characters read)."""
    res = Resolution()
    _resolve_shows(res, Counter({s: t.count for s, t in m.shows.items()}),
                   [o for o in overrides if o.kind == "show"], res.decisions)
    return res


def cluster_mentions(m: Mentions, overrides: Sequence[Override] = (),
                     characters: bool = True, shows: Resolution | None = None) -> Resolution:
    """Every name of a set of facts in its cluster, overrides applied, not yet admitted
    (``resolve_mentions``' first step); the characters left out when not ``characters``
    (nothing else reads them: the caller clusters them at its end); ``shows``: the
    ``cluster_show_names`` of these counts and overrides when the caller has it (it is
    left as it is)."""
    res = cluster_show_names(m, overrides) if shows is None else Resolution(
        entities=dict(shows.entities), shows=dict(shows.shows),
        unapplied=list(shows.unapplied), decisions=dict(shows.decisions))
    by_kind: dict[str, list[Override]] = defaultdict(list)
    for o in overrides:
        by_kind[o.kind].append(o)
    decisions = res.decisions
    actors: dict[str, Counter[str]] = defaultdict(Counter)  # show id -> actor spellings
    roles: dict[str, Counter[str]] = defaultdict(Counter)  # show id -> character spellings
    for (show, actor), t in m.actors.items():
        if (sid := res.show(show)) is not None:
            actors[sid][actor] += t.count
    for (show, name), t in m.roles.items() if characters else ():
        if (sid := res.show(show)) is not None:
            roles[sid][name] += t.count
    _resolve_people(res, actors, by_kind["person"], decisions)
    cluster_characters(res, roles)
    return res


def cluster_characters(res: Resolution, roles: Mapping[str, Counter[str]],
                       matcher: Matcher = NAMES) -> None:
    """Each show's characters (its character spellings and their namings) in their
    clusters, after its shows (``cluster_mentions``' last step); ``matcher``: the name
    rules (a caller may pass them with blocking keys it computed already)."""
    for sid in sorted(roles):
        _resolve_characters(res, sid, roles[sid], matcher)


def _curate(res: Resolution, clusters: list[Cluster], overrides: list[Override],
            prefix: str, decisions: dict[str, Override]) -> list[Cluster]:
    """Apply one kind's overrides; remember status decisions by entity id."""
    curated, status, unapplied = apply_overrides(clusters, overrides)
    res.unapplied += unapplied
    for c in curated:
        if id(c) in status:
            decisions[f"{prefix}:{slug(c.canonical)}"] = status[id(c)]
    return curated


def _resolve_shows(res: Resolution, counts: Counter[str], overrides: list[Override],
                   decisions: dict[str, Override]) -> None:
    clusters = fold_acronyms(cluster_names(counts, TITLES))
    clusters = _curate(res, clusters, overrides, "show", decisions)
    for c in clusters:
        sid = show_id(c)
        res.entities[sid] = Entity(sid, EntityKind.SHOW, c.canonical, None, _aliases(c))
        res.shows.update(spelling_index([c], show_id))


def _aliases(c: Cluster, spellings: Iterable[str] | None = None) -> tuple[str, ...]:
    """Every spelling (all forms kept as aliases), with a curator's name."""
    names = set(c.spellings if spellings is None else spellings)
    if c.renamed:
        names.add(c.renamed)
    return tuple(sorted(names))


def _resolve_people(res: Resolution, actors: dict[str, Counter[str]],
                    overrides: list[Override], decisions: dict[str, Override]) -> None:
    """Cluster people globally, fold in-show variants, then place one-word names show
    by show."""
    total: Counter[str] = Counter()
    for counts in actors.values():
        total.update(counts)
    clusters = cluster_names(total, NAMES)
    by_key = {key(s): c for c in clusters for s in c.spellings}
    clusters = _fold_context(clusters, actors, by_key)
    clusters = _curate(res, clusters, overrides, "person", decisions)
    by_key = {key(s): c for c in clusters for s in c.spellings}
    aliases: dict[str, set[str]] = defaultdict(set)
    targets: dict[str, set[str]] = defaultdict(set)  # spelling key -> ids it resolved to
    casts = {sid: [by_key[key(s)] for s in sorted(counts)] for sid, counts in actors.items()}
    seasons = _season_casts(res, casts)
    for sid in sorted(actors):
        partials = PartialIndex(_unique(casts[sid]))
        for raw in sorted(actors[sid]):
            home = by_key[key(raw)]
            if home.single_word:
                home = partials.home(home) or seasons[sid].home(home) or home
            res.people_in[(sid, key(raw))] = person_id(home)
            aliases[person_id(home)].add(raw)
            targets[key(raw)].add(person_id(home))
    by_id = {person_id(c): c for c in clusters}
    for pid in sorted(aliases):
        c = by_id[pid]
        res.entities[pid] = Entity(pid, EntityKind.PERSON, c.canonical, None,
                                   _aliases(c, aliases[pid]))
    for k, ids in targets.items():
        res.own[k] = own = person_id(by_key[k])
        if (global_id := person_of_key(own, ids)) is not None:
            res.people[k] = global_id


def person_of_key(own: str, ids: set[str]) -> str | None:
    """The person a written name denotes wherever it is read: its own cluster if some
    show reads it so, else the one person every show reads it as; None when several
    shows read it as different people (ambiguous, left out)."""
    if own in ids:
        return own
    return next(iter(ids)) if len(ids) == 1 else None


def _unique(clusters: Iterable[Cluster]) -> list[Cluster]:
    return list({id(c): c for c in clusters}.values())


def _season_casts(res: Resolution, casts: dict[str, list[Cluster]]) -> dict[str, PartialIndex]:
    """For each show, the partial-name index of its whole franchise: every show whose
    title is the same once a season number is left out ("Kesar", "Kesar 2"). A
    one-word name with no candidate in its own show may stand for the one candidate
    of its franchise (seasons share their casts)."""
    family: dict[str, list[str]] = defaultdict(list)
    for sid in sorted(casts):
        family[key(SEASON_NUMBER.sub("", res.entities[sid].name))].append(sid)
    index: dict[str, PartialIndex] = {}
    for sids in family.values():
        shared = PartialIndex(_unique(c for sid in sids for c in casts[sid]))
        index.update((sid, shared) for sid in sids)
    return index


def _fold_context(clusters: list[Cluster], actors: dict[str, Counter[str]],
                  by_key: dict[str, Cluster]) -> list[Cluster]:
    """Merge the longer and looser spellings that one show's cast reveals."""
    in_show = {sid: list({id(by_key[key(s)]): by_key[key(s)] for s in counts}.values())
               for sid, counts in actors.items()}
    merges = context_merges(in_show)
    for c in clusters:
        if id(c) in merges:
            merges[id(c)].absorb(c)
    return [c for c in clusters if id(c) not in merges]


def _resolve_characters(res: Resolution, sid: str, counts: Counter[str],
                        matcher: Matcher = NAMES) -> None:
    """Cluster one show's characters, then fold unambiguous one-word names in."""
    clusters = cluster_names(counts, matcher)
    partials = PartialIndex(clusters)
    for c in clusters:
        home = (partials.home(c) if c.single_word else None) or c
        cid = character_id(sid, home)
        old = res.entities.get(cid)
        spellings = set(old.aliases if old else ()) | c.spellings
        res.entities[cid] = Entity(cid, EntityKind.CHARACTER, home.canonical, sid,
                                   tuple(sorted(spellings)))
        for s in c.spellings:
            res.characters[(sid, key(s))] = cid


def _sightings(res: Resolution, m: Mentions) -> list[Sighting]:
    """Every written show, actor and character name, resolved, with its tally."""
    out: list[Sighting] = []
    for show, t in m.shows.items():
        if (sid := res.show(show)) is not None:
            out.append(Sighting(EntityKind.SHOW, sid, show, show, t))
    for (show, raw), t in m.actors.items():
        sid = res.show(show)
        if sid is not None and (pid := res.person(raw, sid)) is not None:
            out.append(Sighting(EntityKind.PERSON, pid, raw, show, t))
    for (show, raw), t in m.roles.items():
        sid = res.show(show)
        if sid is not None and (cid := res.character(raw, sid)) is not None:
            out.append(Sighting(EntityKind.CHARACTER, cid, raw, show, t))
    return out
