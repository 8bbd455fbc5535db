"""Extraction speed and memory: articles per second and peak RSS in one process.

Reads the train files of ``../shared/corpus/`` (every ``*.jsonl`` but validation's; the
bundled samples when the shared corpus is absent), then extracts all of them ``--rounds``
times. Prints figures; asserts nothing (targets live in docs/benchmarks.md, not in timed tests).

    .venv/bin/python benchmarks/extract_speed.py [--rounds 5] [CORPUS.jsonl ...]
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from pathlib import Path

from tellytrack.extract import extract_facts, shows
from tellytrack.ingest import read_paths
from tellytrack.model import Article

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
SAMPLES = Path(__file__).resolve().parents[1] / "src" / "tellytrack" / "samples" / "articles.jsonl"


def load(paths: list[Path]) -> list[Article]:
    """Every article of the given JSONL files."""
    return [a for a in read_paths([str(p) for p in paths]) if isinstance(a, Article)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    paths = args.paths or sorted(p for p in SHARED.glob("*.jsonl") if p.stem != "val") or [SAMPLES]
    articles = load(paths)
    extract_facts(articles[0])  # warm-up: lexicons and regexes load once
    facts = 0
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for article in articles:
            facts += len(extract_facts(article))
    elapsed = time.perf_counter() - t0
    n = len(articles) * args.rounds
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(a.text) for a in articles) * args.rounds
    print(f"articles: {n} ({len(articles)} distinct x {args.rounds} rounds), facts: {facts}")
    rate, mbs = n / elapsed, chars / elapsed / 1e6
    print(f"elapsed: {elapsed:.2f} s, {rate:.0f} articles/s, {mbs:.2f} MB/s")
    print(f"peak RSS: {rss_mb:.0f} MB")
    print(f"python: {platform.python_version()} ({sys.executable}), extraction "
          f"{'compiled by mypyc' if shows.__file__.endswith('.so') else 'pure Python'}")


if __name__ == "__main__":
    main()
