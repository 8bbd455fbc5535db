"""``rumours(store, show, when)``: cast-change claims with their whole history.

A claim is one (show, actor, change) question: "does X leave / join / return
to S?". Its history lists every report in date order (status, date, outlet,
who denied it when the sentence says). Its state:

- ``confirmed`` once any report up to ``as_of`` confirms it (later gossip
  does not un-confirm it, but a later denial is listed as a contradiction);
- otherwise the status of the latest report ("denied" wins a same-day tie,
  since a denial answers the rumour it is printed with).

``outlets`` counts independent outlets behind each state: syndicated copies
of one story count once (``sources.independent_outlets``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tellytrack.query.facts import Row, order, rows_of, show_rows
from tellytrack.query.result import Result
from tellytrack.query.sources import Source, independent_outlets, source_of
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.resolve.resolver import Resolution
from tellytrack.resolve.stored import scoped_resolution
from tellytrack.store.base import ClaimDate, Store

STATES = ("reported", "denied", "confirmed")
_RANK = {"reported": 0, "confirmed": 1, "denied": 2}  # same-day tie order
# Who speaks in a denial, in general words (the actor is found by name).
_SPEAKERS = ("makers", "producer", "production house", "channel", "team", "spokesperson")
_DENY = re.compile(r"\b(den(y|ied|ies)|rubbish|refut|dismiss|clarif|baseless|false)", re.I)


@dataclass(frozen=True)
class ClaimStep(Result):
    """One report in a claim's history."""

    status: str
    date: str | None
    outlet: str | None
    by: str | None
    source: Source


@dataclass(frozen=True)
class Claim(Result):
    """A cast-change claim, its state on ``as_of`` and how it got there."""

    show: str
    show_id: str
    actor: str
    actor_id: str
    character: str | None
    change: str
    state: str
    first_reported: str | None
    history: list[ClaimStep]
    outlets: dict[str, int]
    contradictions: list[str]


def denied_by(row: Row, actor: str) -> str | None:
    """Who the evidence sentence says denied it: the actor, or e.g. "makers"."""
    text = row.fact.evidence.text if row.fact.evidence else ""
    m = _DENY.search(text)
    if row.fact.status != "denied" or m is None:
        return None
    before = text[: m.start()].lower()
    if any(w.lower() in before for w in actor.split() if len(w) > 2):
        return actor
    return next((s for s in _SPEAKERS if s in before), None)


def state_of(rows: list[Row]) -> str:
    """The claim's state from its dated reports (see the module docstring)."""
    if any(r.fact.status == "confirmed" for r in rows):
        return "confirmed"
    return str(max(rows, key=_when).fact.status)


def _when(row: Row, undated: str = "0000") -> tuple[str, int]:
    """Order of reports; an undated one sorts first for the state, last for display."""
    day = row.published.end.isoformat() if row.published else undated
    return (day, _RANK.get(str(row.fact.status), 0))


def _shown(row: Row) -> tuple[str, int]:
    return _when(row, "9999")


def contradictions(rows: list[Row], actor: str = "") -> list[str]:
    """The claim's turns in date order, as one line, when a denial contradicts the rest.

    "reported 2023-02-01 (a.example), denied by the producer 2023-02-10
    (b.example), confirmed 2023-03-01 (c.example)": each turn is the first
    report of a new status, so repeats of the same news do not hide the turns.
    A claim nobody denied has no contradiction (reported, then confirmed, is a
    rumour coming true).
    """
    turns: list[Row] = []
    for r in sorted(rows, key=_shown):
        if not turns or turns[-1].fact.status != r.fact.status:
            turns.append(r)
    statuses = {str(r.fact.status) for r in turns}
    if "denied" not in statuses or len(statuses) < 2:
        return []
    return [", ".join(_turn(r, actor) for r in turns)]


def _turn(r: Row, actor: str) -> str:
    """One turn: "denied by <who> <date> (<outlet>)"."""
    who = denied_by(r, actor) if actor else None
    when = r.published.iso() if r.published else "undated"
    by = f" by {who}" if who else ""
    return f"{r.fact.status}{by} {when} ({r.stored.outlet or 'unknown outlet'})"


def claim_of(res: Resolution, rows: list[Row]) -> Claim:
    """One claim from its rows (all of one show, actor and change)."""
    first = rows[0]
    actor = res.name(first.actor) or str(first.fact.actor)
    chars = Counter(r.character for r in rows if r.character)
    character = min(chars, key=lambda c: (-chars[c], c)) if chars else None
    ordered = sorted(rows, key=_shown)
    return Claim(
        show=res.name(first.show) or first.show, show_id=first.show,
        actor=actor, actor_id=str(first.actor), character=res.name(character),
        change=str(first.fact.change), state=state_of(rows),
        first_reported=min((r.published.iso() for r in rows if r.published), default=None),
        history=[ClaimStep(str(r.fact.status), r.published.iso() if r.published else None,
                           r.stored.outlet, denied_by(r, actor), source_of(r.stored))
                 for r in ordered],
        outlets={s: independent_outlets([r.stored for r in rows if r.fact.status == s])
                 for s in STATES},
        contradictions=contradictions(rows, actor))


def claims(res: Resolution, rows: list[Row], when: TimeFilter) -> list[Claim]:
    """All claims in ``rows`` as they stood on ``when.as_of``."""
    groups: dict[tuple[str, str, str], list[Row]] = {}
    for r in rows:
        complete = r.actor and r.fact.change and r.fact.status
        if r.fact.type == "cast_change" and complete and when.by_as_of(r.published):
            assert r.actor is not None and r.fact.change is not None
            groups.setdefault((r.show, r.actor, r.fact.change), []).append(r)
    found = [claim_of(res, groups[k]) for k in sorted(groups)]
    return sorted(found, key=lambda c: (c.first_reported or "9999", c.actor, c.change))


def rumours(store: Store, show: str | None = None, when: TimeFilter = NOW,
            res: Resolution | None = None, rows: Sequence[Row] | None = None) -> list[Claim]:
    """Open and settled cast-change claims of ``show`` (or every show); one show's are
    read through the fact_entities index, never the other shows' facts. ``res``: the
    stored resolution when the caller has read it (else only the entities the claims
    name are read)."""
    if show is None:
        every = rows_of(store, when, ("cast_change",))
        return claims(res if res is not None else named_by(store, every), every, when)
    found = show_rows(store, show, when, ("cast_change",), res, rows)
    if found is None:
        return []
    _, res, mine = found
    return claims(res, mine, when)


def rumours_page(store: Store, when: TimeFilter, limit: int,
                 offset: int = 0) -> tuple[int, list[Claim]]:
    """How many claims every show has by ``when``, and ``limit`` of them from ``offset``,
    the one reported last first (its latest dated report as ``Store.claim_page`` orders
    it; undated last), then by show, actor and change ids. With no time filter only the
    page's claims are read: the page from the claims the store keeps, then each claim's
    facts by index. Under a filter the claims' states and dates are those of that day,
    so every claim's facts are read (``claims_by_last_report``)."""
    if when != NOW:
        every = claims_by_last_report(store, when)
        return len(every), every[offset:offset + limit]
    total, page = store.claim_page(limit, offset)
    wanted = {(s, a, c) for s, a, c, _ in page}
    rows = sorted((r for s, a in sorted({(s, a) for s, a, _, _ in page})
                   for r in rows_of(store, when, ("cast_change",), show_id=s, actor_id=a)
                   if (s, a, r.fact.change) in wanted), key=lambda r: order(r.stored))
    found = {(c.show_id, c.actor_id, c.change): c
             for c in claims(named_by(store, rows), rows, when)}
    return total, [found[(s, a, c)] for s, a, c, _ in page if (s, a, c) in found]


def claims_by_last_report(store: Store, when: TimeFilter) -> list[Claim]:
    """Every show's claims by ``when`` in ``rumours_page``'s order, from all their facts:
    the plain twin of the page read through ``Store.claim_page``."""
    rows = rows_of(store, when, ("cast_change",))
    latest: dict[tuple[str, str, str], str] = {}
    for r in rows:
        if (r.fact.type == "cast_change" and r.actor and r.fact.change and r.fact.status
                and r.published and when.by_as_of(r.published)):
            key = (r.show, r.actor, r.fact.change)
            day = f"{r.published.start.isoformat()} {r.published.precision}"
            latest[key] = max(latest.get(key, day), day)
    found = sorted(claims(named_by(store, rows), rows, when),
                   key=lambda c: (c.show_id, c.actor_id, c.change))
    found.sort(key=lambda c: latest.get((c.show_id, c.actor_id, c.change), ""), reverse=True)
    return found


def rumours_of(store: Store, show_ids: Sequence[str], when: TimeFilter = NOW) -> list[Claim]:
    """The claims of these shows (ids), each show's facts read through the fact_entities
    index, with only the entities they name (the home page's latest changes)."""
    rows = sorted((r for sid in sorted(set(show_ids))
                   for r in rows_of(store, when, ("cast_change",), show_id=sid)),
                  key=lambda r: order(r.stored))
    return claims(named_by(store, rows), rows, when)


def latest_claims(store: Store, show_ids: Sequence[str], when: TimeFilter,
                  n: int) -> dict[str, list[Claim]]:
    """Per show of ``show_ids``, its ``n`` claims that moved last (newest report first;
    ties in ``claims`` order). With no time filter only the facts of claims that can
    rank are read, found by the dates the store keeps (``Store.claim_dates``): a claim
    whose newest report is older than the ``n``-th newest claim's cannot rank. Under a
    filter, every claim of the shows."""
    if when != NOW:
        found = rumours_of(store, show_ids, when)
    else:
        wanted = _last_moved(store.claim_dates(show_ids), n)
        rows = sorted((r for (sid, actor), changes in sorted(wanted.items())
                       for r in rows_of(store, when, ("cast_change",), show_id=sid,
                                        actor_id=actor) if r.fact.change in changes),
                      key=lambda r: order(r.stored))
        found = claims(named_by(store, rows), rows, when)
    by_show: dict[str, list[Claim]] = {}
    for claim in found:
        by_show.setdefault(claim.show_id, []).append(claim)
    return {sid: sorted(cs, key=last_step, reverse=True)[:n] for sid, cs in by_show.items()}


def last_step(claim: Claim) -> str:
    """When a claim last moved: the date of its newest history step, as written."""
    return max((s.date or "" for s in claim.history), default="")


def _last_moved(dates: list[ClaimDate], n: int) -> dict[tuple[str, str], set[str]]:
    """Per show, the claims (show, actor) -> changes whose newest report is no older
    than the ``n``-th newest claim's (undated: oldest), ties kept."""
    def day(d: ClaimDate) -> date:
        return d[3].start if d[3] else date.min

    by_show: dict[str, list[ClaimDate]] = {}
    for d in dates:
        by_show.setdefault(d[0], []).append(d)
    wanted: dict[tuple[str, str], set[str]] = {}
    for group in by_show.values():
        ranked = sorted((day(d) for d in group), reverse=True)
        floor = ranked[min(n, len(ranked)) - 1]
        for d in group:
            if day(d) >= floor:
                wanted.setdefault((d[0], d[1]), set()).add(d[2])
    return wanted


def named_by(store: Store, rows: list[Row]) -> Resolution:
    """The part of the stored resolution that names what ``rows`` link to."""
    return scoped_resolution(store, sorted({i for r in rows
                                            for i in (r.show, r.actor, r.character) if i}))
