"""``tellytrack serve``: the JSON API and web UI over a knowledge base.

Binds 127.0.0.1 unless told otherwise: the UI is for the person at the
machine, and reaching it from the network should be a deliberate ``--host``.
"""

from __future__ import annotations

from pathlib import Path

import click

from tellytrack.cli import db_option, open_store
from tellytrack.store.sqlite import SQLiteStore
from tellytrack.web.settings import HOST, PORT, TOKEN


@click.command("serve")
@db_option
@click.option("--host", default=HOST.value(), show_default=True,
              help=f"Address to bind [${HOST.env}]; 0.0.0.0 exposes the KB to the network.")
@click.option("--port", default=int(PORT.value()), show_default=True, type=int,
              help=f"Port to listen on [${PORT.env}].")
def serve_cmd(db: Path | None, host: str, port: int) -> None:
    """Serve the web UI at / and the JSON API at /api/v1 (OpenAPI at /api/v1/openapi.json).

    Reads are open; POST /api/v1/articles needs "Authorization: Bearer $TELLYTRACK_TOKEN".

    \b
    Example:
        tellytrack demo --db kb.db && tellytrack serve --db kb.db --port 8000
    """
    import uvicorn

    from tellytrack.web.app import create_app

    with open_store(db, must_exist=True) as store:  # fail early with a how-to-fix message
        if not isinstance(store, SQLiteStore):
            raise click.ClickException("the web server reads a SQLite knowledge base only")
        path = store.path
    token = TOKEN.value() or None
    click.echo(f"Serving {path} at http://{host}:{port}/ "
               f"(writes {'need the token' if token else f'closed: set ${TOKEN.env}'})", err=True)
    uvicorn.run(create_app(path, token=token), host=host, port=port, log_level="warning")


COMMANDS = [serve_cmd]
