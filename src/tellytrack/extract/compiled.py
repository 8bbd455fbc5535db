"""Whether the extraction modules compiled in place match their sources.

An editable install compiles this package with mypyc (setup.py) and leaves the
extension modules beside the sources, where Python imports them first: a module
edited after that build would silently keep running its old compiled code. The
build records the sources' digest in ``_compiled.txt``; importing the package
checks it. setup.py loads this file by path, so it imports nothing of tellytrack.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAMP = "_compiled.txt"
# Stay Python: they run before any compiled module is imported.
NOT_COMPILED = frozenset({"__init__.py", "compiled.py"})


def sources(folder: Path = HERE) -> list[Path]:
    """The modules mypyc compiles: the extraction engine, English and Hindi."""
    found = [*folder.glob("*.py"), *folder.glob("hi/*.py")]
    return sorted(p for p in found if p.relative_to(folder).as_posix() not in NOT_COMPILED)


def compiled_modules(folder: Path = HERE) -> list[Path]:
    """The extension modules beside the sources."""
    return [*folder.glob("*.so"), *folder.glob("hi/*.so")]


def digest(paths: list[Path], folder: Path = HERE) -> str:
    """One digest of the sources' paths (within ``folder``) and bytes."""
    h = hashlib.sha256()
    for p in paths:
        h.update(p.relative_to(folder).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def check(folder: Path = HERE) -> None:
    """Refuse compiled modules built from other sources than the ones beside them."""
    stamp = folder / STAMP
    if not stamp.exists() or not compiled_modules(folder):
        return  # pure Python, or an installed wheel (built and copied as one)
    if stamp.read_text().strip() != digest(sources(folder), folder):
        raise ImportError(
            f"{folder}: its compiled modules were built from older sources and would run "
            "old code. Rebuild them with `.venv/bin/pip install -e .` (scripts/test.sh "
            "does), or drop them with `TELLYTRACK_PURE=1 .venv/bin/pip install -e .`.")
