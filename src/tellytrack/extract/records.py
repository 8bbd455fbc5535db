"""``Fact(...)``, ``Fact.key`` and ``Fact.with_`` as compiled functions, for the
extractors' hot loops.

``model.py`` stays interpreted (every layer shares it; compiled by mypyc, its frozen
dataclasses took twice as long to build and failed to unpickle). Its ``Fact.key`` (a
generator) and ``Fact.with_`` (``dataclasses.replace``, a loop over the 19 fields) ran as
Python code for every fact an article proposes; these give the same answers natively.
A frozen dataclass's own ``__init__`` sets its 19 fields one ``object.__setattr__`` call
at a time, in interpreted code (~26,000 instructions a fact, ~25 facts an English
article); :func:`fact` fills the instance's ``__dict__`` with the same values in the same
order in one step (:func:`document.built`; the test compares the two, pickles included).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import MISSING, fields
from typing import Any, Final

from tellytrack.extract.document import Doc, built
from tellytrack.extract.shows import fold
from tellytrack.model import SPEC_KEYS, Fact


def key(f: Fact) -> tuple[Any, ...]:
    """``f.key()``: what makes two facts of one article the same fact."""
    return (f.type, f.show.lower(), *[str(getattr(f, n)).lower() for n in SPEC_KEYS[f.type]])


# Every field of Fact with its default, in field order (None for type and show, which
# have none): a fact's __dict__ is a copy of it updated with the fields given (a key
# already there keeps its place, so the order stays the fields').
_DEFAULTS: Final[dict[str, Any]] = {
    f.name: None if f.default is MISSING else f.default for f in fields(Fact)}


def fact(**given: Any) -> Fact:
    """``Fact(**given)``: the same fields in the same order in the instance's
    ``__dict__``, set at once (``Fact`` has no ``__post_init__``; its ``__init__`` only
    stores them). A field ``Fact`` lacks, or a missing ``type`` or ``show``, is a
    TypeError, as there."""
    values = _DEFAULTS.copy()
    values.update(given)
    if len(values) != len(_DEFAULTS) or "type" not in given or "show" not in given:
        Fact(**given)  # raises the TypeError Fact itself gives
    return built(Fact, values)


def with_(f: Fact, **changes: Any) -> Fact:
    """``f.with_(**changes)``: a copy with some fields changed (a field ``Fact`` lacks is
    a TypeError, as there)."""
    values: dict[str, Any] = f.__dict__.copy()
    values.update(changes)
    if len(values) != len(_DEFAULTS):
        f.with_(**changes)  # raises the TypeError Fact itself gives
    return built(Fact, values)


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
