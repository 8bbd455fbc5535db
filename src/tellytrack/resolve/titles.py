"""Show titles: the matchers that cluster names, and acronyms folded into their titles.

A title is compared in its *title form*: "Season" before a number is left out, so
"Kesar Ki Kahani Season 2" = "Kesar Ki Kahani 2" (articles write both). An
acronym ("PKDKK", "KKK 2") joins the one title whose words' initials it spells
and whose numbers it repeats.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tellytrack.resolve.cluster import Cluster, Matcher
from tellytrack.resolve.names import (
    NAME_CACHE,
    blocking_keys,
    is_title_variant,
    is_variant,
    title_blocking_keys,
)
from tellytrack.resolve.script import script_variant

_SEASON = re.compile(r"\b(?:season|seasons)\s+(?=\d)", re.I)
# "SNS", "PKDKK", "KKK 2": three to seven capitals, then at most a number.
_ACRONYM = re.compile(r"^([A-Z]{3,7})(?:\s*(\d{1,2}))?$")
_NUMBER = re.compile(r"^\d{1,2}$")
# Titles an acronym may abbreviate have at least this many words (numbers aside).
MIN_ACRONYM_WORDS = 3


@lru_cache(maxsize=NAME_CACHE)
def title_form(name: str) -> str:
    """The title as compared: "Season" before a number left out."""
    return _SEASON.sub("", name)


def _same_person(a: str, b: str) -> bool:
    return is_variant(a, b) or script_variant(a, b)


def _same_title(a: str, b: str) -> bool:
    ta, tb = title_form(a), title_form(b)
    return is_title_variant(ta, tb) or script_variant(ta, tb, spaceless=True)


def _title_keys(name: str) -> set[str]:
    return title_blocking_keys(title_form(name))


NAMES = Matcher(_same_person, blocking_keys)
TITLES = Matcher(_same_title, _title_keys)


def acronym_of(name: str) -> tuple[str, tuple[str, ...]] | None:
    """(letters, numbers) of an acronym such as "SNS 2", or None."""
    m = _ACRONYM.match(name.strip())
    return (m[1], (m[2],) if m[2] else ()) if m else None


def expansions(spelling: str) -> tuple[str, tuple[str, ...]] | None:
    """(initials, numbers) of a title that an acronym could abbreviate."""
    tokens = title_form(spelling).split()
    letters = [t for t in tokens if not _NUMBER.match(t)]
    if len(letters) < MIN_ACRONYM_WORDS or not all(t[0].isalpha() for t in letters):
        return None
    return ("".join(t[0] for t in letters).upper(), tuple(t for t in tokens if _NUMBER.match(t)))


def fold_acronyms(clusters: Iterable[Cluster]) -> list[Cluster]:
    """An acronym cluster joins the one title cluster with those initials and numbers
    (any of its spellings); with none or several it stays apart."""
    clusters = list(clusters)
    titles: dict[tuple[str, tuple[str, ...]], list[Cluster]] = {}
    for c in clusters:
        for exp in {e for s in c.spellings if (e := expansions(s))}:
            titles.setdefault(exp, []).append(c)
    kept: list[Cluster] = []
    for c in clusters:
        abbr = acronym_of(c.anchor)
        homes = [o for o in titles.get(abbr, []) if o is not c] if abbr else []
        if len(homes) == 1:
            homes[0].absorb(c)
        else:
            kept.append(c)
    return kept
