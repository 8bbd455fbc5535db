"""The docs keep up with the code: every command and setting is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tellytrack.cli.main import cli
from tellytrack.settings import SETTINGS, Setting

DOCS = Path(__file__).parents[2] / "docs"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_cli_docs(name: str) -> None:
    """A command nobody can read about does not exist for users."""
    assert f"## `tellytrack {name}" in (DOCS / "cli.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.env)
def test_every_setting_is_in_store_docs(setting: Setting) -> None:
    """Each environment setting appears in the settings table with its default."""
    text = (DOCS / "store.md").read_text(encoding="utf-8")
    assert f"| `{setting.env}` | `{setting.default}` |" in text
