"""``person(store, name, when)``: one person's roles across shows and their changes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from tellytrack.model import Entity, EntityKind
from tellytrack.query.cast import CAST_TYPES, Tenure, show_runs, split, tenure_of
from tellytrack.query.facts import Row, order, rows_of
from tellytrack.query.result import Result
from tellytrack.query.rumours import Claim, claims
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.resolve.lookup import find_person
from tellytrack.resolve.resolver import Resolution
from tellytrack.resolve.stored import scoped_resolution
from tellytrack.store.base import PersonCounts, Store


@dataclass(frozen=True)
class PersonReport(Result):
    """A person's roles (tenures with their show) and cast-change claims."""

    id: str
    name: str
    aliases: list[str]
    roles: list[Tenure]
    changes: list[Claim]


@dataclass(frozen=True)
class PersonSummary(Result):
    """A person as listed: names, admission ``status``, shows, and how much is known."""

    id: str
    name: str
    aliases: list[str]
    status: str
    shows: list[str]
    articles: int
    facts: int
    latest: str | None


def list_people(store: Store, when: TimeFilter = NOW,
                unconfirmed: bool = False) -> list[PersonSummary]:
    """Every listed person some cast fact known by ``when`` names, by name; ``unconfirmed``
    adds the mentions admission did not confirm (docs/kb.md, "Admission"). With no time
    filter, from the counts the store keeps per person (``Store.person_counts``); under a
    filter, from the counts the database makes over the cast facts published by then
    (``Store.person_counts_by``, as ``shows.dated_shows``). Neither reads a fact;
    ``people_of`` is their plain twin."""
    if when != NOW:
        day = min(d for d in (when.as_of, when.known_by) if d is not None)
        counts = store.person_counts_by(day)
        people = {e.id: e for e in store.entities_of([c.person_id for c in counts])}
        shows = {e.id: e for e in store.entities_of(sorted({s for c in counts
                                                            for s in c.shows}))}
    else:
        counts = store.person_counts()
        people = {e.id: e for e in store.entities(EntityKind.PERSON)}
        shows = {e.id: e for e in store.entities(EntityKind.SHOW)}
    found = [_counted(people[c.person_id], c, shows, unconfirmed) for c in counts
             if c.person_id in people and (unconfirmed or people[c.person_id].listed)]
    return sorted(found, key=lambda p: (p.name.casefold(), p.id))


def people_of(res: Resolution, rows: list[Row], when: TimeFilter,
              unconfirmed: bool = False) -> list[PersonSummary]:
    """``list_people`` from resolved cast rows: the plain twin of the stored counts."""
    mine: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.actor and when.by_as_of(r.published):
            mine[r.actor].append(r)
    found = [_summary(res, pid, mine[pid], unconfirmed) for pid in mine
             if pid in res.entities and (unconfirmed or res.listed(pid))]
    return sorted(found, key=lambda p: (p.name.casefold(), p.id))


def _counted(entity: Entity, counts: PersonCounts, shows: dict[str, Entity],
             unconfirmed: bool) -> PersonSummary:
    """A person's line from the counts the store keeps (their shows as in ``_summary``)."""
    return PersonSummary(
        id=entity.id, name=entity.name, aliases=list(entity.aliases), status=entity.status,
        shows=sorted({shows[s].name if s in shows else s for s in counts.shows
                      if unconfirmed or (s in shows and shows[s].listed)}),
        articles=counts.articles, facts=counts.facts,
        latest=counts.latest.iso() if counts.latest else None)


def _summary(res: Resolution, pid: str, rows: list[Row], unconfirmed: bool) -> PersonSummary:
    """One person's line; their shows are the listed ones (a title admission rejected,
    "Read-", is not shown beside a real person) unless ``unconfirmed``."""
    entity = res.entities[pid]
    dated = [r.published for r in rows if r.published]
    return PersonSummary(
        id=pid, name=entity.name, aliases=list(entity.aliases), status=entity.status,
        shows=sorted({res.name(r.show) or r.show for r in rows
                      if unconfirmed or res.listed(r.show)}),
        articles=len({r.stored.article_id for r in rows}), facts=len(rows),
        latest=max(dated).iso() if dated else None)


def person(store: Store, name: str, when: TimeFilter = NOW) -> PersonReport | None:
    """Everything about one person (any spelling, unambiguous partial name or id); reads
    the person's own facts through the fact_entities index, then the cast facts of the
    shows they act in (a run ends when another actor takes the role) and those shows'
    part of the stored resolution, never the other shows'."""
    pid = find_person(store, name)
    if pid is None:
        return None
    shows = sorted({r.show for r in rows_of(store, when, CAST_TYPES, actor_id=pid)})
    rows = sorted((r for sid in shows for r in rows_of(store, when, CAST_TYPES, show_id=sid)),
                  key=lambda r: order(r.stored))
    return person_of(scoped_resolution(store, [pid], shows), pid, rows, when)


def person_of(res: Resolution, pid: str, rows: list[Row], when: TimeFilter) -> PersonReport:
    """The report of person ``pid`` from cast rows holding every row of the shows they
    act in (rows of other shows are ignored)."""
    mine = [r for r in rows if r.actor == pid]  # the runs need the others' rows too
    roles: list[Tenure] = []
    for sid in sorted({r.show for r in mine}):
        current, former = split(show_runs(rows, sid), when)
        roles += [tenure_of(res, r, when.as_of) for r in [*current, *former] if r.actor == pid]
    entity = res.entities[pid]
    return PersonReport(
        id=pid, name=entity.name, aliases=list(entity.aliases),
        roles=sorted(roles, key=lambda t: (t.start or t.end or "", t.show)),
        changes=claims(res, mine, when))  # a claim is one actor's: theirs alone
