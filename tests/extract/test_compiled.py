"""The guard against compiled extraction modules built from other sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from tellytrack.extract import compiled


def _built(folder: Path) -> None:
    """A folder as an editable mypyc build leaves it: sources, a module, the stamp."""
    (folder / "__init__.py").write_text("")
    (folder / "shows.py").write_text("X = 1\n")
    (folder / "shows.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    (folder / "hi").mkdir()
    (folder / "hi" / "shows.py").write_text("Y = 1\n")
    (folder / compiled.STAMP).write_text(
        compiled.digest(compiled.sources(folder), folder) + "\n")


def test_current_build_is_accepted(tmp_path: Path) -> None:
    _built(tmp_path)
    compiled.check(tmp_path)


def test_source_edited_after_the_build_is_refused(tmp_path: Path) -> None:
    _built(tmp_path)
    (tmp_path / "shows.py").write_text("X = 2\n")
    with pytest.raises(ImportError, match="older sources"):
        compiled.check(tmp_path)


def test_new_module_after_the_build_is_refused(tmp_path: Path) -> None:
    _built(tmp_path)
    (tmp_path / "cast.py").write_text("")
    with pytest.raises(ImportError, match="pip install -e"):
        compiled.check(tmp_path)


def test_hindi_module_edited_after_the_build_is_refused(tmp_path: Path) -> None:
    """A module of the same name in ``hi/`` counts apart from the English one."""
    _built(tmp_path)
    (tmp_path / "hi" / "shows.py").write_text("Y = 2\n")
    with pytest.raises(ImportError, match="older sources"):
        compiled.check(tmp_path)


def test_pure_python_needs_no_stamp(tmp_path: Path) -> None:
    """No compiled module beside the sources: nothing can be stale."""
    _built(tmp_path)
    (tmp_path / "shows.cpython-311-x86_64-linux-gnu.so").unlink()
    (tmp_path / "shows.py").write_text("X = 3\n")
    compiled.check(tmp_path)


def test_package_init_and_guard_stay_python() -> None:
    """They run before any compiled module loads, so they are never compiled."""
    paths = {p.relative_to(compiled.HERE).as_posix() for p in compiled.sources()}
    assert "__init__.py" not in paths and "compiled.py" not in paths
    assert {"shows.py", "names.py", "document.py", "hi/text.py", "hi/__init__.py"} <= paths
