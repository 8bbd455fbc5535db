"""``tellytrack serve``: the JSON API and web UI over a knowledge base.

Binds 127.0.0.1 unless told otherwise: the UI is for the person at the
machine, and reaching it from the network should be a deliberate ``--host``.
"""

from __future__ import annotations

import os

import click

from tellytrack.cli import db_label, db_option, open_store
from tellytrack.limits import trusted_hosts
from tellytrack.settings import default_db_path
from tellytrack.web.settings import HOST, PORT, TOKEN


@click.command("serve")
@db_option
@click.option("--host", default=HOST.value(), show_default=True,
              help=f"Address to bind [${HOST.env}]; 0.0.0.0 exposes the KB to the network.")
@click.option("--port", default=int(PORT.value()), show_default=True, type=int,
              help=f"Port to listen on [${PORT.env}].")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
              help="Server processes answering requests (one per core serves the most "
                   "readers; SQLite's WAL lets them all read while an ingest writes).")
def serve_cmd(db: str | None, host: str, port: int, workers: int) -> None:
    """Serve the web UI at / and the JSON API at /api/v1 (OpenAPI at /api/v1/openapi.json).

    Reads are open; POST /api/v1/articles needs "Authorization: Bearer $TELLYTRACK_TOKEN".
    Requests are answered only for the Host names localhost, 127.0.0.1, ::1, --host,
    and those listed in $TELLYTRACK_TRUSTED_HOSTS (comma-separated; `*` for any).

    \b
    Example:
        tellytrack demo --db kb.db && tellytrack serve --db kb.db --port 8000
        tellytrack serve --db kb.db --workers 2     # one process per core
    """
    import uvicorn

    from tellytrack.web.app import create_app, serve_environment

    with open_store(db, must_exist=True):  # fail early with a how-to-fix message
        pass
    target = db or str(default_db_path())
    token = TOKEN.value() or None
    click.echo(f"Serving {db_label(target)} at http://{host}:{port}/ "
               f"(writes {'need the token' if token else f'closed: set ${TOKEN.env}'})", err=True)
    hosts = trusted_hosts(host)
    if workers == 1:
        app = create_app(target, token=token, trusted_hosts=hosts)
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    os.environ.update(serve_environment(target, hosts))  # each worker builds its app
    uvicorn.run("tellytrack.web.app:app_from_environment", factory=True, host=host, port=port,
                workers=workers, log_level="warning")


COMMANDS = [serve_cmd]
