"""The one module that knows every stage: read → dedup → extract → store → resolve.

``ingest_paths`` reads articles in batches; an article already stored (same
content id) is skipped before extraction, so re-ingesting an archive is cheap
and changes nothing. A near-duplicate of a stored article (or of one earlier in
the run) is stored as a syndicated copy of it. Each batch is written in one
transaction; when a batch fails, its articles are retried one by one so that
only the article at fault is reported and everything else is kept.

Extraction (facts and near-duplicate signature) is a pure function of the
article, so with ``workers > 1`` it runs in a pool of processes
(:class:`Extraction`) while this process, the one writer, screens, links
copies and stores the batches in input order: the KB is the same as with one
worker. A worker's exception costs its article (named in the report), a dead
worker costs nothing (its articles are retried on a fresh pool), and Ctrl-C
stops at once, leaving every stored batch marked for resolution.

An ingest resolves what its articles brought at its end, and after every
RESOLVE_EVERY articles stored, so a long ingest holds a bounded neighbourhood.
Resolution is crash-safe: each stored batch marks the store as needing
resolution in its own transaction, and the mark is cleared only once a
resolution has finished (:func:`finish_resolution`). A run killed anywhere
leaves either an unmarked store whose entities are current, or a marked one
that the next command opening it resolves (the CLI's ``open_store``, the web
app at start-up, any ingest).
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from tellytrack.extract import extract_facts
from tellytrack.ingest import Failure, read_paths
from tellytrack.ingest.dedup import (
    BANDS,
    NearDuplicateIndex,
    StoredLookup,
    band_keys,
    sharing,
    signature,
)
from tellytrack.model import Article, Fact
from tellytrack.resolve import resolve_new, resolve_store  # noqa: F401 (re-exported)
from tellytrack.resolve.cues import fact_cues
from tellytrack.store.base import BatchResult, Incoming, Store, band_numbers

Progress = Callable[[int], None]  # called with the number of input items just handled

# What extraction made of one article: its facts, signature, the facts' typing cues
# (``resolve/cues.py``: a pure function of a fact, so computed where the fact is made, in
# the workers, not in the one writer: 0.43 s of its CPU per 5,000 synthetic articles) and
# the signature's band numbers (``dedup.band_numbers_of``: the keys the stores file it
# under and the batch looks its copies up by, likewise made in the workers, a chunk's at
# once), or why it failed.
Extracted = tuple[list[Fact], bytes, list[int], list[int]] | str

# Articles per transaction: a batch's inserts land all over the KB's indexes (article ids,
# near-duplicate band keys, name stories), and a commit writes every page it dirtied, so
# bigger batches share pages: from 200 to 1,000 took a fifth off the writer's storing at
# 45,000 articles. Memory holds AHEAD + 1 batches of articles and facts.
BATCH_SIZE = 1000

# Articles stored between two resolutions of one ingest (and one at its end): a
# resolution holds the neighbourhood of every name its articles brought, so an ingest of
# a whole archive resolved once at its end would hold most of the KB. Measured on the
# writer alone at 90,000 -> 100,000 articles (benchmarks/writer.py, docs/benchmarks.md):
# Python's peak 189 MB resolving every 10,000 articles, 143 MB every 5,000 (resolution's
# CPU +7 %), 103 MB every 2,000 (+44 %).
RESOLVE_EVERY = 10_000

# Articles per task sent to a worker: small enough that the progress bar moves and
# both workers get work from a short input, large enough that pickling is noise.
CHUNK = 16

# The pool starts once a run has brought this many articles to extract: starting it
# (workers forked, lexicons loaded) costs about what extracting 60 articles here does.
POOL_MIN = 4 * CHUNK

# Batches read and handed to the workers ahead of the one being stored: enough to
# keep every worker busy while the writer stores, few enough to bound memory.
AHEAD = 2


@dataclass
class IngestReport:
    """What one ingest run did; ``failed`` names every item that was not stored."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    syndicated: int = 0
    facts: int = 0
    failed: list[Failure] = field(default_factory=list)

    def add(self, result: BatchResult) -> None:
        """Count what one stored batch did."""
        self.new += result.new
        self.duplicate += result.duplicate
        self.syndicated += result.syndicated
        self.facts += result.facts

    def as_dict(self) -> dict[str, Any]:
        """Plain counts (failures as "item: message") for JSON output."""
        return {"read": self.read, "new": self.new, "duplicate": self.duplicate,
                "syndicated": self.syndicated, "failed": [str(f) for f in self.failed],
                "facts": self.facts}


def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    *,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    stdin: TextIO | None = None,
    workers: int = 1,
) -> IngestReport:
    """Read, deduplicate, extract and store every article under ``paths``."""
    items = read_paths([str(p) for p in paths], stdin=stdin)
    return ingest_items(store, items, progress=progress, batch_size=batch_size, workers=workers)


def ingest_items(
    store: Store,
    items: Iterable[Article | Failure],
    *,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
) -> IngestReport:
    """Deduplicate, extract and store articles already read (failures are reported).

    ``workers`` processes extract (1: this process does it all; see
    :func:`default_workers` for "all cores").
    """
    report = IngestReport()
    seen: set[str] = set()
    screened = (screen_batch(batch, store, seen, report, progress)
                for batch in _batches(items, batch_size))
    stored = 0  # articles stored since the last resolution
    with Extraction(workers) as extraction, collector_relaxed():
        for articles, extracted in extraction.run(screened, progress):
            index = NearDuplicateIndex(stored_near(store, extracted))  # the batch and the rest
            prepared = [prepare_item(a, e, index, report) for a, e in zip(articles, extracted,
                                                                      strict=True)]
            ready = [i for i in prepared if i is not None]
            store_batch(store, ready, report)
            stored += len(ready)
            if stored >= RESOLVE_EVERY:  # bounded memory (RESOLVE_EVERY)
                finish_resolution(store)
                stored = 0
    finish_resolution(store)
    return report


def default_workers() -> int:
    """The CPUs this process may use: the ``ingest --workers`` default."""
    if sys.version_info >= (3, 13):  # honours CPU affinity and limits
        return max(1, os.process_cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def finish_resolution(store: Store) -> bool:
    """Resolve the store if a stored batch is not resolved yet; whether it ran.

    The mark is read before the facts, so a batch stored meanwhile by another
    writer stays marked for the next run (the resolution may not have seen it).
    """
    pending = store.resolution_pending()
    if pending is None:
        return False
    with _collector_paused():
        resolve_new(store)  # only what the new facts' names reach (resolve/incremental.py)
    store.resolution_done(pending)
    return True


# Allocations (less deallocations) between two collections of Python's youngest
# generation in the writer (Python's default: 700).
WRITER_GC_THRESHOLD = 10_000


@contextmanager
def collector_relaxed() -> Iterator[None]:
    """Python's cycle collector run less often (its thresholds as found after). The
    writer holds a few hundred thousand long-lived objects (the bounded name caches and
    the batch in hand), and at the default threshold a full pass over them ran every few
    hundred thousand allocations: at 95,000 articles 1.1 s of the writer's CPU per 5,000
    articles went to the collector (resolutions paused), 0.5 s with this one. Young
    collections still run, so cyclic garbage (the worker pool's futures) is still freed."""
    old = gc.get_threshold()
    gc.set_threshold(WRITER_GC_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused (as it was found after). A resolution holds its
    neighbourhood's objects (entities, tallies, clusters: millions at 100,000 articles)
    until it returns and makes no reference cycles, so the collector's full passes over
    them free nothing (a collection after a 5,000-article resolution at 95,000 articles
    found 0 to 10 objects) and cost 2.1 of the writer's 11.9 s of CPU; paused, the
    resolution took 5.4 s instead of 6.7 (docs/benchmarks.md, twelfth session)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def screen_batch(
    batch: list[Article | Failure],
    store: Store,
    seen: set[str],
    report: IngestReport,
    progress: Progress | None,
) -> list[Article]:
    """The articles of a batch worth extracting; failures and exact duplicates counted
    (the stored ones asked in one query a batch)."""
    report.read += len(batch)
    kept: list[Article] = []
    stored = store.stored_articles([e.id for e in batch if not isinstance(e, Failure)])
    for entry in batch:
        if isinstance(entry, Failure):
            report.failed.append(entry)
        elif entry.id in seen or entry.id in stored:
            report.duplicate += 1
        else:
            seen.add(entry.id)
            kept.append(entry)
    if progress is not None and len(kept) < len(batch):
        progress(len(batch) - len(kept))
    return kept


def stored_near(store: Store, extracted: Iterable[Extracted]) -> StoredLookup:
    """The stored near-duplicate candidates of a batch's articles, read at once: a
    lookup that answers as ``store.near_duplicates`` would for an article's band keys,
    given its signature and band numbers. The store does not change while a batch is
    prepared, so one read of every band number of the batch (``Store.filed_under``)
    gives what one query an article gave, each candidate's signature once (at 95,000
    synthetic articles 4,656 distinct candidates for 7,273 rows a batch of 1,000); an
    article is a candidate under the bands its signature shares (``dedup.sharing``)."""
    wanted = {n for e in extracted if not isinstance(e, str) for n in e[3]}
    found: dict[int, list[str]] = {}
    sigs: dict[str, bytes] = {}
    for number, article, sig in store.filed_under(sorted(wanted)) if wanted else ():
        found.setdefault(number, []).append(article)
        sigs[article] = sig

    def lookup(sig: bytes, numbers: Sequence[int]) -> Iterable[tuple[str, bytes]]:
        return sharing(sig, numbers, found, sigs).items()

    return lookup


def extract_article(article: Article) -> Extracted:
    """Facts, signature, the facts' typing cues and the signature's band numbers of one
    article, or the message saying why that failed.

    Pure: it runs in a worker process as well as here.
    """
    return extract_chunk([article])[0]


def extract_chunk(articles: Sequence[Article]) -> list[Extracted]:
    """:func:`extract_article` for each article, the band keys of all of them numbered
    at once (``band_numbers``: ~13 us an article in a chunk of 16, ~50 us one at a
    time): the task a worker runs."""
    made = [_extract(a) for a in articles]
    keys = [k for m in made if not isinstance(m, str) for k in band_keys(m[1])]
    numbers = iter(band_numbers(keys))
    return [m if isinstance(m, str) else (*m, [next(numbers) for _ in range(BANDS)])
            for m in made]


def extract_chunk_in_worker(articles: Sequence[Article]) -> list[Extracted]:
    """:func:`extract_chunk` with Python's cycle collector paused: the task a pool's
    worker runs. Extraction frees nearly all it allocates by reference counts (in pure
    Python it makes no reference cycles; compiled by mypyc, nested functions'
    environments leave a few hundred cyclic objects an article), so the collector's
    passes during a chunk cost more than they free: paused, a worker's CPU an article fell
    from 6.33 to 5.86 ms (compiled, medians of 6 alternating runs; docs/benchmarks.md,
    twenty-second session, later). It runs again between chunks (CHUNK articles) and
    frees what they left (tested). The writer's own extraction (``workers=1``) is left as
    it is, under ``collector_relaxed``."""
    with _collector_paused():
        return extract_chunk(articles)


def _extract(article: Article) -> tuple[list[Fact], bytes, list[int]] | str:
    """Facts, signature and the facts' typing cues of one article, or why that failed."""
    try:
        facts = extract_facts(article)
        return facts, signature(article.text), [fact_cues(f) for f in facts]
    except Exception as e:  # an extractor bug must cost one article, not the run
        return (f"extraction failed ({type(e).__name__}: {str(e)[:300]}); "
                "please report this article as a bug")


def prepare_item(
    article: Article, extracted: Extracted, index: NearDuplicateIndex, report: IngestReport,
) -> Incoming | None:
    """One extracted article made ready to store (linked to its original), or None."""
    if isinstance(extracted, str):
        report.failed.append(Failure(_name(article), extracted))
        return None
    facts, sig, cues, numbers = extracted
    copy_of = index.find(sig, numbers)
    index.add(article.id, sig, numbers)
    return Incoming(article, facts, copy_of=copy_of, signature=sig, band_numbers=numbers,
                    cues=cues)


class Extraction:
    """Extracts batches of articles in order, in this process or in a pool of workers.

    With ``workers > 1`` a batch is cut into chunks of CHUNK articles for the
    pool and AHEAD batches are in flight while the caller stores the previous
    one. The pool starts once the run has brought POOL_MIN articles (small
    batches count together), so adding a few articles never pays for starting
    processes.
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._seen = 0  # articles brought so far

    def __enter__(self) -> Extraction:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Shut the pool down: wait for it after a normal run, drop queued work otherwise."""
        if self._pool is not None:
            self._pool.shutdown(wait=kind is None, cancel_futures=True)

    def run(self, batches: Iterable[list[Article]], progress: Progress | None
            ) -> Iterator[tuple[list[Article], list[Extracted]]]:
        """Each batch with what extraction made of each of its articles, in input order."""
        pending: deque[tuple[list[Article], list[Future[list[Extracted]]]]] = deque()
        for batch in batches:
            self._seen += len(batch)
            if self.workers <= 1 or (self._pool is None and self._seen < POOL_MIN):
                yield from self._drain(pending, progress, keep=0)
                yield batch, self._here(batch, progress)
                continue
            pending.append((batch, [self._submit(c) for c in _chunks(batch, CHUNK)]))
            yield from self._drain(pending, progress, keep=AHEAD)
        yield from self._drain(pending, progress, keep=0)

    @staticmethod
    def _here(batch: list[Article], progress: Progress | None) -> list[Extracted]:
        """Extract in this process, with progress per chunk of CHUNK articles (one can
        take a while; a chunk's band keys are numbered at once, ``extract_chunk``)."""
        out: list[Extracted] = []
        for chunk in _chunks(batch, CHUNK):
            out += extract_chunk(chunk)
            if progress is not None:
                progress(len(chunk))
        return out

    def _drain(self, pending: deque[tuple[list[Article], list[Future[list[Extracted]]]]],
               progress: Progress | None, keep: int
               ) -> Iterator[tuple[list[Article], list[Extracted]]]:
        """Collect the oldest batches until at most ``keep`` are in flight."""
        while len(pending) > keep:
            batch, futures = pending.popleft()
            out: list[Extracted] = []
            for chunk, future in zip(_chunks(batch, CHUNK), futures, strict=True):
                out.extend(self._result(chunk, future))
                if progress is not None:
                    progress(len(chunk))
            yield batch, out

    def _submit(self, chunk: list[Article]) -> Future[list[Extracted]]:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=_context(),
                                             initializer=_start_worker)
        return self._pool.submit(extract_chunk_in_worker, chunk)

    def _result(self, chunk: list[Article], future: Future[list[Extracted]]
                ) -> list[Extracted]:
        """A chunk's results; when a worker died, the chunk once more on a sound pool."""
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        try:
            retry = self._submit(chunk)
        except BrokenProcessPool:  # the pool it was on is broken: start a new one
            self._restart()
            retry = self._submit(chunk)
        try:
            return retry.result()
        except BrokenProcessPool as e:  # it breaks a sound pool too: the chunk is at fault
            self._restart()
            return [f"extraction worker died ({e}); please report this article as a bug"
                    ] * len(chunk)

    def _restart(self) -> None:
        """Drop a broken pool; the next chunk starts a new one."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _context() -> Any:
    """Worker processes started by a fork server where there is one (safe with the
    progress bar's thread, unlike a plain fork), else spawned.

    The fork server imports this module once, so each worker starts as a fork
    of it instead of importing every stage again (seconds on a busy machine).
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


def _start_worker() -> None:
    """Workers leave Ctrl-C to the writer, which stops them once it has stopped, and
    end when the writer is gone: killed (kill -9, out of memory), it cannot stop them,
    and an idle worker holds its fork server open, so both would wait forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    writer = multiprocessing.parent_process()
    if writer is not None:
        threading.Thread(target=_exit_with, args=(writer.sentinel,), daemon=True).start()


def _exit_with(sentinel: int) -> None:
    """Wait for the writer's end, then end this worker at once."""
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def store_batch(store: Store, items: list[Incoming], report: IngestReport) -> None:
    """Write a batch in one transaction; on failure, isolate the article at fault."""
    if not items:
        return
    try:
        report.add(store.add_batch(items))
        return
    except Exception:  # any backend's error: the batch rolled back, find the culprit
        pass
    for item in items:
        try:
            report.add(store.add_batch([item]))
        except Exception as e:
            report.failed.append(Failure(_name(item.article), f"not stored: {e}"))


def _name(article: Article) -> str:
    """How a person finds the article again: where it was read from, else its id."""
    return article.origin or article.source_id or article.id


def _batches(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _chunks(articles: list[Article], size: int) -> list[list[Article]]:
    return [articles[i:i + size] for i in range(0, len(articles), size)]
