"""WAL checkpoints off the writer's path: a thread copies the WAL into the database.

SQLite's automatic checkpoint runs inside the COMMIT that takes the WAL past 1,000
pages (4 MB). A 200-article batch dirties thousands of pages (its inserts land all
over the indexes), so every batch's commit also copied the WAL into the database
file and waited for its fsync: the writer's commits took a third of its CPU and
most of its wall clock at 40,000 articles. Instead the store's connection never
checkpoints by itself (``wal_autocheckpoint = 0``); after a commit that leaves the
WAL :data:`CHECKPOINT_BYTES` bigger than after the last checkpoint, a thread with
its own connection runs a PASSIVE checkpoint (it never blocks the writer nor a
reader; SQLite releases the GIL while it copies). A page that several batches dirty
is copied once per checkpoint instead of once per batch, and the writer goes on
extracting and resolving meanwhile. The WAL stays bounded: once every frame is
copied the next commit starts it over, truncated to ``journal_size_limit``.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

# WAL growth that wakes the checkpoint thread: enough batches that the pages they
# share are copied once, small enough that readers' WAL index stays small.
CHECKPOINT_BYTES = 64 << 20

# What a WAL file is cut back to once a checkpoint has let it start over.
WAL_SIZE_LIMIT = 8 << 20


class Checkpointer:
    """Checkpoints one database's WAL from a thread of its own, when it has grown."""

    def __init__(self, path: Path, every: int = CHECKPOINT_BYTES) -> None:
        self.path = path
        self.every = every
        self.wal = Path(f"{path}-wal")
        self._base = 0  # WAL size after the last checkpoint (it only grows until reset)
        self._wake = threading.Event()
        self._asked = False  # a checkpoint is asked for
        self._stop = False
        self._thread: threading.Thread | None = None

    def committed(self) -> None:
        """Called after each write commit: wake the thread once the WAL has grown enough."""
        try:
            size = self.wal.stat().st_size
        except OSError:  # no WAL (an in-memory or just-closed database)
            return
        self._base = min(self._base, size)  # truncated since: count from there
        if size - self._base < self.every:
            return
        self._base = size
        self._asked = True
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="wal-checkpoint",
                                            daemon=True)
            self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._asked:
                    self._asked = False
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                if self._stop:
                    return
        finally:
            conn.close()

    def close(self) -> None:
        """Stop the thread, after the checkpoint asked for last, if any."""
        if self._thread is not None:
            self._stop = True
            self._wake.set()
            self._thread.join()
            self._thread = None
