"""The CLI starts fast: a command imports only what it uses (issue 17: --version under 0.3 s).

Each check runs the command in a fresh interpreter and lists the heavy
libraries it left in ``sys.modules``; timing itself is measured in
docs/benchmarks.md, not here (a loaded CI machine would make it flaky).
"""

from __future__ import annotations

import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest

from tellytrack.cli.main import COMMAND_MODULES, cli

HEAVY = ("datasketch", "scipy", "trafilatura", "feedparser", "fastapi", "uvicorn", "networkx",
         "sklearn", "rich.progress", "tellytrack.pipeline")
PROBE = """
import sys
from tellytrack.cli.main import cli
try:
    cli(sys.argv[1:], prog_name="tellytrack")
except SystemExit:
    pass
heavy = {heavy!r}
print("HEAVY:", *sorted(m for m in heavy if m in sys.modules))
"""


def loaded(*args: str) -> set[str]:
    """The heavy modules a command leaves imported."""
    done = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
                          capture_output=True, text=True, check=True)
    return set(done.stdout.splitlines()[-1].split()[1:])


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "kb.db"
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["demo", "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_every_listed_command_is_in_its_module() -> None:
    """COMMAND_MODULES names each module's commands, so the lazy group finds them all."""
    for module, names in COMMAND_MODULES.items():
        assert tuple(c.name for c in import_module(module).COMMANDS) == names


def test_version_imports_nothing_heavy() -> None:
    assert loaded("--version") == set()


@pytest.mark.parametrize("args", [("stats",), ("cast", "Saath Chalenge"),
                                  ("ratings", "Kesar Ki Kahani"), ("rumours",),
                                  ("export", "--format", "json")])
def test_read_commands_import_nothing_heavy(kb: Path, args: tuple[str, ...]) -> None:
    assert loaded(*args, "--db", str(kb)) == set()


def test_ingest_of_jsonl_imports_no_page_or_feed_reader(kb: Path, tmp_path: Path) -> None:
    """Ingest needs the pipeline and its progress bar; a JSONL file needs neither
    trafilatura nor feedparser (0.8 s of a one-article ingest's start)."""
    empty = tmp_path / "none.jsonl"
    empty.write_text("", encoding="utf-8")
    heavy = loaded("ingest", str(empty), "--db", str(kb))
    assert {"tellytrack.pipeline", "rich.progress"} <= heavy
    assert not heavy & {"trafilatura", "feedparser"}


def test_ingest_of_a_page_imports_its_reader(kb: Path, tmp_path: Path) -> None:
    """The probe can see a lazy import: an HTML page brings trafilatura in."""
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Nothing new today.</p></body></html>", encoding="utf-8")
    assert "trafilatura" in loaded("ingest", str(page), "--db", str(kb))
