"""``character(store, show, name, when)``: who played a character and when, and its story.

A character belongs to one show (the resolver scopes characters to their
show), so it is asked for by show and name; any spelling, partial name or id
of the character works. The report gathers what the show's other queries
already know about it: the runs of every actor in the role (current and
former, in the order they began), the relations it is in, the storyline
events it takes part in, and the cast-change claims about the role.
"""

from __future__ import annotations

from dataclasses import dataclass

from tellytrack.model import EntityKind
from tellytrack.query.cast import CAST_TYPES, Tenure, show_runs, tenure_of
from tellytrack.query.facts import Row, show_rows
from tellytrack.query.relations import Relation, relations
from tellytrack.query.result import Result
from tellytrack.query.rumours import Claim, rumours
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.query.timeline import TimelineEvent, timeline
from tellytrack.resolve.lookup import find_character
from tellytrack.resolve.resolver import Resolution
from tellytrack.store.base import Store


@dataclass(frozen=True)
class CharacterReport(Result):
    """One character of one show: its players over time, relations, events and claims."""

    id: str
    name: str
    aliases: list[str]
    show: str
    show_id: str
    played_by: list[Tenure]  # every run in the role, earliest first; no ``end``: still on
    relations: list[Relation]
    events: list[TimelineEvent]
    changes: list[Claim]


def character(store: Store, show: str, name: str,
              when: TimeFilter = NOW) -> CharacterReport | None:
    """The character ``name`` of ``show`` (None when either is unknown); reads only the
    show's facts, through the fact_entities index."""
    found = show_rows(store, show, when, CAST_TYPES)
    if found is None:
        return None
    sid, res, rows = found
    cid = find_character(store, sid, name, res)
    if cid is None or res.entities[cid].kind is not EntityKind.CHARACTER:
        return None
    entity = res.entities[cid]
    names = {entity.name, *entity.aliases}
    return CharacterReport(
        id=cid, name=entity.name, aliases=sorted(set(entity.aliases) - {entity.name}),
        show=res.name(sid) or sid, show_id=sid,
        played_by=played_by(res, rows, sid, cid, when),
        relations=[r for r in relations(store, sid, when, res=res)
                   if cid in (r.subject_id, r.object_id)],
        events=[e for e in timeline(store, sid, when, res=res) if names & set(e.characters)],
        changes=[c for c in rumours(store, sid, when, res=res) if c.character in names])


def played_by(res: Resolution, rows: list[Row], sid: str, cid: str,
              when: TimeFilter) -> list[Tenure]:
    """Every run in role ``cid`` of show ``sid`` begun by ``when.as_of``, earliest first
    (rows of other shows are ignored)."""
    runs = [r for r in show_runs(rows, sid, res) if r.character == cid
            and (when.as_of is None or r.begun(when.as_of))]
    return sorted((tenure_of(res, r, when.as_of) for r in runs),
                  key=lambda t: (t.start or t.last_seen or "", t.end or "~", t.actor))
