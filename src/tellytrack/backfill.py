"""Backfill: a large archive's reading and extraction on a Dask cluster, one writer storing.

An archive too big for one machine's ingest comes as partitions (``*.jsonl``,
``*.jsonl.gz``, ``*.parquet`` files). Each partition is one Dask task
(:func:`extract_partition`): a worker reads it with ingest's readers and
extracts every article with the pipeline's :func:`~tellytrack.pipeline.extract_article`,
so a bad line or an extractor bug costs that article only, named as ingest
names it. Dask does the distribution, retries and placement; this module only
submits partitions in order, a bounded number ahead (so the cluster never
holds much more than it can hand back), and gathers them in order.

This process is the one writer, doing what ingest's writer does, with the
same functions: stored ids and repeats skipped, near-duplicates linked to
their original through the store's band index (syndicated copies), batches
stored with ``add_batch`` (a failed batch retried article by article). It
resolves once at the end with a full rebuild (``resolve_store``) instead of
after every batch. Each stored batch marks the KB as needing resolution, so a
backfill killed before the end leaves a KB that the next command resolves,
and running it again extracts only the articles the KB lacks.
"""

from __future__ import annotations

import datetime
import gzip
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from tellytrack.ingest import Failure
from tellytrack.ingest.dedup import NearDuplicateIndex
from tellytrack.ingest.jsonl import from_record, read_jsonl_file, read_jsonl_stream
from tellytrack.ingest.records import Item, guarded, unexpected
from tellytrack.model import Article
from tellytrack.pipeline import (
    Extracted,
    IngestReport,
    extract_article,
    prepare_item,
    screen_batch,
    store_batch,
    stored_near,
)
from tellytrack.resolve import resolve_store
from tellytrack.store.base import Store

if TYPE_CHECKING:
    from distributed import Client, Future

# What a worker hands back for one partition: each item read, extracted or not.
Extraction = list[Failure | tuple[Article, Extracted]]

JSONL = (".jsonl", ".ndjson")
SUFFIXES = (*JSONL, *(s + ".gz" for s in JSONL), ".parquet")

# What a worker hands back instead of facts for an article the KB already held when the
# backfill began: the writer counts such an article as a duplicate and never reads this.
ALREADY_STORED = "not extracted: already stored when the backfill began"

# Partitions in flight per worker thread: one being extracted, one waiting to be
# gathered, so no worker idles while the writer stores and memory stays bounded.
AHEAD_PER_THREAD = 2


class PartitionError(ValueError):
    """The archive cannot be backfilled as given (no partitions, Parquet without pyarrow)."""


def partitions(paths: Sequence[str]) -> list[Path]:
    """The partition files under ``paths``, in ingest's order (folders sorted, recursive).

    Raises PartitionError saying what to do when a path is missing, when there
    is no partition, or when there are Parquet files and pyarrow is missing:
    the writer finds out before the cluster does.
    """
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if not path.exists():
            raise PartitionError(f"{name}: no such file or folder; the writer and every "
                                 "worker must see the archive at this path")
        found += _walk(path) if path.is_dir() else [path]
    if not found:
        raise PartitionError(f"no partitions in {' '.join(paths)}: give folders or files "
                             f"named *{', *'.join(SUFFIXES)}")
    if any(p.name.endswith(".parquet") for p in found) and not _has_pyarrow():
        raise PartitionError("reading Parquet partitions needs pyarrow: pip install pyarrow "
                             "(on the workers too), or export the partitions as JSONL")
    return found


def _walk(folder: Path) -> list[Path]:
    """The partitions under a folder, sorted as ingest walks folders, hidden ones skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / f for f in sorted(files)
                  if f.endswith(SUFFIXES) and not f.startswith(".")]
    return found


def read_partition(path: str) -> list[Item]:
    """Every article of one partition, or the Failure naming what could not be read."""
    try:
        return list(_read(path))
    except Exception as e:  # a truncated .gz, an unreadable Parquet footer: this file only
        return [Failure(path, unexpected(e))]


def extract_partition(path: str) -> Extraction:
    """The Dask task: read one partition and extract each of its articles (pure)."""
    return extract_items(read_partition(path))


def extract_items(items: list[Item], stored: frozenset[str] = frozenset()) -> Extraction:
    """Each article read with what extraction made of it; articles in ``stored`` are
    not extracted (the writer skips them: see :func:`_submit`)."""
    return [item if isinstance(item, Failure) else
            (item, ALREADY_STORED if item.id in stored else extract_article(item))
            for item in items]


def article_ids(items: list[Item]) -> list[str]:
    """The ids of the articles read: all a resuming writer needs to see of a partition."""
    return [item.id for item in items if not isinstance(item, Failure)]


def backfill(
    store: Store,
    files: Sequence[Path],
    client: Client,
    *,
    batch_size: int = 500,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Extract ``files`` (see :func:`partitions`) on the cluster, store them, resolve once.

    ``progress`` is called with 1 after each partition is stored.
    """
    report = IngestReport()
    seen: set[str] = set()
    resuming = bool(store.articles(limit=1))
    for extraction in _in_order(client, files, store if resuming else None):
        for start in range(0, len(extraction), batch_size):
            _write(store, extraction[start:start + batch_size], seen, report)
        if progress is not None:
            progress(1)
    pending = store.resolution_pending()
    if pending is not None:  # something was stored: one full resolution
        resolve_store(store)
        store.resolution_done(pending)
    return report


def _in_order(client: Client, files: Sequence[Path], store: Store | None
              ) -> Iterator[Extraction]:
    """Each partition's extraction, in order, with a bounded number of partitions in flight.

    With ``store`` (a KB that already holds articles: a resumed or repeated
    backfill), the articles it holds are not extracted again (:func:`_submit`).
    A task that fails on the cluster (its worker killed more often than Dask
    retries) costs its partition, reported as one Failure naming the file.
    """
    threads = client.nthreads()  # type: ignore[no-untyped-call]
    ahead = AHEAD_PER_THREAD * max(1, sum(threads.values()))
    todo = iter(files)
    flying: deque[tuple[Path, Future[Extraction]]] = deque()

    def submit() -> None:
        path = next(todo, None)
        if path is not None:
            flying.append((path, _submit(client, str(path), store)))

    for _ in range(ahead):
        submit()
    while flying:
        path, future = flying.popleft()
        submit()
        try:
            extraction: Extraction = future.result()
        except Exception as e:  # any worker-side error Dask re-raises here
            extraction = [Failure(str(path), f"the partition's task failed on the cluster "
                                             f"({type(e).__name__}: {str(e)[:300]})")]
        future.release()  # type: ignore[no-untyped-call]
        yield extraction


def _submit(client: Client, path: str, store: Store | None) -> Future[Extraction]:
    """The task extracting one partition; with a store, only the articles it lacks.

    The partition is read on the cluster and only its ids come back here; the
    read articles stay on the worker for the extraction task. Reading is a few
    percent of extraction, so waiting for the ids costs little and a backfill
    resumed after a crash does not extract what it stored before.
    """
    if store is None:
        return client.submit(extract_partition, path, pure=False)
    read = client.submit(read_partition, path, pure=False)
    try:
        ids: list[str] = client.submit(article_ids, read).result()
    except Exception:  # the read task failed: the extraction task reports it
        ids = []
    stored = frozenset(i for i in ids if store.has_article(i))
    return client.submit(extract_items, read, stored)


def _write(store: Store, part: Extraction, seen: set[str], report: IngestReport) -> None:
    """Screen, link and store one batch with ingest's writer functions (the batch's
    stored near-duplicate candidates read at once, as ingest reads them)."""
    extracted = {item[0].id: item[1] for item in part if not isinstance(item, Failure)}
    read = [item if isinstance(item, Failure) else item[0] for item in part]
    kept = screen_batch(read, store, seen, report, None)
    index = NearDuplicateIndex(stored_near(store, [extracted[a.id] for a in kept]))
    prepared = [prepare_item(a, extracted[a.id], index, report) for a in kept]
    store_batch(store, [i for i in prepared if i is not None], report)


def _read(path: str) -> Iterator[Item]:
    """One partition's items, by its suffix."""
    if path.endswith(".parquet"):
        yield from _read_parquet(path)
    elif path.endswith(".gz"):
        with gzip.open(path, "rb") as f:
            yield from read_jsonl_stream(cast(BinaryIO, f), path)
    else:
        yield from read_jsonl_file(Path(path))


def _read_parquet(path: str) -> Iterator[Item]:
    """A Parquet partition's rows as JSONL records ("file.parquet#3"), a batch at a time."""
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches():
        for row in batch.to_pylist():
            number += 1
            name = f"{path}#{number}"
            yield guarded(name, partial(from_record, _plain(row), name))


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row as the JSON object it stands for: a date column as its ISO text."""
    return {k: _iso(v) if isinstance(v, datetime.date) else v for k, v in row.items()}


def _iso(day: datetime.date) -> str:
    """A date (or a timestamp's day) as "YYYY-MM-DD", the JSONL date field's form."""
    return (day.date() if isinstance(day, datetime.datetime) else day).isoformat()


def _has_pyarrow() -> bool:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True
