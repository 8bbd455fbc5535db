"""``ratings(store, show, when)``: a show's chart position and rating, week by week.

A report without a BARC week but with a day-precise date is placed in the
week before the article (BARC publishes on Thursday for the week that ended
the Friday before), and marked ``inferred``. Several reports of one week that
disagree (ranks differ, or ratings by more than 0.05) make a ``conflict``:
the point shows the value most independent stories give (ties: the latest
report, which is usually the correction) and lists every report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from tellytrack.model import PubDate
from tellytrack.query.facts import Row, show_rows
from tellytrack.query.result import Result
from tellytrack.query.sources import Source, source_of, sources_of
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.query.weeks import week_label, week_monday
from tellytrack.resolve.resolver import Resolution
from tellytrack.store.base import Store

RATING_TOLERANCE = 0.05  # SPEC.md's tolerance for "the same rating"
_BARC_LAG = timedelta(days=6)  # an article on Thursday reports the week ending last Friday


@dataclass(frozen=True)
class RatingReport(Result):
    """One outlet's figures for one week."""

    rank: int | None
    rating: float | None
    source: Source


@dataclass(frozen=True)
class RatingPoint(Result):
    """The show's figures for one week ("YYYY-Www")."""

    week: str
    rank: int | None
    rating: float | None
    inferred: bool
    conflict: bool
    sources: list[Source]
    reports: list[RatingReport]


@dataclass(frozen=True)
class RatingSeries(Result):
    """The series of one show; ``undated`` holds reports no week can be given to."""

    show: str
    show_id: str
    points: list[RatingPoint]
    undated: list[RatingReport]


def week_of(row: Row) -> tuple[str | None, bool]:
    """(week, inferred) of a rating report (``placed``)."""
    return placed(row.fact.week, row.published)


def placed(week: str | None, published: PubDate | None) -> tuple[str | None, bool]:
    """(week, inferred): the stated ``week``, else the one before a day-precise date.

    A stated week that is no "YYYY-Www" label cannot be placed on the axis and
    counts as no week (the report is listed as undated rather than lost).
    """
    if week:
        return (week, False) if _readable(week) else (None, False)
    if published is None or published.precision != "day":
        return None, False
    return week_label(published.start - _BARC_LAG), True


def _readable(week: str) -> bool:
    try:
        week_monday(week)
    except ValueError:
        return False
    return True


def _value(rows: list[Row], field: str) -> tuple[float | None, bool]:
    """(chosen value, whether the reports disagree) for rank or rating."""
    support: dict[float, set[str]] = defaultdict(set)
    latest: dict[float, int] = {}
    for i, r in enumerate(rows):
        v = getattr(r.fact, field)
        if v is not None:
            support[v].add(r.stored.story_id)
            latest[v] = i
    if not support:
        return None, False
    values = sorted(support)
    spread = values[-1] - values[0]
    conflict = spread > (RATING_TOLERANCE if field == "rating" else 0)
    best = max(values, key=lambda v: (len(support[v]), latest[v]))
    return best, conflict


def point_of(week: str, inferred: bool, rows: list[Row]) -> RatingPoint:
    """One week's point from its reports."""
    rank, rank_conflict = _value(rows, "rank")
    rating, rating_conflict = _value(rows, "rating")
    return RatingPoint(
        week=week, rank=int(rank) if rank is not None else None, rating=rating,
        inferred=inferred, conflict=rank_conflict or rating_conflict,
        sources=sources_of([r.stored for r in rows]), reports=[_report(r) for r in rows])


def _report(r: Row) -> RatingReport:
    return RatingReport(r.fact.rank, r.fact.rating, source_of(r.stored))


def ratings(store: Store, show: str, when: TimeFilter = NOW, res: Resolution | None = None,
            rows: Sequence[Row] | None = None) -> RatingSeries | None:
    """The weekly series of ``show`` as reported by ``when``; ``res``: the stored
    resolution when the caller has read it."""
    found = show_rows(store, show, when, ("rating",), res, rows)
    if found is None:
        return None
    sid, res, mine = found
    weeks: dict[str, list[Row]] = defaultdict(list)
    inferred: dict[str, bool] = {}
    undated: list[RatingReport] = []
    for r in mine:
        if r.show != sid or not when.by_as_of(r.published):
            continue
        week, guessed = week_of(r)
        if week is None:
            undated.append(_report(r))
            continue
        weeks[week].append(r)
        inferred[week] = inferred.get(week, True) and guessed
    points = [point_of(w, inferred[w], weeks[w]) for w in sorted(weeks, key=week_monday)]
    return RatingSeries(res.name(sid) or sid, sid, points, undated)


@dataclass(frozen=True)
class RatedShow(Result):
    """A show with ratings reports: what a comparison can offer to add."""

    id: str
    name: str
    weeks: int


def rated_shows(store: Store, when: TimeFilter = NOW) -> list[RatedShow]:
    """Shows with at least one dated rating report by ``when``, most weeks first (then
    by name and id): from each show's distinct rating places, which the database finds
    (``Store.rating_weeks``; both filters keep the reports published by the earlier of
    their days), never the facts themselves."""
    days = [d for d in (when.as_of, when.known_by) if d is not None]
    weeks: dict[str, set[str]] = defaultdict(set)
    for sid, written, day in store.rating_weeks(min(days) if days else None):
        week, _ = placed(written, PubDate.parse(day) if day else None)
        if week is not None:
            weeks[sid].add(week)
    names = {e.id: e.name for e in store.entities_of(sorted(weeks))}
    found = [RatedShow(sid, names.get(sid, sid), len(w)) for sid, w in weeks.items()]
    return sorted(found, key=lambda s: (-s.weeks, s.name.casefold(), s.id))
