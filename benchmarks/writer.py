"""The writer alone: its CPU per article on a KB of K articles, extraction cached.

At scale the one writer process (screening, near-duplicate lookups, ``add_batch``,
resolution) is the slower side of an ingest, and its CPU is what to compare between
two versions of the code; measuring it inside ``scale.py`` mixes it with the
workers' extraction on a shared machine. This script:

1. writes the synthetic archive of ``scale.py`` (``--archive`` articles, the same
   archive byte for byte) and ingests its first ``--base`` articles into a KB with two
   workers, in slices of 10,000 as ``scale.py`` does (kept under ``--dir``: built once);
2. extracts the next ``--warm`` + ``--measure`` articles once and keeps what
   extraction made of them (a pickle under ``--dir``);
3. replays the writer's path on a copy of the KB: the ``--warm`` articles (one ingest:
   caches, page cache), then the ``--measure`` articles as one ingest, printing the CPU
   seconds of the process (its checkpoint thread included) of ``add_batch``,
   resolution and the rest, per article. ``--profile`` runs the measured part under
   cProfile, prints the functions with the most time and keeps the profile
   (``profile.out`` under ``--dir``). ``--memory`` traces Python's allocations instead
   (tracemalloc): what each phase left allocated, its peak, and the lines whose
   allocations grew over the measured part, with SQLite's own allocations (its page
   cache) and the resident memory beside them.

    .venv/bin/python benchmarks/writer.py --dir /tmp/writer --base 40000 [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import ctypes.util
import gc
import os
import pickle
import pstats
import shutil
import sys
import time
import tracemalloc
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from tellytrack.ingest import read_paths
from tellytrack.ingest.dedup import NearDuplicateIndex, band_numbers_of
from tellytrack.model import Article
from tellytrack.pipeline import (
    BATCH_SIZE,
    Extracted,
    Extraction,
    IngestReport,
    collector_relaxed,
    finish_resolution,
    ingest_items,
    prepare_item,
    screen_batch,
    store_batch,
    stored_near,
)
from tellytrack.store.sqlite import SQLiteStore

sys.path.insert(0, str(Path(__file__).parent))
from scale import build_archive  # after the path: the benchmarks folder is no package

SLICE = 10_000  # articles per ingest call while building the KB, as scale.py's 100k run


def articles(archive: Path, start: int, n: int) -> list[Article]:
    """Articles ``start`` .. ``start + n`` of the archive."""
    items = (a for a in read_paths([str(archive)]) if isinstance(a, Article))
    return list(islice(items, start, start + n))


def build_base(archive: Path, db: Path, n: int) -> None:
    """The KB of the archive's first ``n`` articles, ingested with two workers."""
    with SQLiteStore(db) as store:
        for start in range(0, n, SLICE):
            ingest_items(store, articles(archive, start, min(SLICE, n - start)), workers=2)
            print(f"base: {min(start + SLICE, n)} articles", flush=True)


def extracted(archive: Path, cache: Path, start: int, n: int
              ) -> list[tuple[Article, Extracted]]:
    """The articles after the base with what extraction made of them (cached)."""
    if not cache.exists():
        part = articles(archive, start, n)
        with Extraction(2) as extraction:
            out = [pair for batch, ext in extraction.run([part], None)
                   for pair in zip(batch, ext, strict=True)]
        cache.write_bytes(pickle.dumps(out))
    loaded: list[tuple[Article, Extracted]] = pickle.loads(cache.read_bytes())
    return [(a, _with_numbers(e)) for a, e in loaded]


def _with_numbers(extracted: Any) -> Extracted:
    """A cached extraction as the workers make it now: a cache written before they
    made the band numbers (facts, signature, cues) gets them here, outside the measure,
    as the workers would have."""
    if isinstance(extracted, str) or len(extracted) == 4:
        return extracted  # type: ignore[no-any-return]
    facts, sig, cues = extracted
    return facts, sig, cues, band_numbers_of(sig)


def _batches(pairs: list[tuple[Article, Extracted]]) -> Iterator[list[tuple[Article, Extracted]]]:
    for i in range(0, len(pairs), BATCH_SIZE):
        yield pairs[i:i + BATCH_SIZE]


def replay(store: SQLiteStore, pairs: list[tuple[Article, Extracted]], every: int
           ) -> dict[str, float]:
    """One ingest of these articles without extraction (``ingest_items``'s writer path,
    resolving after every ``every`` articles and at the end): CPU seconds of screening
    and near-duplicates, ``add_batch``, resolution."""
    with collector_relaxed():
        return _replay(store, pairs, every)


def _replay(store: SQLiteStore, pairs: list[tuple[Article, Extracted]], every: int
            ) -> dict[str, float]:
    cpu = dict.fromkeys(("screen+near", "add_batch", "resolution"), 0.0)
    report = IngestReport()
    seen: set[str] = set()
    for n, batch in enumerate(_batches(pairs), 1):
        if (n - 1) * BATCH_SIZE and (n - 1) * BATCH_SIZE % every == 0:
            t0 = time.process_time()
            finish_resolution(store)
            cpu["resolution"] += time.process_time() - t0
        t0 = time.process_time()
        kept = {a.id for a in screen_batch([a for a, _ in batch], store, seen, report, None)}
        index = NearDuplicateIndex(stored_near(store, [e for a, e in batch if a.id in kept]))
        prepared = [prepare_item(a, e, index, report) for a, e in batch if a.id in kept]
        t1 = time.process_time()
        store_batch(store, [i for i in prepared if i is not None], report)
        t2 = time.process_time()
        cpu["screen+near"] += t1 - t0
        cpu["add_batch"] += t2 - t1
    t0 = time.process_time()
    finish_resolution(store)
    cpu["resolution"] += time.process_time() - t0
    return cpu


def _sqlite_memory() -> tuple[int, int] | None:
    """SQLite's own allocations (its page caches most of all) now and at their peak
    since the last call, from the shared library Python's module is linked to; None
    where that library is not found."""
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
    except OSError:
        return None
    lib.sqlite3_memory_used.restype = lib.sqlite3_memory_highwater.restype = ctypes.c_int64
    return int(lib.sqlite3_memory_used()), int(lib.sqlite3_memory_highwater(1))


def _rss() -> float:
    """This process's resident memory now, in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1e3
    return 0.0


def _traced() -> str:
    """Python's allocations now and at their peak since the last call (tracemalloc),
    SQLite's likewise, and the resident memory: what the writer's RSS is made of."""
    if not tracemalloc.is_tracing():
        return ""
    now, peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    out = f"; Python allocations {now / 1e6:.1f} MB, peak {peak / 1e6:.1f} MB"
    sqlite = _sqlite_memory()
    if sqlite is not None:
        out += f"; SQLite {sqlite[0] / 1e6:.1f} MB, peak {sqlite[1] / 1e6:.1f} MB"
    return out + f"; RSS {_rss():.0f} MB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=Path("/tmp/tellytrack-writer"))
    ap.add_argument("--archive", type=int, default=100_000, help="articles in the archive")
    ap.add_argument("--base", type=int, default=40_000, help="articles in the KB to start from")
    ap.add_argument("--warm", type=int, default=5_000)
    ap.add_argument("--measure", type=int, default=5_000)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--memory", action="store_true", help="trace Python's allocations")
    ap.add_argument("--resolve-every", type=int, default=10**9,
                    help="articles between resolutions (default: once per ingest)")
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    archive, base = args.dir / f"archive-{args.archive}.jsonl", args.dir / f"base-{args.base}.db"
    if not archive.exists():
        build_archive(archive, args.archive)
    if not base.exists():  # built under another name: a half-built KB is never taken
        part = base.with_suffix(".part")
        build_base(archive, part, args.base)
        part.rename(base)
    # "ext3": extraction's result with the facts' cues (``pipeline.Extracted``; the band
    # numbers the workers add since are made on loading); a cache of the older shape
    # (facts and signature) is not read
    pairs = extracted(archive, args.dir / f"ext3-{args.base}-{args.warm + args.measure}.pkl",
                      args.base, args.warm + args.measure)
    # the loaded cache's millions of objects collected once, before the replay: else the
    # collector's first full pass over them lands in the measured part or not by luck
    # (a cache converted on loading, as above, has more of them: 0.3 s in the measure)
    gc.collect()
    work = args.dir / "work.db"
    for p in args.dir.glob("work.db*"):
        p.unlink()
    shutil.copy(base, work)
    if args.memory:
        tracemalloc.start()
    with SQLiteStore(work) as store:
        warm = replay(store, pairs[:args.warm], args.resolve_every)
        print(f"warm {args.warm}: " + ", ".join(f"{k} {v:.2f} s" for k, v in warm.items())
              + _traced())
        before = tracemalloc.take_snapshot() if args.memory else None
        profiler = cProfile.Profile() if args.profile else None
        t0, cpu0 = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.enable()
        cpu = replay(store, pairs[args.warm:], args.resolve_every)
        if profiler is not None:
            profiler.disable()
        total, wall = time.process_time() - cpu0, time.perf_counter() - t0
        if before is not None:
            print("measured:" + _traced())
            for stat in tracemalloc.take_snapshot().compare_to(before, "lineno")[:15]:
                print(f"  {stat}")
    n = len(pairs) - args.warm
    print(f"measured {n} articles ({args.base + args.warm} -> {args.base + len(pairs)}): "
          f"writer CPU {total:.2f} s = {total / n * 1000:.2f} ms an article ("
          + ", ".join(f"{k} {v:.2f} s" for k, v in cpu.items())
          + f"); wall {wall:.1f} s; load {os.getloadavg()[0]:.1f}")
    if profiler is not None:
        profiler.dump_stats(args.dir / "profile.out")  # for pstats' callers and callees
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(45)


if __name__ == "__main__":
    main()
