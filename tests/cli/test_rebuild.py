"""`tellytrack rebuild`: the whole KB resolved again, the same as the ingest left it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tellytrack.cli.main import cli
from tellytrack.store.sqlite import SQLiteStore


def test_rebuild_gives_what_the_ingests_left(tmp_path: Path, sample_articles: Path) -> None:
    """Two ingests (the second resolves only what it reaches), then a rebuild: same entities,
    names and links, and the figures it prints."""
    db = str(tmp_path / "kb.db")
    lines = sample_articles.read_text(encoding="utf-8").splitlines()
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(lines[: len(lines) // 2]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[len(lines) // 2:]) + "\n", encoding="utf-8")
    runner = CliRunner()
    for path in (first, second):
        assert runner.invoke(cli, ["ingest", str(path), "--db", db]).exit_code == 0
    with SQLiteStore(db) as store:
        before = (store.entities(), sorted(store.names()),
                  [(sf.show_id, sf.actor_id, sf.character_id) for sf in store.facts()])
    result = runner.invoke(cli, ["rebuild", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    with SQLiteStore(db) as store:
        assert (store.entities(), sorted(store.names()),
                [(sf.show_id, sf.actor_id, sf.character_id) for sf in store.facts()]) == before
        assert out["facts"] == store.fact_count() and out["entities"] == len(before[0]) > 0


def test_rebuild_needs_a_kb(tmp_path: Path) -> None:
    """A mistyped --db is an error, not a new empty KB."""
    result = CliRunner().invoke(cli, ["rebuild", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no knowledge base" in result.output
