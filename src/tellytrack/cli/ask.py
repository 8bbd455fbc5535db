"""``tellytrack ask`` and ``tellytrack recap``: questions and "story so far" recaps.

Both only parse options and call ``tellytrack.qa``; the answer's ``to_dict()``
is the ``--json`` output, the same dict /api/v1/ask serves.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import click

from tellytrack.cli import db_option, json_option, open_store
from tellytrack.qa.answer import answer
from tellytrack.qa.recap import recap

DAY = click.DateTime(formats=["%Y-%m-%d"])


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


@click.command("ask")
@click.argument("question")
@click.option("--today", type=DAY, default=None,
              help="Answer as of this date (YYYY-MM-DD): date words resolve against it and "
                   "only news published by then is used. Default: now, all news.")
@db_option
@json_option
def ask_cmd(question: str, today: datetime | None, db: str | None, as_json: bool) -> None:
    """Answer a question in plain English from the knowledge base, with its sources.

    \b
    Example:
        tellytrack ask "Who plays Meera in Saath Chalenge now?"
        tellytrack ask "Did Tanvi Desai quit Saath Chalenge?" --today 2024-01-25
    """
    with open_store(db, must_exist=True) as store:
        result = answer(store, question, _day(today))
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(result.to_text(), nl=False)


@click.command("recap")
@click.argument("show")
@click.option("--from", "start", type=DAY, default=None, help="First date (YYYY-MM-DD).")
@click.option("--to", "end", type=DAY, default=None,
              help="Last date: nothing that happened after it (YYYY-MM-DD).")
@click.option("--spoiler-free-until", "spoiler", type=DAY, default=None,
              help="Like --to, and only news published by then is read (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["markdown", "text"]), default="markdown",
              show_default=True, help="Output format.")
@db_option
@json_option
def recap_cmd(show: str, start: datetime | None, end: datetime | None,
              spoiler: datetime | None, fmt: str, db: str | None, as_json: bool) -> None:
    """Write the "story so far" of SHOW: storyline, cast changes, ratings, with sources.

    \b
    Example:
        tellytrack recap "Saath Chalenge" --spoiler-free-until 2024-02-01
        tellytrack recap "Saath Chalenge" --from 2024-01-01 --to 2024-02-29 --format text
    """
    if end and spoiler:
        raise click.UsageError("give either --to or --spoiler-free-until, not both")
    with open_store(db, must_exist=True) as store:
        result = recap(store, show, _day(start), _day(end), _day(spoiler))
    if result is None:
        raise click.ClickException(
            f"no show called {show!r} in the knowledge base; `tellytrack shows` lists them")
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(result.to_markdown() if fmt == "markdown" else result.to_text(), nl=False)


COMMANDS = [ask_cmd, recap_cmd]
