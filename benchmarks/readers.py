"""Concurrent readers during an ingest: does ``tellytrack serve`` hold 200 of them?

Issue 15's target: 200 concurrent readers during an ingest, zero errors, p95 < 1 s.
The script builds a synthetic archive with :mod:`scale`'s generator (invented
shows and people, never copied), ingests the first ``--articles`` into a fresh
SQLite KB under /tmp, starts ``tellytrack serve`` on a free localhost port as a
subprocess, then starts ``tellytrack ingest`` of ``--extra`` more articles into
the same KB in another subprocess and runs ``--readers`` concurrent readers
(asyncio + httpx, one client and connection each) for ``--seconds``, each looping
over the home page, a show page, a person page and ``/api/v1/shows``. The ingest
runs at ``--ingest-nice`` (``tellytrack ingest --nice``, default 10: a background
ingest). The same readers run again for ``--seconds`` after the ingest ends (on the
ids of the KB then: a show or person the ingest merged into another answers 404).
For each phase it prints the requests, errors by kind (HTTP status, timeout,
connection error), p50/p95/p99 latency, overall and per route, the cores the server,
the ingest (with its workers) and the readers used, and the load average. Prints
figures; asserts nothing.

    .venv/bin/python benchmarks/readers.py --articles 1000 --extra 1000 --readers 200
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from scale import build_archive

from tellytrack.model import EntityKind
from tellytrack.store.sqlite import SQLiteStore

BIN = Path(sys.executable).parent / "tellytrack"


def tree_cpu(pid: int) -> float:
    """CPU seconds of process ``pid`` and its live descendants (plus the children it has
    waited for), from /proc: what a server or an ingest and its workers used."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}  # pid -> (parent, CPU seconds)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            own = int(fields[11]) + int(fields[12])
            waited = int(fields[13]) + int(fields[14])
            stats[int(entry.name)] = (int(fields[1]), (own + waited) / tick)
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += stats.get(p, (0, 0.0))[1]
        todo += [c for c, (parent, _) in stats.items() if parent == p]
    return total


class CpuMeter:
    """Cores used by the server, the ingest and this client (the readers) over a phase."""

    def __init__(self, server: int, ingest: int | None) -> None:
        self.pids = {"server": server, **({"ingest": ingest} if ingest else {})}
        self.start = self._sample()

    def _sample(self) -> dict[str, float]:
        found = {name: tree_cpu(pid) for name, pid in self.pids.items()}
        return {**found, "readers": time.process_time(), "wall": time.monotonic()}

    def report(self) -> str:
        end = self._sample()
        wall = end["wall"] - self.start["wall"]
        used = [f"{k} {(end[k] - self.start[k]) / wall:.2f}" for k in end if k != "wall"]
        return f"  cores used: {', '.join(used)}; load average {os.getloadavg()[0]:.1f}"


def free_port() -> int:
    """A localhost port nobody listens on now (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def split_archive(archive: Path, base: Path, extra: Path, n_base: int) -> None:
    """The first ``n_base`` lines seed the KB; the rest are ingested under load."""
    lines = archive.read_text(encoding="utf-8").splitlines(keepends=True)
    base.write_text("".join(lines[:n_base]), encoding="utf-8")
    extra.write_text("".join(lines[n_base:]), encoding="utf-8")


def start_server(db: Path, port: int, log: Path, workers: int) -> subprocess.Popen[bytes]:
    """``tellytrack serve`` (``workers`` processes) in its own process; returns once it
    answers ``/``."""
    server = subprocess.Popen([str(BIN), "serve", "--db", str(db), "--port", str(port),
                               "--workers", str(workers)],
                              stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/shows", timeout=60).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit(f"server did not answer in 120 s; see {log}")


def stop(server: subprocess.Popen[bytes]) -> None:
    """Stop the server; uvicorn's graceful stop waits for every request still in its
    thread pool (abandoned ones included), so kill it after 10 s."""
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        print("server still busy 10 s after SIGTERM: killed", flush=True)
        server.kill()
        server.wait()


class Phase:
    """What the readers saw in one phase: latency per route, errors by kind."""

    def __init__(self) -> None:
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: Counter[str] = Counter()

    def report(self, label: str, seconds: float) -> None:
        every = [t for ts in self.times.values() for t in ts]
        print(f"{label}: {len(every)} requests in {seconds:.0f} s "
              f"({len(every) / seconds:.1f}/s), errors {dict(self.errors) or 0}")
        for route, ts in [("all", every), *sorted(self.times.items())]:
            print(f"  {route:<16} {len(ts):6} ok  {_quantiles(ts)}")


def _quantiles(times: list[float]) -> str:
    if len(times) < 2:
        return "-"
    q = statistics.quantiles(times, n=100)
    return f"p50 {q[49] * 1000:7.0f} ms  p95 {q[94] * 1000:7.0f} ms  p99 {q[98] * 1000:7.0f} ms"


async def reader(client: httpx.AsyncClient, routes: list[tuple[str, list[str]]],
                 until: float, phase: Phase, k: int) -> None:
    """Loop over the routes, starting at the ``k``-th so that the readers spread over
    them, until ``until``; a request that fails counts by its kind."""
    rng, order = random.Random(k), routes[k % len(routes):] + routes[:k % len(routes)]
    while time.monotonic() < until:
        for label, paths in order:
            if time.monotonic() >= until:
                return
            t0 = time.monotonic()
            try:
                response = await client.get(rng.choice(paths))
            except httpx.TimeoutException:
                phase.errors["timeout"] += 1
                continue
            except httpx.HTTPError as e:
                phase.errors[type(e).__name__] += 1
                continue
            if response.status_code == 200:
                phase.times[label].append(time.monotonic() - t0)
            else:
                phase.errors[f"HTTP {response.status_code}"] += 1


async def run_phase(port: int, routes: list[tuple[str, list[str]]], readers: int,
                    seconds: float, timeout: float) -> Phase:
    """``readers`` concurrent readers for ``seconds``, each with a client of its own
    (one connection): one client shared by 200 readers spent ~7 ms of CPU a request in
    its connection pool (every request scans every connection), more than the server."""
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    tls = ssl.create_default_context()  # unused (plain HTTP), but each client would make one
    clients = [httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits,
                                 timeout=timeout, verify=tls) for _ in range(readers)]
    phase, until = Phase(), time.monotonic() + seconds
    try:
        await asyncio.gather(*(reader(client, routes, until, phase, k)
                               for k, client in enumerate(clients)))
    finally:
        for client in clients:
            await client.aclose()
    return phase


def finish(ingest: subprocess.Popen[bytes], articles: int, started: float) -> None:
    """Wait for the ingest; say whether it outlasted the phase and how it ended."""
    still = ingest.poll() is None
    _, err = ingest.communicate()
    tail = f", {err.decode(errors='replace')[-300:]}" if ingest.returncode else ""
    print(f"ingest of {articles} articles: "
          f"{'still running at the end of the phase; ' if still else ''}"
          f"done after {time.monotonic() - started:.0f} s, exit {ingest.returncode}{tail}",
          flush=True)


def routes_for(db: Path) -> list[tuple[str, list[str]]]:
    """The four routes, with the shows and people of the seeded KB to pick from."""
    with SQLiteStore(db) as store:
        shows = [e.id for e in store.entities(EntityKind.SHOW)]
        people = [e.id for e in store.entities(EntityKind.PERSON)]
    return [("home", ["/"]), ("show page", [f"/shows/{s}" for s in shows]),
            ("person page", [f"/people/{p}" for p in people]),
            ("shows API", ["/api/v1/shows"])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000, help="articles in the KB at the start")
    ap.add_argument("--extra", type=int, default=1000, help="articles ingested under load")
    ap.add_argument("--readers", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=20.0, help="length of each phase")
    ap.add_argument("--timeout", type=float, default=30.0, help="per request, seconds")
    ap.add_argument("--workers", type=int, default=1, help="extraction processes of the ingest")
    ap.add_argument("--ingest-nice", type=int, default=10,
                    help="the ingest's CPU priority (tellytrack ingest --nice; 0: as the server)")
    ap.add_argument("--serve-workers", type=int, default=1,
                    help="server processes (tellytrack serve --workers)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="tellytrack-readers-", dir="/tmp") as name:
        tmp = Path(name)
        archive, base, extra, db = (tmp / n for n in ("all.jsonl", "base.jsonl",
                                                      "extra.jsonl", "kb.db"))
        build_archive(archive, args.articles + args.extra)
        split_archive(archive, base, extra, args.articles)
        t0 = time.monotonic()
        subprocess.run([str(BIN), "ingest", str(base), "--db", str(db)], check=True,
                       capture_output=True)
        print(f"seed KB: {args.articles} articles in {time.monotonic() - t0:.0f} s; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
        routes, port = routes_for(db), free_port()
        server = start_server(db, port, tmp / "serve.log", args.serve_workers)
        try:
            ingest = subprocess.Popen(
                [str(BIN), "ingest", str(extra), "--db", str(db), "--workers",
                 str(args.workers), "--nice", str(args.ingest_nice)],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            t0, meter = time.monotonic(), CpuMeter(server.pid, ingest.pid)
            during = asyncio.run(run_phase(port, routes, args.readers, args.seconds,
                                           args.timeout))
            during.report(f"during the ingest ({args.readers} readers, load average "
                          f"{os.getloadavg()[0]:.1f})", time.monotonic() - t0)
            print(meter.report(), flush=True)
            finish(ingest, args.extra, t0)
            routes, t0 = routes_for(db), time.monotonic()  # ids the ingest merged away 404
            meter = CpuMeter(server.pid, None)
            after = asyncio.run(run_phase(port, routes, args.readers, args.seconds,
                                          args.timeout))
            after.report(f"after the ingest ({args.readers} readers, load average "
                         f"{os.getloadavg()[0]:.1f})", time.monotonic() - t0)
            print(meter.report(), flush=True)
        finally:
            stop(server)
        log = (tmp / "serve.log").read_text(errors="replace").strip().splitlines()
        print(f"server log: {len(log)} lines" + (f", last: {log[-1][:200]}" if log else ""))


if __name__ == "__main__":
    main()
