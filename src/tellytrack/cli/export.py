"""``tellytrack export``: the knowledge base as CSV, JSON, Wikidata-style JSON-LD or GraphML."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from tellytrack.cli import db_option, open_store
from tellytrack.cli.kb import time_options
from tellytrack.export import FORMATS, TABLES, UnknownShow, collect, render, write_dir
from tellytrack.query import TimeFilter


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True,
              help="csv (one file per table), json, jsonld (Wikidata-style) or graphml.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="File to write (default: standard output); for CSV without --table, "
                   "the folder that gets one NAME.csv per table.")
@click.option("--table", type=click.Choice(list(TABLES)), default=None,
              help="CSV only: write this one table.")
@click.option("--show", default=None, help="Export only this show (any spelling or id).")
@time_options
@db_option
def export_cmd(fmt: str, output: Path | None, table: str | None, show: str | None,
               as_of: date | None, known_by: date | None, db: str | None) -> None:
    """Write cast runs, cast-change claims with their histories, ratings, events and relations.

    \b
    Examples:
        tellytrack export --format csv -o tables/          # tables/cast_runs.csv, ...
        tellytrack export --format csv --table ratings --show "Kesar Ki Kahani"
        tellytrack export --format jsonld -o cast.jsonld
        tellytrack export --format graphml -o cast.graphml  # open in Gephi
    """
    if table and fmt != "csv":
        raise click.UsageError("--table picks one CSV table; other formats hold every table")
    if fmt == "csv" and table is None and output is None:
        raise click.UsageError("CSV holds one table per file: give -o FOLDER for all of them, "
                               f"or --table NAME ({', '.join(TABLES)})")
    with open_store(db, must_exist=True) as store:
        try:
            data = collect(store, show, TimeFilter(as_of, known_by))
        except UnknownShow as e:
            raise click.ClickException(str(e)) from e
    if fmt == "csv" and table is None:
        assert output is not None
        for path in write_dir(data, output):
            click.echo(f"wrote {path}", err=True)
        return
    text = render(data, fmt, table)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)


COMMANDS = [export_cmd]
