"""``Fact.key`` and ``Fact.with_`` as compiled functions, for the extractors' hot loops.

``model.py`` stays interpreted (every layer shares it; compiled by mypyc, its frozen
dataclasses took twice as long to build and failed to unpickle). Its ``Fact.key`` (a
generator) and ``Fact.with_`` (``dataclasses.replace``, a loop over the 19 fields) ran as
Python code for every fact an article proposes; these give the same answers natively.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from tellytrack.extract.document import Doc
from tellytrack.extract.shows import fold
from tellytrack.model import FACT_FIELDS, SPEC_KEYS, Fact


def key(f: Fact) -> tuple[Any, ...]:
    """``f.key()``: what makes two facts of one article the same fact."""
    return (f.type, f.show.lower(), *[str(getattr(f, n)).lower() for n in SPEC_KEYS[f.type]])


def with_(f: Fact, **changes: Any) -> Fact:
    """``f.with_(**changes)``: a copy with some fields changed (a field ``Fact`` lacks is
    a TypeError, as there)."""
    return Fact(*[changes.pop(n) if n in changes else getattr(f, n) for n in FACT_FIELDS],
                **changes)


def merged(doc: Doc, full: dict[str, str],
           extractors: Iterable[Callable[[Doc], list[Fact]]]) -> list[Fact]:
    """Every extractor's facts of ``doc``, each listed once (first evidence kept), a show
    also named with its subtitle filed under that full title (``full``: fold -> title)."""
    seen: set[tuple[Any, ...]] = set()
    out: list[Fact] = []
    for extractor in extractors:
        for fact in extractor(doc):
            if full and fact.show and fold(fact.show) in full:
                fact = with_(fact, show=full[fold(fact.show)])
            k = key(fact)
            if k not in seen:
                seen.add(k)
                out.append(fact)
    return out
