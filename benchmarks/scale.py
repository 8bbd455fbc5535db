"""Archive scale: ingest a synthetic archive of N articles and time what grows with it.

The archive is invented here, never copied: show titles, people and characters
are built from syllable pools (so the number of names grows with the archive,
as in a real one), and each article strings together sentences from the
templates below about one show's cast: castings, exits, returns, plot turns,
ratings, channels. One article in twenty is a syndicated copy of an earlier one
(a wrapper line and a changed word). The archive is ingested in ten slices into
a fresh SQLite KB under /tmp (each slice is one ``ingest_items`` call, with its
resolution), and the script prints:

- articles/s per 10 % slice (does the rate keep as the KB grows?) and overall;
- peak RSS of the writer and of the largest worker (sampled), the database size;
- the time to add one article at the end, in the library and as a CLI command;
- p50/p95 of the show page, the person page and the show API (in-process client).

``--profile`` runs the ingest in one process under cProfile and prints where
the time goes (extraction, near-duplicates, store, resolution). Prints figures;
asserts nothing.

    .venv/bin/python benchmarks/scale.py --articles 2000 [--workers 2] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import accumulate, islice
from pathlib import Path

from tellytrack.ingest import read_paths
from tellytrack.model import Article, EntityKind
from tellytrack.pipeline import default_workers, ingest_items
from tellytrack.store.sqlite import SQLiteStore

ONSETS = ["k", "r", "m", "s", "v", "t", "d", "p", "n", "j", "h", "b", "g", "l", "sh", "ch",
          "bh", "dh", "pr", "tr", "kh", "y"]
VOWELS = ["a", "aa", "i", "ee", "u", "o", "e", "ai", "ya"]
CODAS = ["", "", "", "n", "r", "l", "sh", "t", "m", "v"]
LINKS = ["Ki", "Ka", "Ke", "Se", "Mein", "Aur", "Ek"]
CHANNELS = ["Star Plus", "Colors TV", "Zee TV", "Sony TV", "Sony SAB", "Star Bharat"]
OUTLETS = ["tellyscope.example", "soapdaily.example", "serialbuzz.example",
           "tvkhabar.example", "desiscreen.example"]

# Written for this benchmark (never taken from the corpus): what such news says.
TEMPLATES = [
    "{actor} aka {character} is all set to return to {show} after a short break.",
    "{show}: {actor}, who plays {character}, has decided to quit the show.",
    "Reports suggest that {actor} will leave {show} soon, but the actor has denied them.",
    "{actor} has been roped in to play {character} in {show}, which airs on {channel}.",
    "In the upcoming episodes of {show}, {character} will get married to {character2}.",
    "The makers of {show} are planning a {years} year leap after the wedding track.",
    "{show} climbed to number {rank} in this week's ratings chart.",
    "{character} learns the truth about {character2} in a new promo of {show}.",
    "{actor2}, who plays {character2}, said the new track of {show} is the best so far.",
    "{character} is {character2}'s sister in {show}.",
    "{show} is produced by {house} Productions.",
    "Fans are loving the chemistry between {character} and {character2} in {show}.",
]
SYNDICATION = "Shared by our partner site: {text}\nFollow us for more TV news."
# Draws before a word length counts as used up (a free word is drawn within a few dozen
# tries until then, so smaller archives come out as before).
WORD_TRIES = 1000


class Names:
    """Invented names that do not repeat: words made of syllables, then titles and people."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def word(self, syllables: int) -> str:
        """A new word; one syllable longer once its length's words run out (about
        1,600 of one syllable: a 200k archive's 8,000 shows want more)."""
        for _ in range(WORD_TRIES):
            w = "".join(self.rng.choice(ONSETS) + self.rng.choice(VOWELS)
                        for _ in range(syllables)) + self.rng.choice(CODAS)
            if w not in self.used:
                self.used.add(w)
                return w.capitalize()
        return self.word(syllables + 1)

    def show(self) -> str:
        shape = self.rng.randrange(3)
        if shape == 0:
            return f"{self.word(2)} {self.rng.choice(LINKS)} {self.word(2)}"
        if shape == 1:
            return f"{self.word(2)} {self.word(3)}"
        return f"{self.word(1)} {self.word(2)} {self.rng.choice(LINKS)} {self.word(2)}"

    def person(self) -> str:
        return f"{self.word(2)} {self.word(2 + self.rng.randrange(2))}"


def shows_for(n_articles: int, rng: random.Random) -> list[dict[str, object]]:
    """About one show per 25 articles, each with a cast of 6 to 10 actor/character pairs."""
    names = Names(rng)
    return [{"title": names.show(), "channel": rng.choice(CHANNELS), "house": names.word(2),
             "cast": [(names.person(), names.word(2)) for _ in range(rng.randint(6, 10))]}
            for _ in range(max(4, n_articles // 25))]


def article_text(show: dict[str, object], rng: random.Random, n: int) -> str:
    """Four to seven template sentences about one show's cast, and a dated closing line."""
    cast = list(show["cast"])  # type: ignore[call-overload]
    sentences = []
    for template in rng.sample(TEMPLATES, rng.randint(4, 7)):
        (actor, character), (actor2, character2) = rng.sample(cast, 2)
        sentences.append(template.format(
            show=show["title"], actor=actor, character=character, actor2=actor2,
            character2=character2, channel=show["channel"], house=show["house"],
            years=rng.choice([5, 10, 15, 20]), rank=rng.randint(1, 10)))
    return " ".join(sentences) + f"\nStory number {n} of the archive."


def build_archive(path: Path, n: int, seed: int = 15) -> None:
    """Write ``n`` articles as JSONL: shows drawn with a long tail, 5 % syndicated copies."""
    rng = random.Random(seed)
    shows = shows_for(n, rng)
    # cumulative once: ``choices(shows, weights)`` would add them up again for every
    # article (minutes at 200k); the draws are the same
    cum_weights = list(accumulate(1 / (rank + 1) for rank in range(len(shows))))
    day, texts = date(2021, 1, 1), list[str]()
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            day += timedelta(days=rng.random() < 0.05)
            if texts and rng.random() < 0.05:
                words = rng.choice(texts).split()
                words[rng.randrange(len(words))] = "reportedly"
                text = SYNDICATION.format(text=" ".join(words))
            else:
                show = rng.choices(shows, cum_weights=cum_weights)[0]
                text = article_text(show, rng, i)
                texts.append(text)
            f.write(json.dumps({"id": f"a{i}", "date": day.isoformat(), "text": text,
                                "outlet": rng.choice(OUTLETS), "title": text[:60]}) + "\n")


def slices(path: Path, n: int) -> Iterator[list[Article]]:
    """The archive's articles in ten slices of (about) equal size."""
    items = (a for a in read_paths([str(path)]) if isinstance(a, Article))
    size = max(1, -(-n // 10))
    while part := list(islice(items, size)):
        yield part


class Workers:
    """Samples the resident memory and CPU time of this process's descendants (the
    extraction pool and its fork server) twice a second (Linux /proc): keeps the largest
    RSS seen and each one's last CPU time (a worker's last half second may be missed)."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self.cpu: dict[int, float] = {}  # pid -> user + system seconds, last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Workers:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            for pid in _descendants(os.getpid()):
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                    ticks = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                self.cpu[pid] = (int(ticks[11]) + int(ticks[12])) / os.sysconf("SC_CLK_TCK")
                rss = [int(line.split()[1]) for line in status.splitlines()
                       if line.startswith("VmRSS:")]
                self.peak_kb = max([self.peak_kb, *rss])


def _rss_mb() -> float:
    """This process's resident memory now (Linux /proc), in MB."""
    status = Path("/proc/self/status").read_text()
    return next(int(line.split()[1]) for line in status.splitlines()
                if line.startswith("VmRSS:")) / 1024


def _descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    found, frontier = set[int](), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def ingest(db: Path, path: Path, n: int, workers: int) -> None:
    """Ingest slice by slice; print each slice's rate and the KB's size as it grows."""
    total_t, done = 0.0, 0
    with SQLiteStore(db) as store, Workers() as pool:
        for k, part in enumerate(slices(path, n), 1):
            t0, cpu0 = time.perf_counter(), time.process_time()
            pool_cpu0 = sum(pool.cpu.values())
            report = ingest_items(store, part, workers=workers)
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            time.sleep(0.6)  # the workers' last samples
            workers_cpu = sum(pool.cpu.values()) - pool_cpu0
            total_t, done = total_t + elapsed, done + len(part)
            print(f"slice {k:2}: {len(part)} articles in {elapsed:6.1f} s = "
                  f"{len(part) / elapsed:6.1f} articles/s (KB {done}, new {report.new}, "
                  f"syndicated {report.syndicated}, failed {len(report.failed)}); CPU: writer "
                  f"{cpu:.1f} s, workers {workers_cpu:.1f} s; writer RSS {_rss_mb():.0f} MB; "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    print(f"ingest: {done} articles in {total_t:.1f} s = {done / total_t:.1f} articles/s")
    print(f"peak RSS of a worker: {pool.peak_kb / 1024:.0f} MB")


def add_one(db: Path, tmp: Path) -> None:
    """The cost of one more article on the full KB, about a new show and about the most
    covered one: in the library (three in a row: the first loads the extractor, which
    the workers had), then a whole CLI run."""
    with SQLiteStore(db) as store:
        show, actor, character = store.conn.execute(
            "SELECT f.show, f.actor, f.character FROM facts f WHERE f.type = 'cast' "
            "AND f.actor IS NOT NULL AND f.character IS NOT NULL AND f.show = (SELECT show "
            "FROM facts GROUP BY show ORDER BY count(*) DESC LIMIT 1) LIMIT 1").fetchone()
        shows = store.conn.execute("SELECT count(*) FROM facts WHERE show = ?", (show,))
        print(f"most covered show: {shows.fetchone()[0]} facts", flush=True)
        for label, text in (
                ("a new show", "Shared news: Vaarun Tesh, who plays Roohi, has quit Kaamra Ki "
                 f"Dor after three years, days before the leap ({time.time()})."),
                ("the most covered show", f"{actor} has been roped in to play {character} in "
                 f"{show}, which airs on Star Plus ({time.time()}).")):
            library = []
            for n in range(3):
                t0 = time.perf_counter()
                ingest_items(store, [Article.create(f"{text} Update {n}.")], workers=1)
                library.append(time.perf_counter() - t0)
            print(f"add one article about {label}: "
                  f"{', '.join(f'{t * 1000:.0f}' for t in library)} ms in the library",
                  flush=True)
    one = tmp / "one.jsonl"
    one.write_text(json.dumps({"text": f"{text} Confirmed."}) + "\n", encoding="utf-8")
    t0 = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "tellytrack"), "ingest", str(one),
                    "--db", str(db)], check=True, capture_output=True)
    print(f"add one article about the most covered show as a CLI command: "
          f"{time.perf_counter() - t0:.2f} s")


def reads(db: Path, rounds: int, rng: random.Random) -> None:
    """p50/p95 of the main read routes, single reader, in-process (no network)."""
    try:
        from fastapi.testclient import TestClient
    except RuntimeError as err:  # starlette's test client needs httpx2 (the test extra)
        print(f"reads skipped: {err} (pip install '.[test]')")
        return

    from tellytrack.web.app import create_app

    with SQLiteStore(db) as store:
        shows = [e.id for e in store.entities(EntityKind.SHOW)]
        people = [e.id for e in store.entities(EntityKind.PERSON)]
    with TestClient(create_app(db)) as client:
        for label, route, ids in (("show page", "/shows/{}", shows),
                                  ("person page", "/people/{}", people),
                                  ("show API", "/api/v1/shows/{}", shows)):
            times, codes = [], set()
            for entity in rng.choices(ids, k=rounds):
                t0 = time.perf_counter()
                codes.add(client.get(route.format(entity)).status_code)
                times.append(time.perf_counter() - t0)
            q = statistics.quantiles(times, n=20)
            print(f"{label}: p50 {q[9] * 1000:.0f} ms, p95 {q[18] * 1000:.0f} ms "
                  f"({rounds} requests, status {sorted(codes)})")


# Where the time goes: (file, function) whose cumulative time is each stage's.
STAGES = {"extraction": ("__init__.py", "extract_facts"),
          "signatures": ("dedup.py", "signature"),
          "near-duplicates": ("dedup.py", "find"),
          "store": ("sqlite.py", "add_batch"),
          "resolution": ("pipeline.py", "finish_resolution"),
          "all": ("pipeline.py", "ingest_items")}


def profile(db: Path, path: Path, n: int) -> None:
    """One process, cProfile over the same ten-slice ingest: seconds per stage and slice."""
    totals = dict.fromkeys(STAGES, 0.0)
    with SQLiteStore(db) as store:
        for k, part in enumerate(slices(path, n), 1):
            profiler = cProfile.Profile()
            profiler.runcall(ingest_items, store, part, workers=1)
            stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
            cumulative = {(Path(fn[0]).name, fn[2]): row[3] for fn, row in stats.items()}
            line = {label: cumulative.get(key, 0.0) for label, key in STAGES.items()}
            totals = {label: totals[label] + line[label] for label in STAGES}
            print(f"slice {k:2}: " + ", ".join(f"{label} {sec:.1f} s"
                                                for label, sec in line.items()), flush=True)
    print("total: " + ", ".join(f"{label} {sec:.1f} s" for label, sec in totals.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--reads", type=int, default=40, help="requests per route")
    ap.add_argument("--profile", action="store_true", help="one process under cProfile")
    ap.add_argument("--keep", type=Path, help="build the KB in this (new) folder and keep it")
    args = ap.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(prefix="tellytrack-scale-", dir="/tmp") as name:
        tmp = Path(name)
        if args.keep:
            args.keep.mkdir(parents=True)
            tmp = args.keep
        archive, db = tmp / "archive.jsonl", tmp / "kb.db"
        build_archive(archive, args.articles)
        print(f"archive: {args.articles} articles; workers {args.workers}; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
        if args.profile:
            profile(db, archive, args.articles)
            return
        ingest(db, archive, args.articles, args.workers)
        size = sum(p.stat().st_size for p in tmp.glob("kb.db*")) / 1e6
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of the writer: {rss:.0f} MB; database {size:.1f} MB", flush=True)
        add_one(db, tmp)
        if args.reads:
            reads(db, args.reads, rng)
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
