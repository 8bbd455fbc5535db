"""The ingest pipeline: idempotent re-ingest, syndication, failures that cost one item."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tellytrack import pipeline
from tellytrack.model import Article, Fact
from tellytrack.store import SQLiteStore

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
