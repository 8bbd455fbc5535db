"""What an export holds: per show its summary, cast runs, claims, ratings, events, relations.

Every format (``csv_tables``, ``json_doc``, ``jsonld``, ``graphml``) renders
this one structure, built from the ``query`` layer's own functions, so an
export says exactly what ``tellytrack cast``/``rumours``/``ratings``/...
and the pages say. Each show's rows are read through the store's indexes with
its part of the stored resolution (``query.facts.show_rows``), one show at a
time: an export of one show reads that show only, and the whole KB's export
holds one show's rows at a time.
Ratings and relations have no row-level form in ``query``, so ``_ratings``
and ``_relations`` group the rows here with ``query``'s own pieces
(``week_of``, ``point_of``, the relation key); ``tests/cli/test_export.py``
checks that they give what ``ratings()`` and ``relations()`` give.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from tellytrack.query import (
    NOW,
    Claim,
    RatingReport,
    RatingSeries,
    Relation,
    ShowSummary,
    Tenure,
    TimeFilter,
    TimelineEvent,
    list_shows,
    search,
)
from tellytrack.query.cast import show_runs, split, tenure_of
from tellytrack.query.facts import Row, show_rows
from tellytrack.query.ratings import point_of, week_of
from tellytrack.query.relations import group_relations
from tellytrack.query.result import Result
from tellytrack.query.rumours import claims
from tellytrack.query.shows import summary_of
from tellytrack.query.sources import source_of
from tellytrack.query.timeline import event_of, group_events
from tellytrack.resolve.resolver import Resolution
from tellytrack.store.base import Store


@dataclass(frozen=True)
class ShowExport(Result):
    """Everything exported about one show."""

    show: ShowSummary
    current: list[Tenure]
    former: list[Tenure]
    claims: list[Claim]
    ratings: RatingSeries | None
    events: list[TimelineEvent]
    relations: list[Relation]


@dataclass(frozen=True)
class KBExport(Result):
    """The exported knowledge base (or one show of it) as of ``as_of``, known by ``known_by``."""

    generated: str
    as_of: str | None
    known_by: str | None
    shows: list[ShowExport]


class UnknownShow(LookupError):
    """``--show`` names no show of the knowledge base."""


def collect(store: Store, show: str | None = None, when: TimeFilter = NOW) -> KBExport:
    """The export of every listed show (or of ``show``, any spelling or id, listed or
    not: an unconfirmed show's page links its export too) on ``when``; each show's rows
    and its part of the stored resolution are read through the store's indexes."""
    if show is None:
        shows = [_export_of(store, s, when) for s in list_shows(store, when)]
    else:
        shows = [_one_show(store, show, when)]
    return KBExport(
        generated=date.today().isoformat(),
        as_of=when.as_of.isoformat() if when.as_of else None,
        known_by=when.known_by.isoformat() if when.known_by else None,
        shows=shows)


def _export_of(store: Store, summary: ShowSummary, when: TimeFilter) -> ShowExport:
    """One listed show's export, from its own rows."""
    found = show_rows(store, summary.id, when)
    assert found is not None, summary.id  # listed: the show is stored
    _, res, rows = found
    return show_export(res, summary, rows, when)


def _one_show(store: Store, show: str, when: TimeFilter) -> ShowExport:
    """The export of the show ``show`` names, if it has facts by ``when``."""
    found = show_rows(store, show, when)
    mine = [r for r in found[2] if when.by_as_of(r.published)] if found else []
    if found is None or not mine:
        hits = [h.name for h in search(store, show) if h.kind == "show"][:5]
        hint = f"did you mean: {', '.join(hits)}?" if hits else "check the spelling"
        raise UnknownShow(f"no show matches {show!r}; {hint}")
    sid, res, rows = found
    return show_export(res, summary_of(res, sid, mine), rows, when)


def show_export(res: Resolution, summary: ShowSummary, rows: list[Row],
                when: TimeFilter) -> ShowExport:
    """One show's export from its already resolved rows."""
    current, former = split(show_runs(rows, summary.id), when)
    return ShowExport(
        show=summary,
        current=sorted((tenure_of(res, r) for r in current),  # as cast() orders them
                       key=lambda t: (t.character or "~", t.actor)),
        former=sorted((tenure_of(res, r) for r in former),
                      key=lambda t: (t.end or "", t.character or "~", t.actor)),
        claims=claims(res, rows, when),
        ratings=_ratings(summary, rows, when),
        events=_events(res, rows, when),
        relations=group_relations(res, rows, when))


def _events(res: Resolution, rows: list[Row], when: TimeFilter) -> list[TimelineEvent]:
    """The show's timeline, grouped as ``query.timeline`` groups it."""
    mine = [r for r in rows
            if r.fact.type == "event" and r.fact.kind and when.by_as_of(r.published)]
    events = [event_of(res, g) for g in group_events(res, mine)]
    return sorted(events, key=lambda e: (e.date or "9999", e.kind))


def _ratings(summary: ShowSummary, rows: list[Row], when: TimeFilter) -> RatingSeries | None:
    """The weekly series as ``query.ratings`` builds it; None when no rating is reported."""
    weeks: dict[str, list[Row]] = defaultdict(list)
    inferred: dict[str, bool] = {}
    undated: list[RatingReport] = []
    for r in rows:
        if r.fact.type != "rating" or not when.by_as_of(r.published):
            continue
        week, guessed = week_of(r)
        if week is None:
            undated.append(RatingReport(r.fact.rank, r.fact.rating, source_of(r.stored)))
            continue
        weeks[week].append(r)
        inferred[week] = inferred.get(week, True) and guessed
    if not weeks and not undated:
        return None
    points = [point_of(w, inferred[w], weeks[w]) for w in sorted(weeks)]
    return RatingSeries(summary.name, summary.id, points, undated)
