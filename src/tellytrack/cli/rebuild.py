"""``tellytrack rebuild``: resolve the whole knowledge base again from its facts.

Ingest resolves only what new articles reach (docs/kb.md, "Incremental
resolution"); a rebuild recomputes every entity, name and link from all stored
facts, with the curator's overrides, and gives the reference result whatever
the order the articles came in. Thin over ``tellytrack.resolve.resolve_store``.
"""

from __future__ import annotations

import json
import time

import click

from tellytrack.cli import db_option, json_option, open_store


@click.command("rebuild")
@db_option
@json_option
def rebuild_cmd(db: str | None, as_json: bool) -> None:
    """Resolve every stored fact again (entities, names, links), overrides included.

    \b
    Example:
        tellytrack rebuild --db kb.db
    """
    from tellytrack.resolve import resolve_store  # heavy: only when run

    with open_store(db, must_exist=True) as store:
        start = time.perf_counter()
        res = resolve_store(store)
        seconds = time.perf_counter() - start
        facts = store.fact_count()
    out = {"facts": facts, "entities": len(res.entities), "seconds": round(seconds, 2)}
    if as_json:
        click.echo(json.dumps(out))
    else:
        click.echo(f"resolved {facts} facts into {len(res.entities)} entities "
                   f"in {seconds:.1f} s")


COMMANDS = [rebuild_cmd]
