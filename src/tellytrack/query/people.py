"""``person(store, name, when)``: one person's roles across shows and their changes."""

from __future__ import annotations

from dataclasses import dataclass

from tellytrack.query.cast import CAST_TYPES, Tenure, show_runs, split, tenure_of
from tellytrack.query.facts import load
from tellytrack.query.result import Result
from tellytrack.query.rumours import Claim, claims
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.resolve.lookup import find_person
from tellytrack.store.base import Store


@dataclass(frozen=True)
class PersonReport(Result):
    """A person's roles (tenures with their show) and cast-change claims."""

    id: str
    name: str
    aliases: list[str]
    roles: list[Tenure]
    changes: list[Claim]


def person(store: Store, name: str, when: TimeFilter = NOW) -> PersonReport | None:
    """Everything about one person (any spelling, unambiguous partial name or id)."""
    res, rows = load(store, when, CAST_TYPES)
    pid = find_person(store, name, res)
    if pid is None:
        return None
    shows = sorted({r.show for r in rows if r.actor == pid})
    roles: list[Tenure] = []
    for sid in shows:
        current, former = split(show_runs(rows, sid), when)
        roles += [tenure_of(res, r, when.as_of) for r in [*current, *former] if r.actor == pid]
    entity = res.entities[pid]
    return PersonReport(
        id=pid, name=entity.name, aliases=list(entity.aliases),
        roles=sorted(roles, key=lambda t: (t.start or t.end or "", t.show)),
        changes=[c for c in claims(res, rows, when) if c.actor_id == pid])
