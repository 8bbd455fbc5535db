"""Ingest throughput: articles per second through the whole pipeline into SQLite.

Builds an archive of ``--copies`` x the shared corpus (each copy made distinct
by a numbered closing line, so every article is new to the store), then runs
``tellytrack.pipeline.ingest_paths`` on it into a fresh SQLite file: read,
dedup, extract, store, resolve. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/ingest_speed.py [--copies 10]
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from tellytrack.pipeline import ingest_paths
from tellytrack.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
SAMPLES = ROOT / "src" / "tellytrack" / "samples" / "articles.jsonl"


def build_archive(out: Path, copies: int) -> int:
    """Write the archive JSONL; return its number of articles."""
    sources = sorted(p for p in SHARED.glob("*.jsonl") if p.stem != "val") or [SAMPLES]
    records = [json.loads(line) for p in sources for line in p.open(encoding="utf-8")
               if line.strip()]
    with out.open("w", encoding="utf-8") as f:
        for n in range(copies):
            for r in records:
                copy = dict(r, id=f"{r['id']}-{n}", text=f"{r['text']}\nArchive copy {n}.")
                f.write(json.dumps(copy, ensure_ascii=False) + "\n")
    return copies * len(records)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive.jsonl"
        total = build_archive(archive, args.copies)
        with SQLiteStore(Path(tmp) / "kb.db") as store:
            t0 = time.perf_counter()
            report = ingest_paths(store, [str(archive)])
            elapsed = time.perf_counter() - t0
        size = (Path(tmp) / "kb.db").stat().st_size / 1e6
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {total}, new {report.new}, syndicated {report.syndicated}, "
          f"failed {len(report.failed)}, facts {report.facts}")
    print(f"elapsed: {elapsed:.1f} s, {total / elapsed:.0f} articles/s, database {size:.1f} MB")
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
