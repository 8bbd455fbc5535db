"""A real SQLite knowledge base built through the pipeline from invented articles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tellytrack.pipeline import ingest_paths
from tellytrack.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    """The eleven invented articles in fixtures/articles.jsonl, ingested once per module."""
    store = SQLiteStore(tmp_path_factory.mktemp("qa") / "kb.db")
    report = ingest_paths(store, [FIXTURES / "articles.jsonl"])
    assert report.new == 11
    yield store
    store.close()
