"""Build hook: compile the extraction engine with mypyc (pyproject.toml holds the rest).

Why: extraction is pure, fully typed Python (mypy --strict); mypyc turns the same
modules into C extensions that run faster (docs/benchmarks.md has the figures).
Same source, same behaviour; the tests run on the compiled modules.

- ``TELLYTRACK_PURE=1`` builds pure Python (no C compiler needed) and removes the
  compiled modules an earlier editable build left in ``src/``. A machine without a
  working C compiler or Python headers gets pure Python too, with a warning.
- An editable install compiles in place and records the sources' digest
  (``src/tellytrack/extract/compiled.py`` checks it at import); when the sources
  have not changed since, the rebuild is skipped.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CCompilerError, ExecError, PlatformError

EXTRACT = Path("src/tellytrack/extract")
GROUP = "tellytrack_extract"  # names the shared library every compiled module links to
BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel"}


def _load_compiled() -> ModuleType:
    """``tellytrack.extract.compiled``, read by path (the package is not installed yet)."""
    spec = importlib.util.spec_from_file_location("_compiled", EXTRACT / "compiled.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


compiled = _load_compiled()
STAMP = EXTRACT / compiled.STAMP


def in_place_files() -> list[Path]:
    """What an editable build leaves in ``src/``: the modules, their library, the stamp."""
    return [*compiled.compiled_modules(EXTRACT), *Path("src").glob(f"{GROUP}__mypyc*.so"), STAMP]


def in_place_is_current() -> bool:
    """An editable build whose in-place modules came from today's sources."""
    sources = compiled.sources(EXTRACT)
    return (
        "editable_wheel" in sys.argv
        and STAMP.exists()
        and STAMP.read_text().strip() == compiled.digest(sources, EXTRACT)
        and len(compiled.compiled_modules(EXTRACT)) == len(sources)
    )


class CompileOrFallBack(build_ext):
    """build_ext that records which sources in-place modules were compiled from, and
    leaves pure Python when the C compiler fails (slower, same results)."""

    def run(self) -> None:
        try:
            super().run()
        except (CCompilerError, ExecError, PlatformError) as exc:
            for path in [*map(Path, self.get_outputs()), *in_place_files()]:
                path.unlink(missing_ok=True)
            print(f"warning: the extraction modules were not compiled ({exc}); "
                  "installing them as pure Python (same results, slower)", file=sys.stderr)
            return
        if self.inplace:
            STAMP.write_text(compiled.digest(compiled.sources(EXTRACT), EXTRACT) + "\n")


def ext_modules() -> list[object]:
    """The extensions to build: none for pure Python, metadata, or a current build."""
    if os.environ.get("TELLYTRACK_PURE") == "1":
        for path in in_place_files():
            path.unlink(missing_ok=True)
        return []
    if not BUILDS & set(sys.argv) or in_place_is_current():
        return []  # metadata only, or nothing changed since the last in-place build
    from mypyc.build import mypycify

    paths = [str(p) for p in compiled.sources(EXTRACT)]
    return list(mypycify(paths, opt_level="3", group_name=GROUP))


setup(ext_modules=ext_modules(), cmdclass={"build_ext": CompileOrFallBack})
