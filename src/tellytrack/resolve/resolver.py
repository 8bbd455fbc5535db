"""From all stored facts to canonical shows, people and characters.

Scopes follow what the names mean: a show is global; a person is global (one
identity across shows); a character belongs to its show, so two shows' "Anu"
never meet. A one-word name is resolved as a partial name *within one show*:
"Arjun" in show S becomes "Arjun Mehra" only if that is the one multi-word
name it can stand for among the people (or characters) of S.

Ids are derived from canonical names ("show:kesar-ki-kahani",
"person:riya-malhotra", "char:kesar-ki-kahani/meera") so they survive rebuilds.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from tellytrack.extract.shows import initials
from tellytrack.model import Entity, EntityKind, Fact
from tellytrack.resolve.cluster import Cluster, cluster_names, partial_home, spelling_index
from tellytrack.resolve.names import is_title_variant, key, slug


def show_id(cluster: Cluster) -> str:
    return f"show:{slug(cluster.canonical)}"


def person_id(cluster: Cluster) -> str:
    return f"person:{slug(cluster.canonical)}"


def character_id(show: str, cluster: Cluster) -> str:
    return f"char:{show.removeprefix('show:')}/{slug(cluster.canonical)}"


def actor_names(fact: Fact) -> list[str]:
    """The people a fact names."""
    return [fact.actor] if fact.type in ("cast", "cast_change") and fact.actor else []


def character_names(fact: Fact) -> list[str]:
    """The characters a fact names (cast roles, event participants, relation ends)."""
    if fact.type in ("cast", "cast_change"):
        return [fact.character] if fact.character else []
    if fact.type == "event":
        return [c for c in fact.characters if c]
    if fact.type == "relation":
        return [n for n in (fact.subject, fact.object) if n]
    return []


@dataclass
class Resolution:
    """Where every written name of the knowledge base resolves to."""

    entities: dict[str, Entity] = field(default_factory=dict)
    shows: dict[str, str] = field(default_factory=dict)  # key -> show id
    people: dict[str, str] = field(default_factory=dict)  # key -> person id
    people_in: dict[tuple[str, str], str] = field(default_factory=dict)  # (show, key) -> id
    characters: dict[tuple[str, str], str] = field(default_factory=dict)  # (show, key) -> id

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


def resolve_facts(facts: Iterable[Fact]) -> Resolution:
    """Resolve every name in ``facts``; the result does not depend on their order."""
    facts = list(facts)
    res = Resolution()
    _resolve_shows(res, facts)
    actors: dict[str, Counter[str]] = defaultdict(Counter)  # show id -> actor spellings
    roles: dict[str, Counter[str]] = defaultdict(Counter)  # show id -> character spellings
    for fact in facts:
        sid = res.show(fact.show)
        if sid is not None:
            actors[sid].update(actor_names(fact))
            roles[sid].update(character_names(fact))
    _resolve_people(res, actors)
    for sid in sorted(roles):
        _resolve_characters(res, sid, roles[sid])
    return res


def _resolve_shows(res: Resolution, facts: list[Fact]) -> None:
    clusters = cluster_names(Counter(f.show for f in facts if f.show), is_title_variant)
    for c in _fold_acronyms(clusters):
        sid = show_id(c)
        res.entities[sid] = Entity(sid, EntityKind.SHOW, c.canonical, None,
                                   tuple(sorted(c.spellings)))
        res.shows.update(spelling_index([c], show_id))


def _fold_acronyms(clusters: list[Cluster]) -> list[Cluster]:
    """An acronym cluster ("PKDKK") joins the one title cluster of four or more words
    some spelling of which it abbreviates; with none or several it stays apart."""
    by_initials: dict[str, list[Cluster]] = {}
    for o in clusters:
        for abbr in {initials(s) for s in o.spellings if len(s.split()) >= 4}:
            by_initials.setdefault(abbr, []).append(o)
    kept: list[Cluster] = []
    for c in clusters:
        name = c.canonical
        acronym = name.isupper() and 3 <= len(name) <= 7
        homes = [o for o in by_initials.get(name, []) if o is not c] if acronym else []
        if len(homes) == 1:
            homes[0].spellings |= c.spellings
            homes[0].mentions += c.mentions
        else:
            kept.append(c)
    return kept


def _resolve_people(res: Resolution, actors: dict[str, Counter[str]]) -> None:
    """Cluster people globally, then place one-word names show by show."""
    total: Counter[str] = Counter()
    for counts in actors.values():
        total.update(counts)
    clusters = cluster_names(total)
    by_key = {key(s): c for c in clusters for s in c.spellings}
    aliases: dict[str, set[str]] = defaultdict(set)
    targets: dict[str, set[str]] = defaultdict(set)  # spelling key -> ids it resolved to
    for sid in sorted(actors):
        here = sorted({person_id(by_key[key(s)]): by_key[key(s)] for s in actors[sid]}.values(),
                      key=lambda c: c.canonical)
        for raw in sorted(actors[sid]):
            home = by_key[key(raw)]
            if home.single_word:
                home = partial_home(home, here) or home
            res.people_in[(sid, key(raw))] = person_id(home)
            aliases[person_id(home)].add(raw)
            targets[key(raw)].add(person_id(home))
    names = {person_id(c): c.canonical for c in clusters}
    for pid in sorted(aliases):
        res.entities[pid] = Entity(pid, EntityKind.PERSON, names[pid], None,
                                   tuple(sorted(aliases[pid])))
    for k, ids in targets.items():
        own = person_id(by_key[k])
        if own in ids or len(ids) == 1:  # several partial homes: ambiguous, leave out
            res.people[k] = own if own in ids else next(iter(ids))


def _resolve_characters(res: Resolution, sid: str, counts: Counter[str]) -> None:
    """Cluster one show's characters, then fold unambiguous one-word names in."""
    clusters = cluster_names(counts)
    homes = {id(c): partial_home(c, clusters) if c.single_word else None for c in clusters}
    for c in clusters:
        home = homes[id(c)] or c
        cid = character_id(sid, home)
        old = res.entities.get(cid)
        spellings = set(old.aliases if old else ()) | c.spellings
        res.entities[cid] = Entity(cid, EntityKind.CHARACTER, home.canonical, sid,
                                   tuple(sorted(spellings)))
        for s in c.spellings:
            res.characters[(sid, key(s))] = cid
