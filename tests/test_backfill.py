"""``tellytrack backfill`` on a local Dask cluster builds the KB that ``tellytrack ingest`` builds.

The archive is the invented sample articles cut into partitions (one gzipped),
plus a bad line, an exact repeat and a syndicated copy, so every path of the
writer (failure, duplicate, near-duplicate) runs. Each backend: SQLite, and
PostgreSQL when $TELLYTRACK_TEST_PG_URL is set (a schema per KB).
"""

from __future__ import annotations

import dataclasses
import gzip
import itertools
import json
import os
import uuid
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed", reason="backfill runs on Dask: pip install "
                                          "'tellytrack[cluster]' (dask[distributed])")

from distributed import Client, LocalCluster

from tellytrack.backfill import (
    ALREADY_STORED,
    PartitionError,
    backfill,
    extract_items,
    partitions,
    read_partition,
)
from tellytrack.cli.main import cli
from tellytrack.ingest import Failure
from tellytrack.pipeline import IngestReport, ingest_items
from tellytrack.store import open_store_url

SAMPLES = resources.files("tellytrack") / "samples" / "articles.jsonl"


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two workers as threads of this process: the scheduling is Dask's, the start-up cheap."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=":0") as cluster, Client(cluster) as c:
        yield c


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Three partitions of the samples (the second gzipped); the third adds a bad line,
    a repeat of the first article and a syndicated copy of the second."""
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    folder = tmp_path / "archive"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "part-0.jsonl").write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    with gzip.open(folder / "2024" / "part-1.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(lines[5:10]) + "\n")
    copy = json.loads(lines[1])
    copy |= {"id": "copy", "outlet": "mirror.example", "url": None,
             "text": "Also read on Mirror: " + copy["text"] + " Follow us for more."}
    rest = [*lines[10:], '{"id": "bad", "text": ', lines[0], json.dumps(copy)]
    (folder / "part-2.jsonl").write_text("\n".join(rest) + "\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not a partition\n", encoding="utf-8")
    return folder


@pytest.fixture(params=["sqlite", "postgres"])
def new_kb(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Makes fresh KBs of one backend (PostgreSQL: a new schema of $TELLYTRACK_TEST_PG_URL)."""
    if request.param == "sqlite":
        paths = (str(tmp_path / f"kb{n}.db") for n in itertools.count())
        yield lambda: next(paths)
        return
    url = os.environ.get("TELLYTRACK_TEST_PG_URL")
    if not url:
        pytest.skip("no PostgreSQL server: set $TELLYTRACK_TEST_PG_URL (scripts/postgres.sh)")
    psycopg = pytest.importorskip("psycopg")
    made: list[str] = []

    def make() -> str:
        schema = f"backfill_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        made.append(schema)
        return f"{url}{'&' if '?' in url else '?'}options={quote(f'-csearch_path={schema}')}"

    yield make
    with psycopg.connect(url, autocommit=True) as conn:
        for schema in made:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def dump(url: str) -> dict[str, Any]:
    """What a KB holds, row ids aside: articles (with their story), facts, entities."""
    with open_store_url(url) as store:
        facts = store.facts()
        return {
            "articles": sorted(repr(a) for a in store.articles(limit=1_000_000)),
            "stories": sorted((sf.article_id, sf.story_id) for sf in facts),
            "facts": sorted(repr(dataclasses.replace(sf, id=0)) for sf in facts),
            "entities": sorted(repr(e) for e in store.entities()),
            "pending": store.resolution_pending(),
        }


def ingested(url: str, archive: Path) -> IngestReport:
    """What `tellytrack ingest` makes of the same partitions (its writer, the same reads)."""
    items = [i for p in partitions([str(archive)]) for i in read_partition(str(p))]
    with open_store_url(url) as store:
        return ingest_items(store, items, batch_size=4)


def test_backfill_builds_the_kb_ingest_builds(
        client: Client, archive: Path, new_kb: Callable[[], str]) -> None:
    """Same articles, syndication links, facts and entities; the same report."""
    by_ingest, by_backfill = new_kb(), new_kb()
    expected = ingested(by_ingest, archive)
    with open_store_url(by_backfill) as store:
        report = backfill(store, partitions([str(archive)]), client, batch_size=4)
    assert report.as_dict() == expected.as_dict()
    assert (report.new, report.duplicate, report.syndicated) == (16, 1, 2)  # samples: 1 copy
    assert [f.item for f in report.failed] == [f"{archive}/part-2.jsonl:6"]
    kb = dump(by_backfill)
    assert kb == dump(by_ingest)
    assert kb["entities"] and kb["pending"] is None  # resolved, and the mark cleared


def test_a_second_backfill_stores_only_what_is_new(
        client: Client, archive: Path, new_kb: Callable[[], str]) -> None:
    """Re-running a backfill (after a crash, say) on a grown archive adds just the new
    article, and builds the KB one backfill of the whole archive builds."""
    once, twice = new_kb(), new_kb()
    with open_store_url(twice) as store:
        backfill(store, partitions([str(archive)]), client)
    (archive / "part-3.jsonl").write_text(json.dumps(
        {"id": "new", "date": "2024-04-02", "outlet": "tellybuzz.example",
         "text": "Kesar Ki Kahani: Aarav Sethi joins the cast as Dev."}) + "\n",
        encoding="utf-8")
    with open_store_url(twice) as store:
        again = backfill(store, partitions([str(archive)]), client)
    assert (again.new, again.duplicate) == (1, 17)
    with open_store_url(once) as store:
        backfill(store, partitions([str(archive)]), client)
    assert dump(twice) == dump(once)


def test_articles_already_stored_are_not_extracted_again() -> None:
    """A resumed backfill's workers skip what the writer says the KB holds."""
    items = read_partition(str(SAMPLES))
    first, second = items[0], items[1]
    assert not isinstance(first, Failure) and not isinstance(second, Failure)
    out = extract_items(items[:2], frozenset({first.id}))
    assert out[0] == (first, ALREADY_STORED) and isinstance(out[1], tuple)
    assert out[1][1] != ALREADY_STORED and out[1][1][0]  # extracted: it has facts


def test_a_gzipped_partition_reads_as_its_plain_twin(tmp_path: Path) -> None:
    """Compression changes nothing but the name in each item's origin."""
    plain = tmp_path / "p.jsonl"
    plain.write_bytes(SAMPLES.read_bytes())
    packed = tmp_path / "p.jsonl.gz"
    packed.write_bytes(gzip.compress(SAMPLES.read_bytes()))
    assert [dataclasses.replace(a, origin=a.origin.replace(".gz", "")) for a in
            read_partition(str(packed)) if not isinstance(a, Failure)] == read_partition(str(plain))


def test_a_truncated_gzip_costs_its_partition_only(tmp_path: Path) -> None:
    """A broken file is a Failure naming it, not a crashed task."""
    broken = tmp_path / "p.jsonl.gz"
    broken.write_bytes(gzip.compress(SAMPLES.read_bytes())[:200])
    items = read_partition(str(broken))
    assert isinstance(items[-1], Failure) and items[-1].item == str(broken)


def test_partitions_say_what_is_wrong(tmp_path: Path) -> None:
    """No partition, a missing path, Parquet without pyarrow: each says what to do."""
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(PartitionError, match=r"\*\.jsonl"):
        partitions([str(tmp_path)])
    with pytest.raises(PartitionError, match="no such file"):
        partitions([str(tmp_path / "missing")])
    (tmp_path / "a.parquet").write_bytes(b"PAR1")
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        with pytest.raises(PartitionError, match="pip install pyarrow"):
            partitions([str(tmp_path)])
    else:
        assert partitions([str(tmp_path)]) == [tmp_path / "a.parquet"]


def test_parquet_partitions_read_as_jsonl(tmp_path: Path) -> None:
    """A Parquet partition's rows give the articles its JSONL twin gives (dates as dates)."""
    pa = pytest.importorskip("pyarrow", reason="Parquet partitions need pyarrow")
    import datetime

    import pyarrow.parquet as pq

    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        row["date"] = datetime.date.fromisoformat(row["date"]) if row.get("date") else None
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "p.parquet")
    got = [a for a in read_partition(str(tmp_path / "p.parquet")) if not isinstance(a, Failure)]
    want = read_partition(str(SAMPLES))
    assert [(a.id, a.published) for a in got] == [(a.id, a.published) for a in want]


def test_the_command_runs_a_local_cluster_and_names_bad_items(
        archive: Path, tmp_path: Path) -> None:
    """`--local 1` starts a real worker process; a bad line is printed and exits 1."""
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["backfill", str(archive), "--db", str(db), "--local", "1"])
    assert result.exit_code == 1, result.output
    assert f"{archive}/part-2.jsonl:6: malformed JSON" in result.stderr
    assert dump(str(db))["entities"]


def test_the_command_wants_a_cluster(archive: Path, tmp_path: Path) -> None:
    """Neither flag (or both) is a usage error that names them."""
    result = CliRunner().invoke(cli, ["backfill", str(archive), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "--scheduler ADDRESS or --local N" in result.output
