"""Curation commands: ``merge``, ``split``, ``rename``, ``not-a-show``, ``not-a-person``,
``confirm`` and ``overrides``.

Each records an override through ``tellytrack.resolve.curation`` (an entity is
named by its id or any spelling) and prints what the knowledge base now holds;
every later ingest or rebuild applies the override again (docs/kb.md, "Overrides").
"""

from __future__ import annotations

import json

import click

from tellytrack.cli import db_option, json_option, open_store
from tellytrack.resolve.curation import Curated, CurationError, curate, overrides, uncurate


def _run(db: str | None, as_json: bool, action: str, name: str, value: str | None = None
         ) -> None:
    with open_store(db, must_exist=True) as store:
        try:
            done = curate(store, action, name, value)
        except CurationError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(done.to_dict(), indent=2, ensure_ascii=False) if as_json
               else _line(done))


def _line(done: Curated) -> str:
    o, e = done.override, done.entity
    now = "rejected" if e is None else f"{e.id} ({e.name}, {e.status}; {len(e.aliases)} spellings)"
    return f"override {o.id}: {o.action} {o.target!r}{f' {o.value!r}' if o.value else ''} -> {now}"


@click.command("merge")
@click.argument("name")
@click.argument("other")
@db_option
@json_option
def merge_cmd(name: str, other: str, db: str | None, as_json: bool) -> None:
    """Make OTHER the same show or person as NAME (ids or spellings).

    \b
    Example:
        tellytrack merge "Kesar Ki Kahani" KKK
    """
    _run(db, as_json, "merge", name, other)


@click.command("split")
@click.argument("name")
@click.argument("spelling")
@db_option
@json_option
def split_cmd(name: str, spelling: str, db: str | None, as_json: bool) -> None:
    """Take SPELLING out of NAME: it becomes an entity of its own.

    \b
    Example:
        tellytrack split show:kesar-ki-kahani "Kesar Ke Kahani"
    """
    _run(db, as_json, "split", name, spelling)


@click.command("rename")
@click.argument("name")
@click.argument("new_name")
@db_option
@json_option
def rename_cmd(name: str, new_name: str, db: str | None, as_json: bool) -> None:
    """Give NAME the canonical name NEW_NAME (its id follows; old spellings stay aliases).

    \b
    Example:
        tellytrack rename "Kesar Ki Kahani" "Kesar Ki Kahaani"
    """
    _run(db, as_json, "rename", name, new_name)


@click.command("not-a-show")
@click.argument("name")
@db_option
@json_option
def not_a_show_cmd(name: str, db: str | None, as_json: bool) -> None:
    """Reject NAME as a show: never listed, kept in the store.

    \b
    Example:
        tellytrack not-a-show "Read"
    """
    _run(db, as_json, "not-a-show", name)


@click.command("not-a-person")
@click.argument("name")
@db_option
@json_option
def not_a_person_cmd(name: str, db: str | None, as_json: bool) -> None:
    """Reject NAME as a person: never listed, kept in the store.

    \b
    Example:
        tellytrack not-a-person "Star Plus"
    """
    _run(db, as_json, "not-a-person", name)


@click.command("confirm")
@click.argument("name")
@db_option
@json_option
def confirm_cmd(name: str, db: str | None, as_json: bool) -> None:
    """List NAME (a show or person) whatever its evidence says.

    \b
    Example:
        tellytrack confirm "Gulmohar"
    """
    _run(db, as_json, "confirm", name)


@click.command("overrides")
@click.option("--delete", "delete", type=int, default=None, metavar="ID",
              help="Forget override ID (the next resolution no longer applies it).")
@db_option
@json_option
def overrides_cmd(delete: int | None, db: str | None, as_json: bool) -> None:
    """List the curator's overrides, oldest first (the order they apply in).

    \b
    Example:
        tellytrack overrides --delete 3
    """
    with open_store(db, must_exist=True) as store:
        if delete is not None and not uncurate(store, delete):
            raise click.ClickException(f"no override {delete}; `tellytrack overrides` lists them")
        found = overrides(store)
    if as_json:
        click.echo(json.dumps(found, indent=2, ensure_ascii=False))
        return
    for o in found:
        value = f" {o['value']!r}" if o["value"] else ""
        idle = "" if o["applied"] else "  (acts on nothing now)"
        click.echo(f"{o['id']:>4}  {o['created']}  {o['action']} {o['kind']} "
                   f"{o['target']!r}{value}{idle}")
    if not found:
        click.echo("no overrides")


COMMANDS = [merge_cmd, split_cmd, rename_cmd, not_a_show_cmd, not_a_person_cmd, confirm_cmd,
            overrides_cmd]
