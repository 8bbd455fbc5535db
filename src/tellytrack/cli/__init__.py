"""The command line: shared options here, commands in ``main`` and its sibling modules.

Every command that reads or writes the knowledge base takes ``@db_option`` and
opens it with :func:`open_store`, so ``--db`` and ``$TELLYTRACK_DB`` mean the
same thing everywhere; ``@json_option`` gives a command a ``--json`` twin of its
table. Command modules (``cli/kb.py``, ``cli/serve.py``, ...) import these and
list their commands in ``COMMANDS``; ``cli/main.py`` registers them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from tellytrack.settings import DB
from tellytrack.store import is_postgres_url, open_store_url
from tellytrack.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from tellytrack.store.postgres import PostgresStore

F = TypeVar("F", bound=Callable[..., object])


def db_option(fn: F) -> F:
    """``--db PATH|URL``: the knowledge base file, or a ``postgresql://`` URL.

    The value stays a string: ``Path`` would fold a URL's ``//`` into ``/``.
    """
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False, path_type=str), default=None,
        help=f"SQLite knowledge base file or postgresql:// URL "
             f"[default: ${DB.env} or ./{DB.default}]",
    )(fn)


def json_option(fn: F) -> F:
    """``--json``: print machine-readable JSON instead of a table."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(fn)


def open_store(
    db: str | Path | None, *, must_exist: bool = False
) -> SQLiteStore | PostgresStore:
    """Open the knowledge base named by ``--db`` or the default, creating it if needed.

    Read-only commands pass ``must_exist`` so that a mistyped path is an error
    that says how to build a knowledge base, not a silently empty new file. (A
    PostgreSQL database always exists once its URL connects.)
    """
    where = db or DB.value()
    if must_exist and not is_postgres_url(where) and not Path(where).exists():
        raise click.ClickException(
            f"no knowledge base at {where}; build one with `tellytrack ingest PATH --db {where}` "
            f"or `tellytrack demo --db {where}`, or point ${DB.env} at an existing one")
    try:
        store = open_store_url(where)
    except (ImportError, ConnectionError) as exc:  # psycopg missing, server unreachable
        raise click.ClickException(str(exc)) from exc
    if store.resolution_pending() is not None:  # a crashed run left it: finish it first
        from tellytrack.pipeline import finish_resolution  # heavy: only when needed

        finish_resolution(store)
    return store


def db_label(db: str | Path | None) -> str:
    """Where the knowledge base is, for messages: its path, or its URL without the password."""
    where = str(db or DB.value())
    if not is_postgres_url(where):
        return where
    scheme, _, rest = where.partition("://")
    userinfo, at, host = rest.rpartition("@")
    return f"{scheme}://{userinfo.partition(':')[0]}{at}{host}"


__all__ = ["db_label", "db_option", "json_option", "open_store"]
