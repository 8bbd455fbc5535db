"""Listings: ``shows`` and ``people``, every listed entity with its names and status.

Each command calls one ``tellytrack.query`` listing and prints a table, or its
``to_dict()`` rows with ``--json`` (id, name, aliases, status and counts). Only
entities admission confirmed are listed; ``--all`` adds the unconfirmed
mentions, marked. ``--search`` keeps the entries ``tellytrack.query.search``
finds: any spelling, either script, or a show's initials ("SNS 2").
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click

from tellytrack.cli import db_option, json_option, open_store
from tellytrack.cli.kb import time_options
from tellytrack.query import TimeFilter
from tellytrack.query.people import PersonSummary, list_people
from tellytrack.query.search import found_ids
from tellytrack.query.shows import ShowSummary, list_shows

F = TypeVar("F", bound=Callable[..., object])


def listing_options(fn: F) -> F:
    """``--all`` and ``--search``, shared by both listings."""
    fn = click.option("--search", "-s", "q", default=None,
                      help="Only entries matching this: any spelling, Devanagari or Latin, "
                           "or a show's initials (SNS).")(fn)
    return click.option("--all", "everything", is_flag=True,
                        help="Also list mentions admission has not confirmed.")(fn)


def _status(entry: ShowSummary | PersonSummary) -> str:
    return "" if entry.status == "confirmed" else f"  [{entry.status}]"


def show_lines(found: list[ShowSummary]) -> list[str]:
    """The shows as a table: name, channel, articles, latest news."""
    out = [f"{'show':<36} {'channel':<16} {'articles':>8}  latest"]
    out += [f"{s.name[:36]:<36} {(s.channel or '-')[:16]:<16} {s.articles:>8}  "
            f"{s.latest or 'undated'}{_status(s)}" for s in found]
    return [*out, f"{len(found)} shows"]


def people_lines(found: list[PersonSummary]) -> list[str]:
    """The people as a table: name, articles, latest news, shows."""
    out = [f"{'person':<28} {'articles':>8}  {'latest':<10}  shows"]
    out += [f"{p.name[:28]:<28} {p.articles:>8}  {(p.latest or 'undated'):<10}  "
            f"{', '.join(p.shows)}{_status(p)}" for p in found]
    return [*out, f"{len(found)} people"]


def _emit(rows: list[Any], as_json: bool, lines: Callable[[], list[str]]) -> None:
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in rows], indent=2, ensure_ascii=False))
    else:
        click.echo("\n".join(lines()))


@click.command()
@db_option
@time_options
@listing_options
@json_option
def shows(db: str | None, as_of: date | None, known_by: date | None, everything: bool,
          q: str | None, as_json: bool) -> None:
    """Every show in the knowledge base, most covered first.

    \b
    Examples:
        tellytrack shows
        tellytrack shows --search SNS --json
        tellytrack shows --all --known-by 2024-03
    """
    with open_store(db, must_exist=True) as store:
        wanted = found_ids(store, q, "show")
        found = [s for s in list_shows(store, TimeFilter(as_of, known_by), everything)
                 if wanted is None or s.id in wanted]
    _emit(found, as_json, lambda: show_lines(found))


@click.command()
@db_option
@time_options
@listing_options
@json_option
def people(db: str | None, as_of: date | None, known_by: date | None, everything: bool,
           q: str | None, as_json: bool) -> None:
    """Every person the cast facts name, by name, with their shows.

    \b
    Examples:
        tellytrack people
        tellytrack people --search "Riya" --json
    """
    with open_store(db, must_exist=True) as store:
        wanted = found_ids(store, q, "person")
        found = [p for p in list_people(store, TimeFilter(as_of, known_by), everything)
                 if wanted is None or p.id in wanted]
    _emit(found, as_json, lambda: people_lines(found))


COMMANDS = [shows, people]
