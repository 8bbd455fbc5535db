"""The ingest pipeline: idempotent re-ingest, syndication, failures that cost one item."""

from __future__ import annotations

import gc
import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tellytrack import pipeline
from tellytrack.ingest.dedup import band_numbers_of, signature
from tellytrack.model import Article, Fact
from tellytrack.store import Incoming, SQLiteStore

GOOD = {"id": "g1", "date": "2024-02-01", "outlet": "tellybuzz.example",
        "text": "Saath Chalenge: Riya Malhotra aka Meera returns to the sets after a break."}
OTHER = {"id": "g2", "date": "2024-02-03", "outlet": "soapwatch.example",
         "text": "Pyaar Ki Dor: Kabir Sethi, who plays Arjun, shoots a wedding scene in Udaipur."}


def test_samples_ingest_and_reingest_changes_nothing(tmp_path: Path, sample_articles: Path) -> None:
    """Re-reading the same archive must not add, change or double anything."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        first = pipeline.ingest_paths(store, [sample_articles])
        assert (first.read, first.new, first.syndicated, first.failed) == (15, 15, 1, [])
        before = store.stats()
        facts_before = store.facts()
        again = pipeline.ingest_paths(store, [sample_articles])
        assert (again.read, again.new, again.duplicate, again.facts) == (15, 0, 15, 0)
        assert store.stats() == before
        assert store.facts() == facts_before


def test_syndicated_sample_shares_story(tmp_path: Path, sample_articles: Path) -> None:
    """The sample's near-copy (s05 of s04) joins the original's story."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        pipeline.ingest_paths(store, [sample_articles], batch_size=4)
        by_source = {a.source_id: a.id for a in store.articles(limit=100)}
        rows = dict(store.conn.execute("SELECT source_id, story_id FROM articles").fetchall())
        assert rows["s05"] == by_source["s04"]
        assert store.stats()["stories"] == 14


def test_bad_items_are_named_and_the_rest_ingested(
    tmp_path: Path, write_jsonl: Callable[[str, list[Any]], Path]
) -> None:
    """A broken line and an empty article are reported by file:line; good lines are kept."""
    path = write_jsonl("mixed.jsonl", [GOOD, "{not json", {"id": "e", "text": ""}, OTHER])
    with SQLiteStore(tmp_path / "kb.db") as store:
        report = pipeline.ingest_paths(store, [path], batch_size=2)
        assert (report.read, report.new) == (4, 2)
        assert sorted(f.item for f in report.failed) == [f"{path}:2", f"{path}:3"]
        assert store.stats()["articles"] == 2


def test_extraction_error_costs_one_article(
    tmp_path: Path, write_jsonl: Callable[[str, list[Any]], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An extractor crash on one article names it; the other articles are stored."""
    real = pipeline.extract_facts

    def crash_on_pyaar(article: Article) -> list[Fact]:
        if "Pyaar Ki Dor" in article.text:
            raise RuntimeError("extractor bug")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_facts", crash_on_pyaar)
    path = write_jsonl("two.jsonl", [GOOD, OTHER])
    with SQLiteStore(tmp_path / "kb.db") as store:
        report = pipeline.ingest_paths(store, [path])
        assert report.new == 1
        assert [f.item for f in report.failed] == [f"{path}:2"]
        assert "extractor bug" in report.failed[0].message


def test_failing_batch_keeps_the_innocent_articles(
    tmp_path: Path, write_jsonl: Callable[[str, list[Any]], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fact the store rejects rolls its batch back; the retry keeps all other articles."""

    def bad_fact_for_pyaar(article: Article) -> list[Fact]:
        confidence = 7.0 if "Pyaar Ki Dor" in article.text else 0.5  # violates a CHECK
        return [Fact("show_info", "Some Show", field="channel", value="Star Plus",
                     confidence=confidence)]

    monkeypatch.setattr(pipeline, "extract_facts", bad_fact_for_pyaar)
    path = write_jsonl("two.jsonl", [GOOD, OTHER])
    with SQLiteStore(tmp_path / "kb.db") as store:
        report = pipeline.ingest_paths(store, [path])
        assert (report.new, report.facts) == (1, 1)
        assert [f.item for f in report.failed] == [f"{path}:2"]
        assert report.failed[0].message.startswith("not stored:")
        assert store.stats()["articles"] == 1


def variants(sample_articles: Path, copies: int) -> list[dict[str, Any]]:
    """The invented samples ``copies`` times, each copy distinct by a closing line."""
    records = [json.loads(line) for line in sample_articles.read_text().splitlines()]
    return [dict(r, id=f"{r['id']}-{n}", text=f"{r['text']}\nArchive note {n}.")
            for n in range(copies) for r in records]


def kb_dump(store: SQLiteStore) -> dict[str, Any]:
    """What a KB holds, row ids aside: articles with their stories, facts, entities."""
    def rows(sql: str) -> list[str]:
        return sorted(json.dumps(list(r)) for r in store.conn.execute(sql))
    fact_cols = [r[1] for r in store.conn.execute("PRAGMA table_info(facts)") if r[1] != "id"]
    return {"articles": rows("SELECT id, story_id, signature IS NOT NULL FROM articles"),
            "facts": rows(f"SELECT {', '.join(fact_cols)} FROM facts"),
            "entities": rows("SELECT id, kind, name, show_id FROM entities")}


@pytest.mark.slow
def test_two_workers_store_what_one_stores(
    tmp_path: Path, sample_articles: Path, write_jsonl: Callable[[str, list[Any]], Path]
) -> None:
    """Extraction in a pool changes nothing: same facts, same copies linked, same entities."""
    path = write_jsonl("archive.jsonl", [*variants(sample_articles, 6), "{broken"])
    dumps, reports = [], []
    for workers in (1, 2):
        with SQLiteStore(tmp_path / f"kb{workers}.db") as store:
            report = pipeline.ingest_paths(store, [path], batch_size=20, workers=workers)
            dumps.append(kb_dump(store))
            reports.append(report.as_dict())
    assert reports[0] == reports[1]
    assert (reports[0]["new"], len(reports[0]["failed"])) == (90, 1)
    assert reports[0]["syndicated"] > 0  # the copies of s04/s05 are linked in both runs
    assert dumps[0] == dumps[1]


@pytest.mark.slow
def test_a_worker_exception_costs_its_article(tmp_path: Path) -> None:
    """An article the extractor chokes on in a worker is named; its batch is stored."""
    good = [Article.create(f"Saath Chalenge: Riya Malhotra aka Meera returns, part {n}.",
                           origin=f"in:{n}") for n in range(pipeline.POOL_MIN)]
    bad = Article(id="bad0000000000000", text=None, origin="in:bad")  # type: ignore[arg-type]
    with SQLiteStore(tmp_path / "kb.db") as store:
        report = pipeline.ingest_items(store, [*good[:20], bad, *good[20:]], workers=2)
        assert report.new == pipeline.POOL_MIN
        assert [f.item for f in report.failed] == ["in:bad"]
        assert report.failed[0].message.startswith("extraction failed (TypeError")


def descendants(pid: int) -> set[int]:
    """Every process under ``pid`` (Linux /proc), e.g. a pool's fork server and workers."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    """Whether the process runs (a zombie waiting for its parent does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_a_stopped_ingest_leaves_no_workers_and_a_rerun_completes(
    tmp_path: Path, sample_articles: Path, write_jsonl: Callable[[str, list[Any]], Path],
    sig: signal.Signals,
) -> None:
    """Ctrl-C or kill -9 mid-ingest: the command ends, its workers (and their fork server)
    too, not left waiting forever; a re-run completes the KB."""
    path = write_jsonl("archive.jsonl", variants(sample_articles, 20))
    db = tmp_path / "kb.db"
    cmd = [str(Path(sys.executable).parent / "tellytrack"), "ingest", str(path), "--db", str(db),
           "--batch-size", str(pipeline.POOL_MIN), "--workers", "2"]
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stored = 0
    while stored == 0 and child.poll() is None:
        time.sleep(0.1)
        with sqlite3.connect(db) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "articles" in tables:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    workers = descendants(child.pid)
    child.send_signal(sig)
    child.communicate(timeout=30)
    assert child.returncode != 0 and 0 < stored < 300  # stopped before the end
    assert workers  # the pool had started
    deadline = time.monotonic() + 10
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in workers if alive(p)]
    subprocess.run(cmd, check=True, capture_output=True)
    with SQLiteStore(tmp_path / "clean.db") as clean:
        pipeline.ingest_paths(clean, [path], batch_size=pipeline.POOL_MIN)
        expected = kb_dump(clean)
    with SQLiteStore(db) as store:
        assert kb_dump(store) == expected


def test_a_long_ingest_resolves_as_it_goes_to_the_same_kb(tmp_path: Path, sample_articles: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """An ingest resolves after every RESOLVE_EVERY stored articles (bounded memory) and at
    its end; the KB is the one a single resolution at the end makes (each resolution
    that writes raises the KB's version: more of them, a higher one)."""
    def kb(path: Path) -> tuple[tuple[Any, ...], int]:
        with SQLiteStore(path) as store:
            pipeline.ingest_paths(store, [sample_articles], batch_size=2)
            links = sorted((sf.article_id, repr(sf.fact.key()), sf.show_id, sf.actor_id,
                            sf.character_id) for sf in store.facts())
            return ((sorted(store.entities(), key=lambda e: e.id), sorted(store.names()), links,
                     store.resolution_pending()), store.version())

    once, version_once = kb(tmp_path / "once.db")
    monkeypatch.setattr(pipeline, "RESOLVE_EVERY", 3)
    often, version_often = kb(tmp_path / "often.db")
    assert often == once
    assert version_often >= version_once + 3  # 15 articles: resolved after 4, 8, 12 and 15


@pytest.mark.parametrize("enabled", [True, False])
def test_a_resolution_runs_with_the_cycle_collector_paused(
        tmp_path: Path, sample_articles: Path, monkeypatch: pytest.MonkeyPatch,
        enabled: bool) -> None:
    """The writer's resolutions run with Python's cycle collector paused (they make no
    cycles, and its passes over their objects cost a fifth of the writer's CPU), the
    rest of an ingest with it run less often, and both leave it as they found it."""
    seen: list[tuple[bool, int]] = []
    resolve_new = pipeline.resolve_new
    thresholds = gc.get_threshold()

    def spy(store: SQLiteStore) -> str:
        seen.append((gc.isenabled(), gc.get_threshold()[0]))
        return resolve_new(store)

    monkeypatch.setattr(pipeline, "resolve_new", spy)
    monkeypatch.setattr(pipeline, "RESOLVE_EVERY", 10)  # one resolution amid the ingest
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with SQLiteStore(tmp_path / "kb.db") as store:
            pipeline.ingest_paths(store, [sample_articles], batch_size=5)
        assert seen == [(False, pipeline.WRITER_GC_THRESHOLD), (False, thresholds[0])]
        assert gc.isenabled() is enabled and gc.get_threshold() == thresholds
    finally:
        (gc.enable if was else gc.disable)()


def test_extraction_gives_each_facts_typing_cue(sample_articles: Path) -> None:
    """The facts' typing cues are computed with the facts, where the article is
    extracted (a worker), not by the one writer: each fact's ``fact_cues``."""
    from tellytrack.ingest import read_paths
    from tellytrack.resolve.cues import fact_cues

    typed = 0
    for article in read_paths([str(sample_articles)]):
        assert isinstance(article, Article)
        extracted = pipeline.extract_article(article)
        assert not isinstance(extracted, str)
        facts, sig, cues, numbers = extracted
        assert numbers == band_numbers_of(sig)
        assert cues == [fact_cues(f) for f in facts]
        typed += sum(c > 0 for c in cues)
    assert typed  # some sentence types its show or actor


def test_a_chunk_numbers_its_band_keys_at_once() -> None:
    """A worker's chunk gets its articles' band numbers from one numbering of all their
    keys (``extract_chunk``): each article's own (``band_numbers_of``), in order, an
    article whose extraction failed between two others taking none of theirs."""
    good = [Article.create(f"Saath Chalenge: Riya Malhotra aka Meera returns, part {n}.")
            for n in range(3)]
    bad = Article(id="bad0000000000000", text=None)  # type: ignore[arg-type]
    chunk = pipeline.extract_chunk([good[0], bad, good[1], good[2]])
    assert isinstance(chunk[1], str) and chunk[1].startswith("extraction failed")
    for article, made in zip(good, [chunk[0], *chunk[2:]], strict=True):
        assert made == pipeline.extract_article(article)
        assert not isinstance(made, str) and made[3] == band_numbers_of(made[1])
        assert made[1] == signature(article.text)


def test_a_batch_reads_its_stored_near_duplicates_at_once(tmp_path: Path,
                                                          sample_articles: Path) -> None:
    """``stored_near`` answers each article's band keys as the store's own lookup does
    (the sample holds a near copy: s05 of s04), with one read for the batch."""
    from tellytrack.ingest import read_paths
    from tellytrack.ingest.dedup import band_keys, signature

    articles = [a for a in read_paths([str(sample_articles)]) if isinstance(a, Article)]
    with SQLiteStore(tmp_path / "kb.db") as store:
        pipeline.ingest_items(store, articles[:len(articles) // 2 + 1])
        sigs = [signature(a.text) for a in articles]
        calls: list[int] = []
        read = store.filed_under

        def counted(numbers: Any) -> Any:
            calls.append(len(numbers))
            return read(numbers)

        store.filed_under = counted  # type: ignore[method-assign]
        lookup = pipeline.stored_near(store, [([], s, [], band_numbers_of(s)) for s in sigs])
        assert calls == [len({n for s in sigs for n in band_numbers_of(s)})]
        found = 0
        for sig in sigs:
            expected = sorted(store.near_duplicates(band_keys(sig)))
            assert sorted(lookup(sig, band_numbers_of(sig))) == expected
            found += len(expected)
        assert found > len(articles) // 2  # each stored article finds itself at least


def test_a_shared_band_number_brings_no_candidate_to_the_batch(tmp_path: Path) -> None:
    """An article filed under the number of another article's band key (as if the two
    keys' numbers collided, store.base.band_number) is read for the batch but is no
    candidate of that key: its signature does not hold the key's hash values
    (``dedup.sharing``); a lookup answers as if the numbers were the keys."""
    from tellytrack.ingest.dedup import band_keys, signature

    texts = ["Riya Malhotra joins Kesar Ki Kahani as Meera, the makers said on Monday.",
             "Pyaar Ki Dor will take a leap of ten years after the wedding, sources said."]
    arts = [Article.create(t) for t in texts]
    sa, sb = (signature(t) for t in texts)
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([Incoming(a, [], signature=s, band_numbers=band_numbers_of(s))
                         for a, s in zip(arts, (sa, sb), strict=True)])
        (n,) = [r[0] for r in store.conn.execute(
            "SELECT n FROM near_duplicate_articles WHERE article_id = ?", (arts[1].id,))]
        number = band_numbers_of(sa)[0]
        store.conn.execute("INSERT INTO near_duplicate_keys (key, article) VALUES (?, ?)",
                           (number, n))  # b filed under a's first key's number
        assert {a for _, a, _ in store.filed_under([number])} == {arts[0].id, arts[1].id}
        lookup = pipeline.stored_near(store, [([], sa, [], band_numbers_of(sa))])
        assert dict(lookup(sa, band_numbers_of(sa)[:1])) == {arts[0].id: sa}
        assert sorted(lookup(sa, band_numbers_of(sa))) == store.near_duplicates(band_keys(sa))


def test_a_worker_extracts_its_chunk_with_the_collector_paused(sample_articles: Path) -> None:
    """A pool's task (``extract_chunk_in_worker``) gives ``extract_chunk``'s answers and
    leaves the collector as it found it (on stays on, paused stays paused). What a chunk
    leaves for the collector is freed by its next pass: after many chunks, a collection
    leaves no more objects tracked than after the first (nothing kept, nothing
    uncollectable)."""
    from tellytrack.ingest import read_paths

    articles = [a for a in read_paths([str(sample_articles)]) if isinstance(a, Article)][:8]
    assert pipeline.extract_chunk_in_worker(articles) == pipeline.extract_chunk(articles)
    assert gc.isenabled()
    gc.disable()
    try:
        pipeline.extract_chunk_in_worker(articles[:1])
        assert not gc.isenabled()  # a collector found paused stays paused
    finally:
        gc.enable()
    pipeline.extract_chunk_in_worker(articles)
    gc.collect()
    first = len(gc.get_objects())
    for _ in range(5):
        pipeline.extract_chunk_in_worker(articles)
    gc.collect()
    assert not gc.garbage and len(gc.get_objects()) <= first + 100
