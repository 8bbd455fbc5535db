"""When two written names are the same name: the resolution rule, kept in one place.

Wrong merges are worse than missed ones (a merged pair silently mixes two
people's histories; a missed pair only shows up twice), so every rule here is
conservative and each one is a separate, named function that a test pins:

1. ``key``: SPEC.md's normal form (``evaluate.norm``: accents, case,
   punctuation, doubled letters, "chh" -> "ch") with the spaces removed, so
   "Pyaar Ki Dorr" = "Pyar Ki Dor", "Meeraa" = "Meera", "Kesar Kahani" = "Kesarkahani".
2. ``is_variant``: a transliteration variant ("Devka" / "Devika"): same
   number of words, numbers equal, and every differing word keeps its first
   letter, its last letter and its consonants, and is close by rapidfuzz's
   normalised Indel similarity (``VARIANT_SIMILARITY``). Only vowels may move.
3. ``is_partial``: a one-word name ("Arjun", "Malhotra") stands for a longer
   one whose first or last word it is, unless the longer name's other words
   are descriptors ("Choti Gauri" is a different character from "Gauri").
   Whether the partial is *unambiguous* is decided by the caller, in context
   (one show), see ``resolve/resolver.py``.
4. ``is_title_variant`` (show titles only): see its docstring.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from tellytrack.evaluate import norm

# Normalised Indel similarity (0..1) a differing word must reach to count as a
# spelling variant. 0.85 admits one dropped/added vowel in a 6+ letter word
# ("anupma"/"anupama" = 0.92) and rejects shorter, riskier pairs ("rani"/"rina").
VARIANT_SIMILARITY = 0.85
# Words shorter than this never fuzzy-match: "Ria"/"Riya" could be two people.
MIN_FUZZY_LENGTH = 5
_VOWELS = re.compile(r"[aeiouy]")
_DIGITS = re.compile(r"\d+")

# Words that make a name a *different* character when prefixed to another name
# (general Hindi/English kinship and age descriptors, not names from any show):
# "Choti Gauri" is not "Gauri", "Badi Maa" is not "Maa", "Young Meera" is not "Meera".
DESCRIPTORS = frozenset({
    "choti", "chota", "chote", "badi", "bada", "bade", "young", "little", "baby",
    "junior", "senior", "jr", "sr", "old", "elder", "younger", "nani", "dadi",
    "nana", "dada", "bua", "chachi", "chacha", "mami", "mama", "masi", "mausi",
    "bhabhi", "didi", "bhaiya", "maa", "baa", "bapuji", "new", "real",
})


def words(name: str) -> list[str]:
    """The normalised words of a name."""
    return norm(name).split()


def key(name: str) -> str:
    """The exact-match key: normal form without spaces ("" for an empty name)."""
    return "".join(words(name))


def slug(name: str) -> str:
    """The id part for a name: normalised words joined by "-" (stable across rebuilds)."""
    return "-".join(words(name)) or "unknown"


def _skeleton(word: str) -> str:
    return _VOWELS.sub("", word)


def _word_variant(a: str, b: str) -> bool:
    """Two different words that are plausibly one word spelt two ways."""
    if min(len(a), len(b)) < MIN_FUZZY_LENGTH or _DIGITS.search(a + b):
        return False
    if a[0] != b[0] or a[-1] != b[-1] or _skeleton(a) != _skeleton(b):
        return False
    return Indel.normalized_similarity(a, b) >= VARIANT_SIMILARITY


def is_variant(a: str, b: str) -> bool:
    """Whether two names are the same name spelt differently (rule 1 or 2)."""
    if key(a) == key(b):
        return bool(key(a))
    wa, wb = words(a), words(b)
    if len(wa) != len(wb) or not wa:
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(differing) <= 2 and all(_word_variant(x, y) for x, y in differing)


# Letters a transliterated title may gain or lose: vowels, "y" and "h" ("Kisi Ke" /
# "Kisikey", "Ye" / "Yeh", "Pyar" / "Pyaar", invented examples).
_SOFT = re.compile(r"[aeiouyh]")
# How close two titles' spaceless keys, and their consonant skeletons, must be.
TITLE_SIMILARITY = 0.9


def is_title_variant(a: str, b: str) -> bool:
    """Whether two show titles of three or more words are one title (rule 4): the same
    numbers, and the same consonants once spaces and soft letters are dropped, or both
    the spaceless keys and their consonants nearly equal ("Rang Hai Kisi Ke Pyar Ka" /
    "Rang Hain Kisikey Pyaar Kaa", a dropped last word "Hai"). Titles are long, so a
    near match between two different shows is far rarer than between two people."""
    if is_variant(a, b):
        return True
    wa, wb = words(a), words(b)
    if min(len(wa), len(wb)) < 3 or _DIGITS.findall(key(a)) != _DIGITS.findall(key(b)):
        return False
    sa, sb = _SOFT.sub("", key(a)), _SOFT.sub("", key(b))
    if sa == sb:
        return len(sa) >= 4
    return (min(len(sa), len(sb)) >= 6
            and Indel.normalized_similarity(sa, sb) >= TITLE_SIMILARITY
            and Indel.normalized_similarity(key(a), key(b)) >= TITLE_SIMILARITY)


def is_partial(short: str, full: str) -> bool:
    """Whether one-word ``short`` is the first or last word of multi-word ``full``.

    Descriptor words block it: "Gauri" is not a partial of "Choti Gauri".
    """
    ws, wf = words(short), words(full)
    if len(ws) != 1 or len(wf) < 2:
        return False
    rest = wf[1:] if ws[0] == wf[0] else wf[:-1] if ws[0] == wf[-1] else None
    if rest is None:
        return False
    return not any(w in DESCRIPTORS for w in rest)
