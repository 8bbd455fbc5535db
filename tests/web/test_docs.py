"""docs/web.md keeps up with the web settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tellytrack.settings import Setting
from tellytrack.web.settings import WEB_SETTINGS

DOC = Path(__file__).parents[2] / "docs" / "web.md"


@pytest.mark.parametrize("setting", WEB_SETTINGS, ids=lambda s: s.env)
def test_every_web_setting_is_documented(setting: Setting) -> None:
    """Each web setting appears in docs/web.md's table with its default and help."""
    assert f"| `{setting.env}` | `{setting.default}` | {setting.help} |" in DOC.read_text(
        encoding="utf-8")
