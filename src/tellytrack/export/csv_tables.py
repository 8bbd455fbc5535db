"""CSV: one table per kind of row, as a spreadsheet or datasette wants them.

Each table is a fixed list of columns and a function giving its rows, so an
empty table still has its header. Lists inside a cell (aliases, characters,
contradictions) are joined with "; ", a yes/no is 1 or 0 (as SQLite and
datasette write it); the sources of a row are counted and
their article URLs joined with spaces (a URL holds no space). A claim's
history is its own table, joined to ``claims`` by ``claim_id``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tellytrack.export.data import KBExport, ShowExport
from tellytrack.query import Claim, Source, Tenure

Cell = str | int | float | bool | None
RowDict = dict[str, Cell]


@dataclass(frozen=True)
class Table:
    """A CSV table: its columns and the rows one show contributes."""

    columns: tuple[str, ...]
    rows: Callable[[ShowExport], Iterator[RowDict]]


def _sources(sources: list[Source]) -> RowDict:
    return {"source_count": len(sources),
            "source_urls": " ".join(s.url or f"article:{s.article_id}" for s in sources)}


def _joined(values: list[str]) -> str:
    return "; ".join(values)


def claim_id(claim: Claim) -> str:
    """A claim's key across tables: show, actor and change."""
    return f"{claim.show_id}|{claim.actor_id}|{claim.change}"


def _show_rows(x: ShowExport) -> Iterator[RowDict]:
    s = x.show
    yield {"show_id": s.id, "show": s.name, "aliases": _joined(s.aliases), "channel": s.channel,
           "producer": s.producer, "platform": s.platform, "articles": s.articles,
           "facts": s.facts, "latest": s.latest}


def _run_row(t: Tenure, current: bool) -> RowDict:
    return {"show_id": t.show_id, "show": t.show, "character_id": t.character_id,
            "character": t.character, "actor_id": t.actor_id, "actor": t.actor,
            "current": current, "start": t.start, "start_bound": t.start_bound, "end": t.end,
            "end_reason": t.end_reason, "end_by": t.end_by, "last_seen": t.last_seen,
            **_sources(t.sources)}


def _cast_rows(x: ShowExport) -> Iterator[RowDict]:
    yield from (_run_row(t, True) for t in x.current)
    yield from (_run_row(t, False) for t in x.former)


def _claim_rows(x: ShowExport) -> Iterator[RowDict]:
    for c in x.claims:
        yield {"claim_id": claim_id(c), "show_id": c.show_id, "show": c.show,
               "actor_id": c.actor_id, "actor": c.actor, "character": c.character,
               "change": c.change, "state": c.state, "first_reported": c.first_reported,
               **{f"outlets_{k}": v for k, v in c.outlets.items()},
               "contradictions": _joined(c.contradictions)}


def _history_rows(x: ShowExport) -> Iterator[RowDict]:
    for c in x.claims:
        for n, step in enumerate(c.history, start=1):
            yield {"claim_id": claim_id(c), "step": n, "status": step.status,
                   "date": step.date, "outlet": step.outlet, "by": step.by,
                   "article_id": step.source.article_id, "url": step.source.url,
                   "sentence": step.source.sentence}


def _rating_rows(x: ShowExport) -> Iterator[RowDict]:
    for p in x.ratings.points if x.ratings else []:
        yield {"show_id": x.show.id, "show": x.show.name, "week": p.week, "rank": p.rank,
               "rating": p.rating, "inferred": p.inferred, "conflict": p.conflict,
               **_sources(p.sources)}


def _event_rows(x: ShowExport) -> Iterator[RowDict]:
    for e in x.events:
        yield {"show_id": x.show.id, "show": x.show.name, "date": e.date, "kind": e.kind,
               "characters": _joined(e.characters), "status": e.status,
               "first_reported": e.first_reported, "aired": e.aired, "quote": e.quote,
               **_sources(e.sources)}


def _relation_rows(x: ShowExport) -> Iterator[RowDict]:
    for r in x.relations:
        yield {"show_id": x.show.id, "show": x.show.name, "subject_id": r.subject_id,
               "subject": r.subject, "relation": r.relation, "object_id": r.object_id,
               "object": r.object, **_sources(r.sources)}


_SOURCES = ("source_count", "source_urls")
TABLES: dict[str, Table] = {
    "shows": Table(("show_id", "show", "aliases", "channel", "producer", "platform",
                    "articles", "facts", "latest"), _show_rows),
    "cast_runs": Table(("show_id", "show", "character_id", "character", "actor_id", "actor",
                        "current", "start", "start_bound", "end", "end_reason", "end_by",
                        "last_seen", *_SOURCES), _cast_rows),
    "claims": Table(("claim_id", "show_id", "show", "actor_id", "actor", "character",
                     "change", "state", "first_reported", "outlets_reported",
                     "outlets_denied", "outlets_confirmed", "contradictions"), _claim_rows),
    "claim_history": Table(("claim_id", "step", "status", "date", "outlet", "by",
                            "article_id", "url", "sentence"), _history_rows),
    "ratings": Table(("show_id", "show", "week", "rank", "rating", "inferred", "conflict",
                      *_SOURCES), _rating_rows),
    "events": Table(("show_id", "show", "date", "kind", "characters", "status",
                     "first_reported", "aired", "quote", *_SOURCES), _event_rows),
    "relations": Table(("show_id", "show", "subject_id", "subject", "relation", "object_id",
                        "object", *_SOURCES), _relation_rows),
}


def write_table(data: KBExport, name: str, out: Any) -> None:
    """Write table ``name`` as CSV (header first) to the text stream ``out``."""
    table = TABLES[name]
    writer = csv.DictWriter(out, fieldnames=table.columns, lineterminator="\n")
    writer.writeheader()
    for show in data.shows:
        writer.writerows({k: int(v) if isinstance(v, bool) else v for k, v in row.items()}
                         for row in table.rows(show))


def render(data: KBExport, name: str) -> str:
    """Table ``name`` as one CSV string."""
    out = io.StringIO()
    write_table(data, name, out)
    return out.getvalue()


def write_dir(data: KBExport, folder: Path) -> list[Path]:
    """Every table as ``folder/NAME.csv`` (the folder is created); the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            write_table(data, name, f)
        written.append(path)
    return written
