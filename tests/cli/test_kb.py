"""The knowledge-base commands: thin over the query API, text and --json agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from query.build import KB, cast, change

from tellytrack.cli.main import cli
from tellytrack.model import Fact

SHOW = "Kesar Ki Kahani"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A KB with a denied-then-confirmed replacement, ratings with a conflict, events."""
    kb = KB(tmp_path / "kb.db")
    kb.add("2023-01-05", "a.example", cast(SHOW, "Riya Malhotra", "Meera"),
           Fact("rating", SHOW, rank=2, week="2023-W01"))
    kb.add("2023-02-01", "b.example", change(SHOW, "Riya Malhotra", "exit", "reported"),
           Fact("rating", SHOW, rank=3, week="2023-W01"))
    kb.add("2023-02-10", "c.example", change(SHOW, "Riya Malhotra", "exit", "denied"),
           Fact("event", SHOW, kind="wedding", status="upcoming", characters=("Meera",)))
    kb.add("2023-03-10", "d.example", change(SHOW, "Riya Malhotra", "exit", "confirmed", "Meera"),
           change(SHOW, "Nisha Rao", "entry", "confirmed", "Meera"),
           Fact("rating", SHOW, rank=1, week="2023-W09"))
    kb.store.close()
    return tmp_path / "kb.db"


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.output


def test_cast_as_of(db: Path) -> None:
    """--as-of before the replacement shows Riya with "since at least"; after it, Nisha."""
    before = run(db, "cast", "kesar ki kahaani", "--as-of", "2023-02-15")
    assert "Riya Malhotra" in before.split("Former:")[0]
    assert "since at least 2023-01-05" in before
    after = run(db, "cast", SHOW, "--as-of", "2023-03")
    assert "Nisha Rao" in after.split("Former:")[0]
    assert "replaced by Nisha Rao" in after


def test_cast_json_is_the_query_dict(db: Path) -> None:
    """--json prints CastReport.to_dict()."""
    data = json.loads(run(db, "cast", SHOW, "--json"))
    assert [t["actor"] for t in data["current"]] == ["Nisha Rao"]
    assert data["former"][0]["sources"][0]["outlet"] == "a.example"


def test_rumours_history(db: Path) -> None:
    """The claim is listed as settled with its dated steps and the contradiction."""
    out = run(db, "rumours", SHOW)
    assert "Riya Malhotra exit as Meera (Kesar Ki Kahani): CONFIRMED" in out
    assert "2023-02-10  denied" in out
    assert "! reported 2023-02-01 (b.example), denied by Riya Malhotra 2023-02-10 (c.example), " \
           "confirmed 2023-03-10 (d.example)" in out
    known = json.loads(run(db, "rumours", "--known-by", "2023-02-05", "--json"))
    assert [c["state"] for c in known] == ["reported"]


def test_ratings_table_and_sparkline(db: Path) -> None:
    """Weeks in order, the conflicting week flagged, a sparkline of ranks."""
    out = run(db, "ratings", SHOW)
    assert "conflicting reports" in out.splitlines()[2]
    assert out.splitlines()[4].startswith("rank   ")


def test_timeline_and_person(db: Path) -> None:
    """Timeline lists the promo as upcoming; person lists the role and its end."""
    assert "upcoming    wedding" in run(db, "timeline", SHOW)
    out = run(db, "person", "Riya")
    assert "Kesar Ki Kahani: Meera — since at least 2023-01-05 until 2023-03-10" in out


def test_unknown_show_says_what_to_try(db: Path) -> None:
    """A misspelt show fails with suggestions instead of an empty table."""
    near = CliRunner().invoke(cli, ["cast", "Kesar Ki", "--db", str(db)])
    assert near.exit_code == 1 and "did you mean: Kesar Ki Kahani?" in near.output
    bad = CliRunner().invoke(cli, ["cast", "Zindagi Express", "--db", str(db)])
    assert bad.exit_code == 1 and "no show matches 'Zindagi Express'" in bad.output


def test_bad_date_explains_format(db: Path) -> None:
    """A malformed date names the accepted forms."""
    bad = CliRunner().invoke(cli, ["cast", SHOW, "--as-of", "March", "--db", str(db)])
    assert bad.exit_code == 2 and "2023-12-31, 2023-12 or 2023" in bad.output
