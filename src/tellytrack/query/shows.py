"""``list_shows`` and ``show_detail``: what the knowledge base knows per show."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from tellytrack.extract.lexicon import mapping
from tellytrack.model import INFO_FIELDS, Entity, EntityKind
from tellytrack.query.facts import Row, show_rows
from tellytrack.query.result import Result
from tellytrack.query.sources import Source, sources_of
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.resolve.resolver import Resolution
from tellytrack.store.base import ShowCounts, Store


@dataclass(frozen=True)
class ShowSummary(Result):
    """A show with its channel, producer and platform (the most reported value).

    ``status`` is the entity's admission status ("confirmed" shows are listed;
    docs/kb.md, "Admission").
    """

    id: str
    name: str
    aliases: list[str]
    channel: str | None
    producer: str | None
    platform: str | None
    articles: int
    facts: int
    latest: str | None
    status: str = "confirmed"


@dataclass(frozen=True)
class ShowDetail(Result):
    """A show's summary, its characters, and the sources of its show info."""

    summary: ShowSummary
    characters: list[str]
    facts_by_type: dict[str, int]
    info_sources: dict[str, list[Source]]


def _info(rows: list[Row], field: str) -> str | None:
    """The value most facts give, channels counted by their canonical name ("COLORS",
    "Colors Tv" and Devanagari spellings vote for one channel, shown as the lexicon
    writes it)."""
    return _winner(field, ((str(r.fact.value), 1) for r in rows
                           if r.fact.type == "show_info" and r.fact.field == field
                           and r.fact.value))


def _winner(field: str, votes: Iterable[tuple[str, int]]) -> str | None:
    """The value with the most votes (ties: the first in order), channels by name."""
    name = _channel_name if field == "channel" else str
    counts: Counter[str] = Counter()
    for value, n in votes:
        counts[name(value)] += n
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


@cache
def _channels() -> dict[str, str]:
    """Every spelling the channel lexicons know (lower-cased) -> the canonical name."""
    return {k: v for name in ("channels", "hi_channels") for k, v in mapping(name).items()}


def _channel_name(value: str) -> str:
    """A channel as the lexicon writes it, else as the articles did."""
    return _channels().get(value.lower(), value)


def summary_of(res: Resolution, sid: str, rows: list[Row]) -> ShowSummary:
    """The summary of one show from its rows."""
    entity = res.entities[sid]
    dated = [r.published for r in rows if r.published]
    info = {f: _info(rows, f) for f in INFO_FIELDS}
    return ShowSummary(
        id=sid, name=entity.name, aliases=list(entity.aliases),
        channel=info["channel"], producer=info["producer"], platform=info["platform"],
        articles=len({r.stored.article_id for r in rows}), facts=len(rows),
        latest=max(dated).iso() if dated else None, status=entity.status)


def _by_show(rows: list[Row], when: TimeFilter) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if when.by_as_of(r.published):
            out[r.show].append(r)
    return out


def list_shows(store: Store, when: TimeFilter = NOW, unconfirmed: bool = False
               ) -> list[ShowSummary]:
    """Every listed show with facts by ``when``, most covered first; ``unconfirmed``
    adds the mentions admission did not confirm (docs/kb.md, "Admission"). With no
    time filter, from the counts the store keeps (``counted_shows``); under a filter,
    from the counts the database makes over the facts published by then
    (``dated_shows``). Neither reads a fact; ``summaries_of`` is their plain twin."""
    if when != NOW:
        return dated_shows(store, when, unconfirmed)
    return counted_shows(store, unconfirmed)[1]


def dated_shows(store: Store, when: TimeFilter, unconfirmed: bool = False
                ) -> list[ShowSummary]:
    """``list_shows`` under a time filter: a fact counts when its article was published
    by both ``as_of`` and ``known_by`` (each filter keeps only the dated articles whose
    date ends by its day), so the counts over the facts published by the earlier day
    (``Store.show_counts_by``) are the listing, with the entities of those shows."""
    day = min(d for d in (when.as_of, when.known_by) if d is not None)
    counts = store.show_counts_by(day)
    entities = {e.id: e for e in store.entities_of([c.show_id for c in counts])}
    found = [_counted(entities[c.show_id], c) for c in counts if c.show_id in entities
             and (unconfirmed or entities[c.show_id].listed)]
    return sorted(found, key=lambda s: (-s.facts, s.name))


def counted_shows(store: Store, unconfirmed: bool = False, by: str = "facts",
                  limit: int | None = None, offset: int = 0) -> tuple[int, list[ShowSummary]]:
    """How many shows ``list_shows`` (no time filter) lists, and ``limit`` of them from
    ``offset`` in the order ``by`` ("facts": its order; "latest": latest news first, as
    its ISO date sorts), read from the store's counts and entities for those shows only."""
    total, counts = store.show_counts(not unconfirmed, by, limit, offset)
    entities = {e.id: e for e in store.entities_of([c.show_id for c in counts])}
    return total, [_counted(entities[c.show_id], c) for c in counts]


def latest_shows(store: Store, when: TimeFilter, n: int) -> tuple[int, list[ShowSummary]]:
    """How many shows are listed by ``when``, and the ``n`` with the latest news (ties in
    ``list_shows`` order): the store's counts with no time filter, else every show's."""
    if when == NOW:
        return counted_shows(store, by="latest", limit=n)
    listed = list_shows(store, when)
    return len(listed), sorted(listed, key=lambda s: s.latest or "", reverse=True)[:n]


def summaries_of(res: Resolution, rows: list[Row], when: TimeFilter,
                 unconfirmed: bool = False) -> list[ShowSummary]:
    """``list_shows`` from resolved rows: the plain twin of the stored counts."""
    groups = _by_show(rows, when)
    found = [summary_of(res, sid, groups[sid]) for sid in sorted(groups)
             if unconfirmed or res.listed(sid)]
    return sorted(found, key=lambda s: (-s.facts, s.name))


def _counted(entity: Entity, counts: ShowCounts) -> ShowSummary:
    """A show's summary from the counts the store keeps for it."""
    info = {f: _winner(f, ((v, n) for field, v, n in counts.info if field == f))
            for f in INFO_FIELDS}
    return ShowSummary(
        id=entity.id, name=entity.name, aliases=list(entity.aliases),
        channel=info["channel"], producer=info["producer"], platform=info["platform"],
        articles=counts.articles, facts=counts.facts,
        latest=counts.latest.iso() if counts.latest else None, status=entity.status)


def show_detail(store: Store, show: str, when: TimeFilter = NOW,
                res: Resolution | None = None, rows: Sequence[Row] | None = None
                ) -> ShowDetail | None:
    """One show (any spelling or id) in detail, or None; reads only that show's facts,
    through the fact_entities index. ``res``: the stored resolution when the caller
    has read it."""
    found = show_rows(store, show, when, None, res, rows)
    if found is None:
        return None
    sid, res, mine = found
    return detail_of(res, sid, mine, when)


def detail_of(res: Resolution, sid: str, rows: list[Row], when: TimeFilter) -> ShowDetail:
    """The detail of show ``sid`` from its rows (the other shows' rows are ignored)."""
    mine = [r for r in rows if r.show == sid and when.by_as_of(r.published)]
    chars = sorted(e.name for e in res.entities.values()
                   if e.kind is EntityKind.CHARACTER and e.show_id == sid)
    info = {f: sources_of([r.stored for r in mine if r.fact.type == "show_info"
                           and r.fact.field == f]) for f in INFO_FIELDS}
    return ShowDetail(summary_of(res, sid, mine), chars,
                      dict(sorted(Counter(r.fact.type for r in mine).items())), info)
