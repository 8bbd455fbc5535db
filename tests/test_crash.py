"""kill -9 at any point of an ingest, then a re-run: the KB equals the one a clean run builds.

Each crash is a real SIGKILL of a subprocess. Named points are reached through a
store subclass in the child that kills its own process there (after a batch
commits, before and after the entities are replaced: the old bug left facts
and no entities, and re-running found nothing new so never resolved again);
the CLI is also killed after random delays, landing wherever it happens to be.
The invented sample articles (and variations of them) are the input.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tellytrack.model import Article, Fact
from tellytrack.pipeline import finish_resolution
from tellytrack.store import SQLiteStore, open_store_url
from tellytrack.store.base import Incoming

SAMPLES = resources.files("tellytrack") / "samples" / "articles.jsonl"
TELLYTRACK = [str(Path(sys.executable).parent / "tellytrack")]

# The child: ingest with a store that SIGKILLs its own process at the Nth visit of a point.
CHILD = """
import os, signal, sys
from tellytrack.pipeline import ingest_paths
from tellytrack.store.sqlite import SQLiteStore

db, src, point, nth = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
visits = {}

def reach(name):
    visits[name] = visits.get(name, 0) + 1
    if name == point and visits[name] == nth:
        os.kill(os.getpid(), signal.SIGKILL)

class Crashing(SQLiteStore):
    def add_batch(self, items):
        result = super().add_batch(items)
        reach("after_batch")
        return result

    def replace_resolution(self, *resolved):
        reach("before_replace")
        super().replace_resolution(*resolved)
        reach("after_replace")

with Crashing(db) as store:
    ingest_paths(store, [src], batch_size=4)
"""


def dump(db: Path) -> dict[str, Any]:
    """What a KB holds, ids aside that only count rows: articles, facts, entities, aliases."""
    with sqlite3.connect(db) as conn:
        def rows(sql: str) -> list[Any]:
            return sorted(json.dumps(list(r), default=str) for r in conn.execute(sql))
        fact_cols = [r[1] for r in conn.execute("PRAGMA table_info(facts)") if r[1] != "id"]
        return {
            "articles": rows("SELECT id, story_id, published, outlet, origin FROM articles"),
            "facts": rows(f"SELECT {', '.join(fact_cols)} FROM facts"),
            "entities": rows("SELECT * FROM entities"),
            "aliases": rows("SELECT * FROM aliases"),
            "pending": conn.execute("SELECT stored > resolved FROM resolution_mark").fetchone(),
        }


def ingest(db: Path, src: Path, *extra: str) -> None:
    """A plain `tellytrack ingest` run to the end."""
    subprocess.run([*TELLYTRACK, "ingest", str(src), "--db", str(db), "--batch-size", "4",
                    *extra], check=True, capture_output=True)


@pytest.fixture(scope="module")
def src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample articles, copied to a file (a resource may live in a zip)."""
    path = tmp_path_factory.mktemp("src") / "articles.jsonl"
    path.write_text(SAMPLES.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clean(src: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The KB a run that nobody interrupts builds."""
    db = tmp_path_factory.mktemp("clean") / "kb.db"
    ingest(db, src)
    return dump(db)


@pytest.mark.slow
@pytest.mark.parametrize(("point", "nth"), [
    ("after_batch", 1), ("after_batch", 3), ("before_replace", 1), ("after_replace", 1),
])
def test_kill_at_a_named_point_then_rerun(tmp_path: Path, src: Path, clean: dict[str, Any],
                                          point: str, nth: int) -> None:
    """Killed there, the KB is behind; a re-run of the same ingest brings it to the clean KB."""
    db = tmp_path / "kb.db"
    child = subprocess.run([sys.executable, "-c", CHILD, str(db), str(src), point, str(nth)],
                           capture_output=True)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert dump(db)["pending"] == (1,)  # stored but not resolved: marked as such
    ingest(db, src)
    assert dump(db) == clean


@pytest.mark.slow
def test_any_command_finishes_a_pending_resolution(tmp_path: Path, src: Path,
                                                   clean: dict[str, Any]) -> None:
    """Killed during resolution, the KB is whole again at the next command, even a read."""
    db = tmp_path / "kb.db"
    subprocess.run([sys.executable, "-c", CHILD, str(db), str(src), "before_replace", "1"],
                   capture_output=True)
    stats = subprocess.run([*TELLYTRACK, "stats", "--db", str(db), "--json"], check=True,
                           capture_output=True, text=True)
    assert json.loads(stats.stdout)["entities"] == len(clean["entities"]) > 0
    assert dump(db) == clean


def variations(src: Path, out: Path, copies: int) -> Path:
    """A larger invented batch: each sample article again with a numbered first sentence."""
    lines = src.read_text(encoding="utf-8").splitlines()
    with out.open("w", encoding="utf-8") as f:
        for n in range(copies):
            for line in lines:
                obj = json.loads(line)
                obj["text"] = f"Bulletin {n}. {obj['text']}"
                obj["id"] = f"{obj.get('id')}-{n}"
                f.write(json.dumps(obj) + "\n")
    return out


@pytest.mark.slow
def test_kill_at_random_moments_then_rerun(tmp_path: Path, src: Path) -> None:
    """SIGKILL the CLI after random delays (wherever it is), re-run: equal to a clean run."""
    big = variations(src, tmp_path / "big.jsonl", 12)
    started = time.monotonic()
    ingest(tmp_path / "clean.db", big)
    whole = time.monotonic() - started  # how long a run takes on this machine, now
    expected = dump(tmp_path / "clean.db")
    rng = random.Random(16)
    killed = 0
    for attempt in range(3):
        db = tmp_path / f"kb{attempt}.db"
        # two kills in a row before the run that completes; the second run has less
        # left to do, so it is killed sooner (the delays are shares of a whole run)
        for share in (rng.uniform(0.2, 0.8), rng.uniform(0.1, 0.4)):
            proc = subprocess.Popen([*TELLYTRACK, "ingest", str(big), "--db", str(db),
                                     "--batch-size", "4"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            time.sleep(share * whole)
            proc.send_signal(signal.SIGKILL)
            killed += proc.wait() == -signal.SIGKILL
        ingest(db, big)
        assert dump(db) == expected, f"attempt {attempt}"
    assert killed >= 4  # the kills did land inside runs


@pytest.fixture(params=["sqlite", "postgres"])
def kb_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh KB of each backend (PostgreSQL: a new schema of $TELLYTRACK_TEST_PG_URL)."""
    if request.param == "sqlite":
        yield str(tmp_path / "kb.db")
        return
    url = os.environ.get("TELLYTRACK_TEST_PG_URL")
    if not url:
        pytest.skip("no PostgreSQL server: set $TELLYTRACK_TEST_PG_URL (scripts/postgres.sh)")
    psycopg = pytest.importorskip("psycopg")
    schema = f"crash_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{url}{'&' if '?' in url else '?'}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


def incoming(text: str) -> Incoming:
    """An invented article with one cast fact."""
    article = Article.create(text)
    fact = Fact.from_spec({"type": "cast", "show": "Saath Chalenge", "actor": "Riya Malhotra",
                           "character": "Meera"}, confidence=0.9, modality="stated")
    return Incoming(article, [fact])


def test_the_mark_follows_batches_and_resolutions(kb_url: str) -> None:
    """Stored batches mark the KB; a resolution clears only what it saw."""
    with open_store_url(kb_url) as store:
        assert store.resolution_pending() is None
        store.add_batch([incoming("Riya Malhotra plays Meera.")])
        seen = store.resolution_pending()
        assert seen is not None
        store.add_batch([incoming("Riya Malhotra plays Meera.")])  # a duplicate: no new mark
        assert store.resolution_pending() == seen
        store.add_batch([incoming("Riya Malhotra still plays Meera.")])  # during a resolution
        store.resolution_done(seen)
        assert store.resolution_pending() == seen + 1  # the later batch is still pending
        assert finish_resolution(store) and store.resolution_pending() is None
        assert store.entities() and not finish_resolution(store)


def test_a_kb_crashed_before_the_mark_existed_is_marked(tmp_path: Path) -> None:
    """Facts and no entities (what the old crash left) read as pending once upgraded."""
    db = tmp_path / "old.db"
    with SQLiteStore(db) as store:
        store.add_batch([incoming("Riya Malhotra plays Meera.")])
        store.conn.execute("DROP TABLE resolution_mark")  # back to the schema before it
        store.conn.execute("DELETE FROM _migrations WHERE name = 'm003_resolution_mark'")
    with SQLiteStore(db) as store:
        assert store.resolution_pending() == 1 and not store.entities()
    with SQLiteStore(db) as store:
        assert finish_resolution(store)
        assert store.resolution_pending() is None and store.entities()
