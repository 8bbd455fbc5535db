"""``timeline(store, show, when)``: storyline events on a dated line with a status.

Reports of one event are grouped: same show, same kind, characters that
overlap (Jaccard >= 0.5, or both unnamed), and no more than ``SAME_EVENT_DAYS``
after the group's previous report. An event's status on ``as_of`` is "aired"
once an aired report is dated by then, else "upcoming" when a promo or spoiler
announced it, else "speculated". Its date is when it aired, else when it was
first reported. Only reports dated by ``as_of`` are read: a timeline asked
"as of" a day never spoils what came after.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tellytrack.model import PubDate
from tellytrack.query.facts import Row, show_rows
from tellytrack.query.result import Result
from tellytrack.query.sources import Source, sources_of
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.resolve.resolver import Resolution
from tellytrack.store.base import Store

SAME_EVENT_DAYS = 45  # a promo usually airs within weeks; later reports are a new event
_PRIORITY = ("aired", "upcoming", "speculated")


@dataclass(frozen=True)
class TimelineEvent(Result):
    """One storyline event with every report of it."""

    date: str | None
    kind: str
    characters: list[str]
    status: str
    first_reported: str | None
    aired: str | None
    sources: list[Source]
    quote: str | None = None  # the evidence sentence that best states the status


def _overlap(a: set[str], b: set[str]) -> bool:
    if not a and not b:
        return True
    return len(a & b) / len(a | b) >= 0.5 if a | b else True


def _chars(res: Resolution, r: Row) -> set[str]:
    return {res.character(c, r.show) or c for c in r.fact.characters}


def group_events(res: Resolution, rows: list[Row]) -> list[list[Row]]:
    """Reports grouped into events (rows in date order; undated rows stand alone)."""
    groups: list[tuple[set[str], date | None, list[Row]]] = []
    for r in rows:
        chars, day = _chars(res, r), r.published.start if r.published else None
        home = next((g for g in groups if g[2][0].fact.kind == r.fact.kind
                     and _overlap(g[0], chars) and g[1] is not None and day is not None
                     and (day - g[1]).days <= SAME_EVENT_DAYS), None)
        if home is None:
            groups.append((chars, day, [r]))
        else:
            groups[groups.index(home)] = (home[0] | chars, day, [*home[2], r])
    return [g[2] for g in groups]


def event_of(res: Resolution, rows: list[Row]) -> TimelineEvent:
    """The public form of one grouped event."""
    aired = [r for r in rows if r.fact.status == "aired" and r.published]
    said = {r.fact.status for r in rows}
    status = next((s for s in _PRIORITY if s in said), "speculated")
    first = rows[0].published.iso() if rows[0].published else None
    aired_on = aired[0].published.iso() if aired and aired[0].published else None
    names = sorted({res.name(c) or c for r in rows for c in _chars(res, r)})
    return TimelineEvent(
        date=aired_on or first, kind=str(rows[0].fact.kind), characters=names,
        status=status, first_reported=first, aired=aired_on,
        sources=sources_of([r.stored for r in rows]), quote=_quote(rows, status))


def _quote(rows: list[Row], status: str) -> str | None:
    """The sentence of the latest report that says what the event's status says."""
    said = [r for r in rows if r.fact.status == status and r.fact.evidence]
    return said[-1].fact.evidence.text if said and said[-1].fact.evidence else None


def timeline(
    store: Store, show: str, when: TimeFilter = NOW,
    start: date | None = None, end: date | None = None, res: Resolution | None = None,
    rows: Sequence[Row] | None = None,
) -> list[TimelineEvent]:
    """The events of ``show`` as known on ``when``, optionally between two dates; ``res``:
    the stored resolution when the caller has read it."""
    found = show_rows(store, show, when, ("event",), res, rows)
    if found is None:
        return []
    sid, res, known = found
    mine = [r for r in known if r.show == sid and r.fact.kind and when.by_as_of(r.published)]
    events = [event_of(res, g) for g in group_events(res, mine)]
    if start is not None or end is not None:
        events = [e for e in events if _within(e.date, start, end)]
    return sorted(events, key=lambda e: (e.date or "9999", e.kind))


def _within(day: str | None, start: date | None, end: date | None) -> bool:
    """Whether an event date (any precision) may fall between ``start`` and ``end``."""
    if day is None:
        return False
    pub = PubDate.parse(day)
    return (start is None or pub.end >= start) and (end is None or pub.start <= end)
