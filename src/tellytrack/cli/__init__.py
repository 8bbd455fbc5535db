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
from typing import TypeVar

import click

from tellytrack.settings import DB, default_db_path
from tellytrack.store.sqlite import SQLiteStore

F = TypeVar("F", bound=Callable[..., object])


def db_option(fn: F) -> F:
    """``--db PATH``: the knowledge base file (default ``$TELLYTRACK_DB`` or ./tellytrack.db)."""
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help=f"SQLite knowledge base [default: ${DB.env} or ./{DB.default}]",
    )(fn)


def json_option(fn: F) -> F:
    """``--json``: print machine-readable JSON instead of a table."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(fn)


def open_store(db: Path | None, *, must_exist: bool = False) -> SQLiteStore:
    """Open the knowledge base named by ``--db`` or the default, creating it if needed.

    Read-only commands pass ``must_exist`` so that a mistyped path is an error
    that says how to build a knowledge base, not a silently empty new file.
    """
    path = db or default_db_path()
    if must_exist and not path.exists():
        raise click.ClickException(
            f"no knowledge base at {path}; build one with `tellytrack ingest PATH --db {path}` "
            f"or `tellytrack demo --db {path}`, or point ${DB.env} at an existing one")
    return SQLiteStore(path)


__all__ = ["db_option", "json_option", "open_store"]
