"""The core commands, run in-process with click's CliRunner on real SQLite files."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from tellytrack.cli.main import cli, register

GOOD = {"id": "g1", "date": "2024-02-01",
        "text": "Saath Chalenge: Riya Malhotra aka Meera returns to the sets after a break."}


def run(*args: str, input: str | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name: str) -> None:
    """--help must work for every command and show how to call it."""
    result = run(name, "--help")
    assert result.exit_code == 0, result.output
    assert f"tellytrack {name}" in result.output


def test_ingest_reports_failures_and_exits_1(
    tmp_path: Path, write_jsonl: Callable[[str, list[Any]], Path]
) -> None:
    """Scripts must see a failure: "item: message" on stderr, exit code 1, good rows kept."""
    path = write_jsonl("in.jsonl", [GOOD, "{broken"])
    db = tmp_path / "kb.db"
    result = run("ingest", str(path), "--db", str(db))
    assert result.exit_code == 1
    assert f"{path}:2: " in result.stderr
    assert "new" in result.stdout and "syndicated" in result.stdout
    assert json.loads(run("stats", "--db", str(db), "--json").stdout)["articles"] == 1


def test_ingest_from_stdin(tmp_path: Path) -> None:
    """"-" reads JSONL piped on standard input."""
    db = tmp_path / "kb.db"
    result = run("ingest", "-", "--db", str(db), input=json.dumps(GOOD) + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(run("stats", "--db", str(db), "--json").stdout)["articles"] == 1


def test_demo_then_stats_json(tmp_path: Path) -> None:
    """The demo builds the KB at --db; stats --json reports it with top-level counts."""
    db = tmp_path / "demo.db"
    result = run("demo", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "15 new" in result.stdout
    data = json.loads(run("stats", "--db", str(db), "--json").stdout)
    assert (data["articles"], data["stories"]) == (15, 14)
    assert run("demo", "--db", str(db)).stdout.startswith(
        f"Ingested the bundled samples into {db}: 15 read, 0 new, 15 already stored")


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """$TELLYTRACK_DB is the default KB when --db is not given."""
    monkeypatch.setenv("TELLYTRACK_DB", str(tmp_path / "env.db"))
    assert run("demo").exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_stats_on_missing_db_says_how_to_build_one(tmp_path: Path) -> None:
    """A mistyped --db must not silently create an empty KB."""
    result = run("stats", "--db", str(tmp_path / "nope.db"))
    assert result.exit_code == 1
    assert "tellytrack demo" in result.output
    assert not (tmp_path / "nope.db").exists()


def test_extract_writes_one_line_per_article(tmp_path: Path, sample_articles: Path) -> None:
    """extract keeps the input's ids, one SPEC line per article, in input order."""
    out = tmp_path / "pred.jsonl"
    result = run("extract", str(sample_articles), "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == [f"s{i:02d}" for i in range(1, 16)]
    assert all(isinstance(line["facts"], list) for line in lines)


def test_evaluate_prints_micro_f1_last(sample_articles: Path, sample_gold: Path) -> None:
    """The last line is the one number CI and people read: micro F1."""
    result = run("evaluate", str(sample_gold), "--articles", str(sample_articles))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].startswith("micro F1: ")
    as_json = json.loads(run("evaluate", str(sample_gold), "--articles", str(sample_articles),
                             "--json").stdout)
    assert as_json["types"]["all"]["fn"] + as_json["types"]["all"]["tp"] == 71


def test_evaluate_prints_several_gold_files_side_by_side(
        sample_articles: Path, sample_gold: Path, tmp_path: Path) -> None:
    """Two gold files give one F1 column each; the articles file of each is named in
    order or found by the shared layout (eval/NAME.gold.jsonl -> corpus/NAME.jsonl)."""
    (tmp_path / "eval").mkdir()
    (tmp_path / "corpus").mkdir()
    gold = tmp_path / "eval" / "copy.gold.jsonl"
    gold.write_text(sample_gold.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "corpus" / "copy.jsonl").write_text(
        sample_articles.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("evaluate", str(sample_gold), str(gold), "--articles", str(sample_articles),
                 "--articles", str(tmp_path / "corpus" / "copy.jsonl"))
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["gold", "copy"]
    micro = next(r for r in rows if r.startswith("micro F1"))
    assert micro.split()[-1] == micro.split()[-2]  # the same articles and gold: the same F1
    found = run("evaluate", str(gold))  # articles found by the layout
    assert found.exit_code == 0, found.output
    assert found.stdout.splitlines()[-1] == f"micro F1: {micro.split()[-1]}"


def test_evaluate_rejects_unpaired_articles(sample_gold: Path, sample_articles: Path) -> None:
    """Two gold files with one --articles: say how to pair them."""
    result = run("evaluate", str(sample_gold), str(sample_gold), "--articles",
                 str(sample_articles))
    assert result.exit_code == 2 and "one --articles per gold file" in result.output


def test_register_adds_commands_and_skips_missing_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Command modules plug in through COMMANDS; a module not written yet is skipped."""
    (tmp_path / "tt_extra_cmds.py").write_text(
        "import click\n\n@click.command()\ndef hello():\n    'Say hi.'\n\nCOMMANDS = [hello]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    group = click.Group()
    register(group, ("tt_no_such_module", "tt_extra_cmds"))
    assert list(group.commands) == ["hello"]
    sys.modules.pop("tt_extra_cmds", None)


def test_register_does_not_hide_a_broken_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A module that exists but fails to import must fail loudly, not vanish from --help."""
    (tmp_path / "tt_broken_cmds.py").write_text("import tt_missing_dependency\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError):
        register(click.Group(), ("tt_broken_cmds",))


def test_train_names_the_missing_train_files(tmp_path: Path) -> None:
    """A shared folder without the train files: the error lists what is missing."""
    result = run("train", "--shared", str(tmp_path))
    assert result.exit_code == 1 and "lacks the train files" in result.output
    assert "corpus/dev.jsonl" in result.output and "eval/pool.gold.jsonl" in result.output


def test_train_takes_one_scoring_at_a_time(tmp_path: Path) -> None:
    """--cv and --resampled together: a usage error naming both, nothing trained."""
    result = run("train", "--shared", str(tmp_path), "--cv", "--resampled", "2")
    assert result.exit_code == 2 and "--cv and --resampled" in result.output


def test_ingest_nice_runs_the_ingest_at_a_lower_priority(
    tmp_path: Path, write_jsonl: Callable[[str, list[Any]], Path]
) -> None:
    """--nice lowers the ingest's own priority (its own process: os.nice cannot be undone)
    and the articles are stored as without it."""
    import subprocess

    path = write_jsonl("in.jsonl", [GOOD])
    db = tmp_path / "kb.db"
    probe = ("import os, sys\nfrom tellytrack.cli.main import cli\n"
             "try:\n    cli.main(sys.argv[1:], standalone_mode=False)\n"
             "finally:\n    print('niceness', os.nice(0))\n")
    done = subprocess.run([sys.executable, "-c", probe, "ingest", str(path), "--db", str(db),
                           "--workers", "1", "--nice", "7"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"niceness {min(os.nice(0) + 7, 19)}" in done.stdout
    assert run("shows", "--db", str(db)).output.count("Saath Chalenge") == 1
