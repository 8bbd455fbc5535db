"""`tellytrack shows` and `tellytrack people`: tables and --json over the query listings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from query.build import KB, cast

from tellytrack.cli.main import cli

SNS = "Saath Nibhana Saathiya 2"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    kb = KB(tmp_path / "kb.db")
    kb.add("2024-01-05", "a.example", cast(SNS, "Riya Malhotra", "Meera"))
    kb.add("2024-02-06", "b.example", cast("Kesar Ki Kahani", "Aman Verma", "Dev"))
    kb.store.close()
    return tmp_path / "kb.db"


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.output


def test_shows_table_and_json(db: Path) -> None:
    """The table names every show; --json rows carry id, name, aliases and status."""
    out = run(db, "shows")
    assert SNS in out and "Kesar Ki Kahani" in out and "2 shows" in out
    rows = json.loads(run(db, "shows", "--json"))
    assert {r["name"] for r in rows} == {SNS, "Kesar Ki Kahani"}
    assert {"id", "name", "aliases", "status"} <= set(rows[0])


def test_shows_search_by_initials(db: Path) -> None:
    rows = json.loads(run(db, "shows", "--search", "SNS", "--json"))
    assert [r["name"] for r in rows] == [SNS]


def test_people_table_json_and_search(db: Path) -> None:
    out = run(db, "people")
    assert "Aman Verma" in out and "Riya Malhotra" in out and "2 people" in out
    rows = json.loads(run(db, "people", "--search", "अमन वर्मा", "--json"))
    assert [(r["name"], r["status"], r["shows"]) for r in rows] == [
        ("Aman Verma", "confirmed", ["Kesar Ki Kahani"])]


def test_known_by_leaves_later_shows_out(db: Path) -> None:
    rows = json.loads(run(db, "shows", "--known-by", "2024-01-31", "--json"))
    assert [r["name"] for r in rows] == [SNS]
