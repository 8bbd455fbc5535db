"""Extraction: one pure extractor per fact type, found through a registry.

``extract_facts(article)`` parses the article once and runs every registered
extractor on the same :class:`~tellytrack.extract.document.Doc`; it never
touches the store (only ``pipeline.py`` writes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import import_module

from tellytrack.extract import compiled

compiled.check()  # before any module of this package that mypyc may have compiled loads

from tellytrack.extract.document import Doc, parse  # noqa: E402
from tellytrack.extract.records import merged  # noqa: E402
from tellytrack.extract.show_info import full_titles  # noqa: E402
from tellytrack.model import FACT_TYPES, Article, Fact  # noqa: E402

Extractor = Callable[[Doc], list[Fact]]

# fact type -> module that defines ``extract(doc) -> list[Fact]`` (one module per type).
# Articles in Devanagari Hindi have their own modules (``extract/hi/``): the cues,
# word order and scripts differ too much for one set of patterns to serve both.
HINDI_MODULES: dict[str, str] = {t: f"tellytrack.extract.hi.{t}" for t in FACT_TYPES}
EXTRACTOR_MODULES: dict[str, str] = {
    "cast": "tellytrack.extract.cast",
    "cast_change": "tellytrack.extract.cast_change",
    "rating": "tellytrack.extract.ratings",
    "event": "tellytrack.extract.events",
    "relation": "tellytrack.extract.relations",
    "show_info": "tellytrack.extract.show_info",
}


@cache
def extractors(types: tuple[str, ...] = FACT_TYPES, lang: str = "en") -> tuple[Extractor, ...]:
    """The registered extractors for ``types`` (and language), in SPEC order.

    Looked up once per (types, language): this runs for every article.
    """
    registry = HINDI_MODULES if lang == "hi" else EXTRACTOR_MODULES
    return tuple(import_module(registry[t]).extract for t in types)


_DEVA_WORD = re.compile(r"[\u0900-\u097F]+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_DEVANAGARI = re.compile("[\u0900-\u097f]")


def is_hindi(article: Article) -> bool:
    """Hindi when labelled so, or when most words of the text are Devanagari: words, not
    letters, since a Hindi article may write its names in Latin letters ("Pyaar Ki Dor में
    Riya Malhotra की एंट्री") and a vowel sign is no letter to ``str.isalpha``."""
    if article.lang == "hi":
        return True
    head = article.text[:2000]
    if not _DEVANAGARI.search(head):
        return False  # the common case, decided without counting words
    return len(_DEVA_WORD.findall(head)) > len(_LATIN_WORD.findall(head))


def extract_facts(article: Article, types: tuple[str, ...] = FACT_TYPES) -> list[Fact]:
    """All facts of ``article``, each listed once (first evidence kept). A show the
    article also names with its subtitle ("X – Y Z") is filed under that full title by
    every extractor, so one show does not become two."""
    doc = parse(article)
    hindi = is_hindi(article)
    full = {} if hindi else full_titles(doc)
    return merged(doc, full, extractors(types, "hi" if hindi else "en"))


__all__ = ["Doc", "Extractor", "extract_facts", "extractors", "parse"]
