"""``relations(store, show, when)``: on-screen relations between a show's characters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tellytrack.model import UNORDERED_RELATIONS
from tellytrack.query.facts import Row, show_rows
from tellytrack.query.result import Result
from tellytrack.query.sources import Source, sources_of
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.resolve.resolver import Resolution
from tellytrack.store.base import Store


@dataclass(frozen=True)
class Relation(Result):
    """One relation between two characters with every report of it."""

    subject: str
    subject_id: str | None
    relation: str
    object: str
    object_id: str | None
    sources: list[Source]


def _key(res: Resolution, r: Row) -> tuple[str, str, str]:
    """(subject, relation, object) as ids; unordered relations in sorted order."""
    subj = res.character(r.fact.subject, r.show) or str(r.fact.subject)
    obj = res.character(r.fact.object, r.show) or str(r.fact.object)
    rel = str(r.fact.relation)
    if rel in UNORDERED_RELATIONS and obj < subj:
        subj, obj = obj, subj
    return subj, rel, obj


def relations(store: Store, show: str, when: TimeFilter = NOW, res: Resolution | None = None,
              rows: Sequence[Row] | None = None) -> list[Relation]:
    """The relations of ``show``'s characters reported by ``when``, read through the
    fact_entities index (only that show's relation facts); ``res``: the stored
    resolution when the caller has read it."""
    found = show_rows(store, show, when, ("relation",), res, rows)
    if found is None:
        return []
    _, res, mine = found
    return group_relations(res, mine, when)


def group_relations(res: Resolution, rows: list[Row], when: TimeFilter) -> list[Relation]:
    """One :class:`Relation` per (subject, relation, object) among the relation rows of
    one show reported by ``when``, with the sources of each (the export reads it too)."""
    groups: dict[tuple[str, str, str], list[Row]] = {}
    for r in rows:
        if (r.fact.type == "relation" and r.fact.subject and r.fact.object
                and when.by_as_of(r.published)):
            groups.setdefault(_key(res, r), []).append(r)
    return [Relation(res.name(s) or s, s if s in res.entities else None, rel,
                     res.name(o) or o, o if o in res.entities else None,
                     sources_of([r.stored for r in groups[(s, rel, o)]]))
            for s, rel, o in sorted(groups)]
