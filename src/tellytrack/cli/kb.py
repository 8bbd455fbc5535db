"""Knowledge-base questions: ``cast``, ``rumours``, ``ratings``, ``timeline``, ``person``.

Each command parses its options, calls one ``tellytrack.query`` function and
prints either that result's ``to_dict()`` (``--json``) or a few dated, sourced
lines. ``--as-of`` is world time (what was true that day, judged by all the KB
knows); ``--known-by`` is news time (only articles published by then). A
month or year means its last day ("--as-of 2023-12" = 2023-12-31).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click

from tellytrack.cli import db_option, json_option, open_store
from tellytrack.model import PubDate
from tellytrack.query import (
    CastReport,
    Claim,
    PersonReport,
    RatingSeries,
    Source,
    Tenure,
    TimeFilter,
    TimelineEvent,
    cast,
    person,
    ratings,
    rumours,
    search,
    timeline,
)

F = TypeVar("F", bound=Callable[..., object])
SPARKS = "▁▂▃▄▅▆▇█"
MAX_SOURCES = 2  # sources printed per line in text output; --json has all of them


class DateParam(click.ParamType):  # type: ignore[type-arg]
    """YYYY-MM-DD, YYYY-MM or YYYY; a month or year stands for its last day."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> date:
        if isinstance(value, date):
            return value
        try:
            return PubDate.parse(str(value)).end
        except ValueError:
            self.fail(f"{value!r} is not a date; write 2023-12-31, 2023-12 or 2023", param, ctx)


DATE = DateParam()


def time_options(fn: F) -> F:
    """``--as-of`` (world time) and ``--known-by`` (news time)."""
    fn = click.option("--known-by", type=DATE, default=None,
                      help="Use only articles published by this date (news time).")(fn)
    return click.option("--as-of", type=DATE, default=None,
                        help="Answer as things stood on this date (world time).")(fn)


def _emit(data: Any, as_json: bool, lines: Callable[[], list[str]]) -> None:
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo("\n".join(lines()))


def _missing(kind: str, name: str, db: str | None) -> click.ClickException:
    with open_store(db, must_exist=True) as store:
        hits = [h.name for h in search(store, name) if h.kind == kind][:5]
    hint = f"; did you mean: {', '.join(hits)}?" if hits else "; check the spelling"
    return click.ClickException(f"no {kind} matches {name!r}{hint}")


def cite(sources: list[Source]) -> str:
    """"[outlet date, outlet date, +N]": the first sources of a line."""
    shown = [f"{s.outlet or 'unknown'} {s.published or 'undated'}" for s in sources[:MAX_SOURCES]]
    more = f", +{len(sources) - MAX_SOURCES}" if len(sources) > MAX_SOURCES else ""
    return f"[{', '.join(shown)}{more}]"


def span(t: Tenure) -> str:
    """A tenure's dates in words: "since at least 2023-01", "2023-03-10 – 2024-01-02", and
    "at risk since D" on a current run whose exit was reported on D and not yet settled."""
    if t.start is None:
        start = "start unknown"
    else:
        start = f"since at least {t.start}" if t.start_bound == "at_least" else f"from {t.start}"
    if t.end is None:
        return f"{start}, at risk since {t.at_risk}" if t.at_risk else start
    reason = t.end_reason or "ended"
    if t.end_by:
        reason = f"{reason} by {t.end_by}"
    return f"{start} until {t.end} ({reason})"


def cast_lines(report: CastReport) -> list[str]:
    """The cast report as text."""
    when = f" as of {report.as_of}" if report.as_of else ""
    known = f", known by {report.known_by}" if report.known_by else ""
    out = [f"{report.show} — cast{when}{known}", "Current:"]
    out += [f"  {t.character or '?':<18} {t.actor:<22} {span(t)}  {cite(t.sources)}"
            for t in report.current] or ["  (none known)"]
    out.append("Former:")
    out += [f"  {t.character or '?':<18} {t.actor:<22} {span(t)}  {cite(t.sources)}"
            for t in report.former] or ["  (none known)"]
    return out


def claim_lines(claim: Claim) -> list[str]:
    """One claim with its history and contradictions."""
    role = f" as {claim.character}" if claim.character else ""
    counts = ", ".join(f"{s} {n}" for s, n in claim.outlets.items() if n)
    out = [f"{claim.actor} {claim.change}{role} ({claim.show}): {claim.state.upper()}"
           f"  — independent outlets: {counts}"]
    for step in claim.history:
        by = f" (by {step.by})" if step.by else ""
        out.append(f"    {step.date or 'undated':<10}  {step.status:<9}  "
                   f"{step.outlet or 'unknown'}{by}")
    out += [f"    ! {c}" for c in claim.contradictions]
    return out


def rumour_lines(found: list[Claim]) -> list[str]:
    """Open claims first, then settled ones."""
    out: list[str] = []
    for title, keep in (("Open (reported only)", {"reported"}),
                        ("Settled", {"denied", "confirmed"})):
        mine = [c for c in found if c.state in keep]
        out.append(f"{title}:")
        out += [line for c in mine for line in claim_lines(c)] or ["  (none)"]
    return out


def sparkline(values: list[float | None], invert: bool = False) -> str:
    """One character per value (a gap for a missing one); ``invert`` for ranks."""
    known = [v for v in values if v is not None]
    if not known:
        return ""
    low, high = min(known), max(known)
    out = []
    for v in values:
        if v is None:
            out.append(" ")
            continue
        level = 0.5 if high == low else (v - low) / (high - low)
        out.append(SPARKS[round((1 - level if invert else level) * (len(SPARKS) - 1))])
    return "".join(out)


def rating_lines(series: RatingSeries) -> list[str]:
    """The series as a table plus sparklines of rank (up = better) and rating."""
    out = [f"{series.show} — ratings", f"{'week':<9} {'rank':>4} {'rating':>6}  sources"]
    for p in series.points:
        flag = "  ! conflicting reports: " + "; ".join(
            f"{r.source.outlet}: rank {r.rank}, rating {r.rating}" for r in p.reports
        ) if p.conflict else ""
        week = p.week + ("*" if p.inferred else "")
        rank = str(p.rank) if p.rank is not None else "-"
        rating = f"{p.rating:.1f}" if p.rating is not None else "-"
        out.append(f"{week:<9} {rank:>4} {rating:>6}  {cite(p.sources)}{flag}")
    if not series.points:
        out.append("(no weekly figures)")
    out.append(f"rank   {sparkline([p.rank for p in series.points], invert=True)}")
    out.append(f"rating {sparkline([p.rating for p in series.points])}")
    if any(p.inferred for p in series.points):
        out.append("* week inferred from the article date")
    return out


def event_lines(show: str, events: list[TimelineEvent]) -> list[str]:
    """The timeline as text."""
    out = [f"{show} — timeline"]
    out += [f"  {e.date or 'undated':<10}  {e.status:<10}  {e.kind:<11} "
            f"{', '.join(e.characters) or '-'}  {cite(e.sources)}" for e in events]
    return out if events else [*out, "  (no events)"]


def person_lines(report: PersonReport) -> list[str]:
    """A person's roles and changes as text."""
    aka = [a for a in report.aliases if a != report.name]
    out = [report.name + (f" (also written {', '.join(aka)})" if aka else ""), "Roles:"]
    out += [f"  {t.show}: {t.character or '?'} — {span(t)}  {cite(t.sources)}"
            for t in report.roles] or ["  (none known)"]
    out.append("Cast changes:")
    out += [line for c in report.changes for line in claim_lines(c)] or ["  (none)"]
    return out


@click.command("cast")
@click.argument("show")
@time_options
@db_option
@json_option
def cast_cmd(show: str, as_of: date | None, known_by: date | None, db: str | None,
             as_json: bool) -> None:
    """Current and former cast of SHOW with tenures and sources.

    \b
    Example:
        tellytrack cast "Kesar Ki Kahani" --as-of 2023-06-01
    """
    with open_store(db, must_exist=True) as store:
        report = cast(store, show, TimeFilter(as_of, known_by))
    if report is None:
        raise _missing("show", show, db)
    _emit(report.to_dict(), as_json, lambda: cast_lines(report))


@click.command("rumours")
@click.argument("show", required=False)
@time_options
@db_option
@json_option
def rumours_cmd(show: str | None, as_of: date | None, known_by: date | None,
                db: str | None, as_json: bool) -> None:
    """Open and settled cast-change claims (of SHOW, or of every show) with their histories.

    \b
    Example:
        tellytrack rumours "Kesar Ki Kahani" --known-by 2023-03
    """
    with open_store(db, must_exist=True) as store:
        found = rumours(store, show, TimeFilter(as_of, known_by))
    _emit([c.to_dict() for c in found], as_json, lambda: rumour_lines(found))


@click.command("ratings")
@click.argument("show")
@time_options
@db_option
@json_option
def ratings_cmd(show: str, as_of: date | None, known_by: date | None, db: str | None,
                as_json: bool) -> None:
    """The weekly rank and rating of SHOW as a table and a sparkline; conflicts flagged.

    \b
    Example:
        tellytrack ratings "Kesar Ki Kahani" --json
    """
    with open_store(db, must_exist=True) as store:
        series = ratings(store, show, TimeFilter(as_of, known_by))
    if series is None:
        raise _missing("show", show, db)
    _emit(series.to_dict(), as_json, lambda: rating_lines(series))


@click.command("timeline")
@click.argument("show")
@click.option("--from", "start", type=DATE, default=None, help="First date to show.")
@click.option("--to", "end", type=DATE, default=None, help="Last date to show.")
@time_options
@db_option
@json_option
def timeline_cmd(show: str, start: date | None, end: date | None, as_of: date | None,
                 known_by: date | None, db: str | None, as_json: bool) -> None:
    """Storyline events of SHOW by date: aired, upcoming (promos) or speculated.

    \b
    Example:
        tellytrack timeline "Kesar Ki Kahani" --from 2023-01 --to 2023-06
    """
    with open_store(db, must_exist=True) as store:
        events = timeline(store, show, TimeFilter(as_of, known_by), start, end)
    _emit([e.to_dict() for e in events], as_json, lambda: event_lines(show, events))


@click.command("person")
@click.argument("name")
@time_options
@db_option
@json_option
def person_cmd(name: str, as_of: date | None, known_by: date | None, db: str | None,
               as_json: bool) -> None:
    """An actor's roles across shows (with tenures) and their cast changes.

    \b
    Example:
        tellytrack person "Riya Malhotra"
    """
    with open_store(db, must_exist=True) as store:
        report = person(store, name, TimeFilter(as_of, known_by))
    if report is None:
        raise _missing("person", name, db)
    _emit(report.to_dict(), as_json, lambda: person_lines(report))


COMMANDS = [cast_cmd, rumours_cmd, ratings_cmd, timeline_cmd, person_cmd]
