"""The ``kb`` fixture: an empty knowledge base in a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from query.build import KB


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KB]:
    """An empty knowledge base in a real SQLite file."""
    k = KB(tmp_path / "kb.db")
    yield k
    k.store.close()
