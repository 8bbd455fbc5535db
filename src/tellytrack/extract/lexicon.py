"""Load the linguistic lexicons kept as data under ``extract/lexicons/``.

A lexicon file is UTF-8 text, one entry per line; ``#`` starts a comment (each
file opens with a comment saying where its list came from). A line may carry
a value after ``=>`` (e.g. ``shaadi => wedding``), read with :func:`mapping`.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


def _lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of lexicon ``name`` (without ``.txt``)."""
    text = files("tellytrack.extract").joinpath("lexicons", f"{name}.txt").read_text("utf-8")
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@cache
def words(name: str) -> frozenset[str]:
    """The entries of a list lexicon, lower-cased."""
    return frozenset(line.split("=>")[0].strip().lower() for line in _lines(name))


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of a list lexicon as written, in file order (longest-first lists)."""
    return tuple(line.split("=>")[0].strip() for line in _lines(name))


@cache
def mapping(name: str) -> dict[str, str]:
    """A ``key => value`` lexicon; keys lower-cased."""
    out: dict[str, str] = {}
    for line in _lines(name):
        key, _, value = line.partition("=>")
        out[key.strip().lower()] = value.strip()
    return out
