"""Extraction: one pure extractor per fact type, found through a registry.

``extract_facts(article)`` parses the article once and runs every registered
extractor on the same :class:`~tellytrack.extract.document.Doc`; it never
touches the store (only ``pipeline.py`` writes).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from tellytrack.extract.document import Doc, parse
from tellytrack.model import FACT_TYPES, Article, Fact

Extractor = Callable[[Doc], list[Fact]]

# fact type -> module that defines ``extract(doc) -> list[Fact]`` (one module per type).
EXTRACTOR_MODULES: dict[str, str] = {
    "cast": "tellytrack.extract.cast",
    "cast_change": "tellytrack.extract.cast_change",
    "rating": "tellytrack.extract.ratings",
    "event": "tellytrack.extract.events",
    "relation": "tellytrack.extract.relations",
    "show_info": "tellytrack.extract.show_info",
}


def extractors(types: tuple[str, ...] = FACT_TYPES) -> list[Extractor]:
    """The registered extractors for ``types`` that exist, in SPEC order."""
    found: list[Extractor] = []
    for t in types:
        try:
            module = import_module(EXTRACTOR_MODULES[t])
        except ModuleNotFoundError as e:
            if e.name != EXTRACTOR_MODULES[t]:
                raise
            continue
        found.append(module.extract)
    return found


def extract_facts(article: Article, types: tuple[str, ...] = FACT_TYPES) -> list[Fact]:
    """All facts of ``article``, each listed once (first evidence kept)."""
    doc = parse(article)
    seen: set[tuple[object, ...]] = set()
    out: list[Fact] = []
    for extractor in extractors(types):
        for fact in extractor(doc):
            if fact.key() not in seen:
                seen.add(fact.key())
                out.append(fact)
    return out


__all__ = ["Doc", "Extractor", "extract_facts", "extractors", "parse"]
