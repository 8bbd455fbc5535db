"""Shared fixtures: the bundled sample files and a writer for small JSONL inputs."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

SAMPLES = Path(str(resources.files("tellytrack") / "samples"))


@pytest.fixture
def sample_articles() -> Path:
    """The bundled sample articles (15 invented articles, one syndicated copy)."""
    return SAMPLES / "articles.jsonl"


@pytest.fixture
def sample_gold() -> Path:
    """Hand-made SPEC gold facts for the sample articles."""
    return SAMPLES / "gold.jsonl"


@pytest.fixture
def write_jsonl(tmp_path: Path) -> Callable[[str, list[Any]], Path]:
    """Write records (dicts as JSON, strings verbatim) one per line into tmp_path/name."""

    def write(name: str, records: list[Any]) -> Path:
        path = tmp_path / name
        lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    return write
