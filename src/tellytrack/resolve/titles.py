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
    key,
    title_blocking_keys,
    title_keys_close,
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


# A key that may hold "Season" before a number, which the title form leaves out.
_SEASON_KEY = re.compile(r"season\d")
# The title blocks of a title's first or last soft letters (names.title_blocking_keys):
# only the fuzzy branch of the title rule joins two titles that share no other block.
EDGE_BLOCKS = ("p:", "q:")


def may_join_at_edge(spelling: str, stored_key: str) -> bool:
    """Whether a stored title of key ``stored_key``, sharing with ``spelling`` only a
    block of its first or last letters, may be joined to it by the title rule: told from
    the key alone (rule 4's fuzzy branch reads only keys; any other rule would share
    another block), or True when the key may hold a season word the title form drops."""
    return bool(_SEASON_KEY.search(stored_key)) or title_keys_close(
        key(title_form(spelling)), stored_key)


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
