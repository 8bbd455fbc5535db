"""Settings read from the environment, as one table (name, default, help).

The table drives ``--help`` texts and a test that ``docs/store.md`` documents
every setting, so a setting can't be added without being explained.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    """One environment setting: its variable name, default and what it does."""

    env: str
    default: str
    help: str

    def value(self) -> str:
        """The environment's value, or the default when unset or empty."""
        return os.environ.get(self.env) or self.default


DB = Setting(
    "TELLYTRACK_DB", "tellytrack-news.db",
    "SQLite file or postgresql:// URL of the knowledge base used when --db is not given.",
)
SETTINGS: tuple[Setting, ...] = (DB,)
# The demo's own default: its invented shows never land in the KB of your news
# unless $TELLYTRACK_DB or --db points both at one file.
DEMO_DB = "tellytrack.db"


def default_db_path() -> Path:
    """Where the knowledge base lives: ``$TELLYTRACK_DB``, else ``./tellytrack-news.db``."""
    return Path(DB.value())


def demo_db_path() -> str:
    """Where ``tellytrack demo`` builds its KB: ``$TELLYTRACK_DB``, else ``./tellytrack.db``.

    A string, not a ``Path``: ``$TELLYTRACK_DB`` may be a ``postgresql://`` URL,
    whose ``//`` a ``Path`` would fold into ``/``."""
    return os.environ.get(DB.env) or DEMO_DB
