"""Without --db the demo and your own news go to different knowledge bases (issue 17 part 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tellytrack.cli.main import cli
from tellytrack.settings import DB, DEMO_DB


def test_demo_and_your_news_do_not_mix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """demo builds ./tellytrack.db; ingest without --db writes ./tellytrack-news.db only."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(DB.env, raising=False)
    runner = CliRunner()
    demo = runner.invoke(cli, ["demo"])
    assert demo.exit_code == 0, demo.output
    assert f"serve --db {DEMO_DB}`" in demo.output
    news = tmp_path / "mine.jsonl"
    news.write_text(json.dumps({"id": "n1", "date": "2024-05-02", "text":
                                "Farhan Mirza has joined the cast of Dil Ki Dastak as Raghu."})
                    + "\n", encoding="utf-8")
    assert runner.invoke(cli, ["ingest", str(news)]).exit_code == 0
    assert (tmp_path / DB.default).exists() and DB.default != DEMO_DB
    counts = {name: json.loads(runner.invoke(cli, ["stats", "--json", "--db", name]).output)
              for name in (DEMO_DB, DB.default)}
    assert counts[DEMO_DB]["articles"] == 15 and counts[DB.default]["articles"] == 1
    mine = json.loads(runner.invoke(cli, ["stats", "--json"]).output)  # the default: your news
    assert mine["articles"] == 1


def test_ingest_batches_as_the_library_does() -> None:
    """The command's --batch-size default is the library's: a commit per 1,000 articles
    (docs/benchmarks.md: each commit writes every page its batch dirtied)."""
    from tellytrack.pipeline import BATCH_SIZE

    option = next(p for p in cli.commands["ingest"].params if p.name == "batch_size")
    assert option.default == BATCH_SIZE
