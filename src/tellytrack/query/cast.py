"""``cast(store, show, when)``: current and former cast of a show with tenures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tellytrack.query.facts import Row, show_rows
from tellytrack.query.result import Result
from tellytrack.query.sources import Source, sources_of
from tellytrack.query.tenures import Run, build_runs
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.resolve.resolver import Resolution
from tellytrack.store.base import Store

CAST_TYPES = ("cast", "cast_change")


@dataclass(frozen=True)
class Tenure(Result):
    """One run of an actor in a role; dates are ISO strings with their precision.

    ``end_reason`` is "exit", "replaced" (a confirmed entry of ``end_by``) or
    "succeeded" (``end_by`` was seen in the role later, no exit was reported).
    ``start_bound`` is "exact" (an entry was reported that day) or "at_least"
    (first seen then: "since at least"); ``reaches_back`` is how far a stated
    duration ("quits after three years") dates an at-least start back (None:
    the run is on from its first evidence, and unknown before). ``at_risk`` is
    the date of a reported exit that no later denial or statement of the actor
    in the role has answered (None: not at risk).
    """

    show: str
    show_id: str
    character: str | None
    character_id: str | None
    actor: str
    actor_id: str
    start: str | None
    start_bound: str
    end: str | None
    end_reason: str | None
    end_by: str | None
    last_seen: str | None
    reaches_back: str | None
    sources: list[Source]
    at_risk: str | None = None


@dataclass(frozen=True)
class CastReport(Result):
    """A show's cast on ``as_of`` (None: now)."""

    show: str
    show_id: str
    as_of: str | None
    known_by: str | None
    current: list[Tenure]
    former: list[Tenure]


def tenure_of(res: Resolution, run: Run, day: date | None = None) -> Tenure:
    """The public form of a run, its risk as it stood on ``day`` (None: now)."""
    risk = run.at_risk(day)
    return Tenure(
        show=res.name(run.show) or run.show, show_id=run.show,
        character=res.name(run.character), character_id=run.character,
        actor=res.name(run.actor) or run.actor, actor_id=run.actor,
        start=run.start.iso() if run.start else None, start_bound=run.start_bound,
        end=run.end.iso() if run.end else None, end_reason=run.end_reason,
        end_by=res.name(run.end_by),
        last_seen=run.last_seen.iso() if run.last_seen else None,
        reaches_back=run.reach_back.isoformat() if run.reach_back else None,
        sources=sources_of([r.stored for r in run.rows]),
        at_risk=risk.iso() if risk else None)


def show_runs(rows: list[Row], show: str, res: Resolution | None = None) -> list[Run]:
    """The runs of one show from already loaded rows; with ``res``, only the runs of
    listed people (an unconfirmed "actor" is a mention, not a cast member)."""
    runs = build_runs([r for r in rows if r.show == show and r.fact.type in CAST_TYPES])
    return runs if res is None else [r for r in runs if res.listed(r.actor)]


def split(runs: list[Run], when: TimeFilter) -> tuple[list[Run], list[Run]]:
    """(current, former) runs on ``when.as_of``; runs not begun by then are left out."""
    if when.as_of is None:
        return [r for r in runs if r.open], [r for r in runs if not r.open]
    day = when.as_of
    begun = [r for r in runs if r.begun(day)]
    return [r for r in begun if r.active(day)], [r for r in begun if not r.active(day)]


def cast(store: Store, show: str, when: TimeFilter = NOW, res: Resolution | None = None,
         rows: Sequence[Row] | None = None) -> CastReport | None:
    """Who plays whom in ``show`` (any spelling or id) on ``when.as_of``; ``res``: the
    stored resolution when the caller has read it (a show page reads it once)."""
    found = show_rows(store, show, when, CAST_TYPES, res, rows)
    if found is None:
        return None
    sid, res, mine = found
    current, former = split(show_runs(mine, sid, res), when)
    return CastReport(
        show=res.name(sid) or sid, show_id=sid,
        as_of=when.as_of.isoformat() if when.as_of else None,
        known_by=when.known_by.isoformat() if when.known_by else None,
        current=sorted((tenure_of(res, r, when.as_of) for r in current), key=_by_role),
        former=sorted((tenure_of(res, r, when.as_of) for r in former), key=_by_end))


def _by_role(t: Tenure) -> tuple[str, str]:
    return (t.character or "~", t.actor)


def _by_end(t: Tenure) -> tuple[str, str, str]:
    return (t.end or "", t.character or "~", t.actor)
