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
5. ``script.script_variant``: a Devanagari name and its Latin spelling (``script.py``).
6. In one show's context only (``context.py``): ``is_longer_form`` ("Priya Sharma" /
   "Priya Kaur Sharma", "Priya Kaur" / "Priya Kaur Sharma"), ``is_loose_variant``
   ("Chandrika" / "Chandhrika", "Sapekar" / "Saphekar": an "h" or a vowel apart) and
   ``is_typo_variant`` ("Roha Verman" / "Rohan Verman": one letter more or less).

Every rule is symmetric and comes with blocking keys (``blocking_keys``,
``title_blocking_keys``): two names a rule can join share a key, so a name is only
compared with the few names in its blocks, never with all of them.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from rapidfuzz.distance import Indel

from tellytrack.resolve.script import loose_shapes, normal_form

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


# Names whose words and keys are kept: a batch's neighbourhood asks for some thousands
# again and again; a bound that does not grow with the KB keeps the writer's memory flat.
NAME_CACHE = 32768


@lru_cache(maxsize=NAME_CACHE)
def _words(name: str) -> tuple[str, ...]:
    return tuple(normal_form(name).split())


def words(name: str) -> list[str]:
    """The normalised words of a name (cached: resolution asks for them again and again)."""
    return list(_words(name))


@lru_cache(maxsize=NAME_CACHE)
def key(name: str) -> str:
    """The exact-match key: normal form without spaces ("" for an empty name)."""
    return "".join(_words(name))


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
    wa, wb = _words(a), _words(b)
    if len(wa) != len(wb) or not wa:
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(differing) <= 2 and all(_word_variant(x, y) for x, y in differing)


# Letters a transliterated title may gain or lose: vowels, "y" and "h" ("Kisi Ke" /
# "Kisikey", "Ye" / "Yeh", "Pyar" / "Pyaar", invented examples).
_SOFT = re.compile(r"[aeiouyh]")
# How close two titles' spaceless keys, and their consonant skeletons, must be.
TITLE_SIMILARITY = 0.9
# The fuzzy branch compares soft keys of at least this many letters.
MIN_FUZZY_TITLE = 6


def is_title_variant(a: str, b: str) -> bool:
    """Whether two show titles of three or more words are one title (rule 4): the same
    numbers, and the same consonants once spaces and soft letters are dropped, or both
    the spaceless keys and their consonants nearly equal ("Rang Hai Kisi Ke Pyar Ka" /
    "Rang Hain Kisikey Pyaar Kaa", a dropped last word "Hai"). Titles are long, so a
    near match between two different shows is far rarer than between two people."""
    if is_variant(a, b):
        return True
    return min(len(_words(a)), len(_words(b))) >= 3 and title_keys_close(key(a), key(b))


def title_keys_close(ka: str, kb: str) -> bool:
    """Rule 4 past its word count, read on two titles' keys alone: the same numbers, and
    the same soft key or both the soft keys and the keys nearly equal (the incremental
    path tells by it which stored keys of a title block are worth loading)."""
    if _DIGITS.findall(ka) != _DIGITS.findall(kb):
        return False
    sa, sb = _SOFT.sub("", ka), _SOFT.sub("", kb)
    if sa == sb:
        return len(sa) >= 4
    return (min(len(sa), len(sb)) >= MIN_FUZZY_TITLE
            and Indel.normalized_similarity(sa, sb) >= TITLE_SIMILARITY
            and Indel.normalized_similarity(ka, kb) >= TITLE_SIMILARITY)


def is_partial(short: str, full: str) -> bool:
    """Whether one-word ``short`` is the first or last word of multi-word ``full``.

    Descriptor words block it: "Gauri" is not a partial of "Choti Gauri".
    """
    ws, wf = _words(short), _words(full)
    if len(ws) != 1 or len(wf) < 2:
        return False
    rest = wf[1:] if ws[0] == wf[0] else wf[:-1] if ws[0] == wf[-1] else None
    if rest is None:
        return False
    return not any(w in DESCRIPTORS for w in rest)


def is_longer_form(short: str, full: str) -> bool:
    """Whether multi-word ``short`` is ``full`` with one word left out (rule 6): the
    same first word, and either its first words ("Priya Kaur" / "Priya Kaur Sharma") or
    its last word a variant of the last ("Priya Sharma" / "Priya Kaur Sharma"). No
    descriptor left out; never two words ("A Rao" is not "A Rao-B Shah", a couple).
    Only read within one show (``context.py``)."""
    ws, wf = _words(short), _words(full)
    if len(ws) < 2 or len(wf) != len(ws) + 1 or ws[0] != wf[0]:
        return False
    if wf[:len(ws)] == ws:
        rest = wf[len(ws):]
    elif is_variant(ws[-1], wf[-1]):
        rest = wf[len(ws) - 1:-1]
    else:
        return False
    return not any(w in DESCRIPTORS or _DIGITS.search(w) for w in rest)


# Normalised Indel similarity a word pair of a loose variant must reach: lower than
# VARIANT_SIMILARITY, because the show's context already vouches for the pair.
LOOSE_SIMILARITY = 0.7


def is_loose_variant(a: str, b: str) -> bool:
    """Whether two names of one show are one name spelt with an "h" or a vowel more
    or less ("Chandrika Rao" / "Chandhrika Rao"; rule 6): the same number of words, one
    at least identical, and every other pair of 5+ letters with the same first letter,
    the same loose shape (``script.py``) and a normalised Indel similarity of
    ``LOOSE_SIMILARITY``. Only read within one show (``context.py``)."""
    wa, wb = _words(a), _words(b)
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return 0 < len(differing) < len(wa) and all(_loose_word_pair(x, y) for x, y in differing)


# A typo's differing word keeps at least this many letters: "Para"/"Paras" is one name
# mistyped, "Ria"/"Riya" could be two people.
MIN_TYPO_LENGTH = 4


def is_typo_variant(a: str, b: str) -> bool:
    """Whether two names of one show are one name with a letter dropped or added ("Roha
    Verman" / "Rohan Verman", "Sanit Dugal" / "Sanjit Dugal"; rule 6): the same number
    of words, exactly one pair differing, by one letter inserted or deleted (Indel
    distance 1), both of 4+ letters with the same first letter, and another word of 4+
    letters identical. Only read within one show (``context.py``), where two actors whose
    names are one letter apart are one actor misspelt far more often than two."""
    wa, wb = _words(a), _words(b)
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    same = [x for x, y in zip(wa, wb, strict=True) if x == y]
    if len(differing) != 1 or not any(len(w) >= MIN_TYPO_LENGTH for w in same):
        return False
    x, y = differing[0]
    return (min(len(x), len(y)) >= MIN_TYPO_LENGTH and x[0] == y[0]
            and not _DIGITS.search(x + y) and Indel.distance(x, y) == 1)


def _loose_word_pair(x: str, y: str) -> bool:
    if min(len(x), len(y)) < MIN_FUZZY_LENGTH or x[0] != y[0] or _DIGITS.search(x + y):
        return False
    return (loose_shapes(x) == loose_shapes(y)
            and Indel.normalized_similarity(x, y) >= LOOSE_SIMILARITY)


def skeleton_key(name: str) -> str:
    """Blocking key of rules 1-2: the consonant skeleton of the spaceless key."""
    return _skeleton(key(name))


def soft_key(name: str) -> str:
    """Blocking key of rule 4: the spaceless key without soft letters."""
    return _SOFT.sub("", key(name))


def blocking_keys(name: str) -> set[str]:
    """Keys shared by any two names that ``is_variant`` or ``script_variant`` join."""
    return {"s:" + skeleton_key(name), *("x:" + s for s in loose_shapes(name))}


# Fuzzy title pairs (rule 4's second branch) meet through the first or last letters of
# their soft keys: a near match differs at one end ("a dropped last word"), rarely both.
TITLE_BLOCK_EDGE = 3
# ... and through the length of their soft keys: an Indel similarity of TITLE_SIMILARITY
# (0.9) needs the two lengths within 10 % of their sum, the longer at most 11/9 = 1.22
# times the shorter. Lengths are put in bands growing by TITLE_BAND_RATIO (more than 11/9,
# so two such lengths are in one band or in two neighbouring ones) and a title is filed
# in its band and the next: two titles the branch may join share one. Without the band
# a block held every title with those three letters (~100 at 90,000 articles, a new
# spelling's 390 -> 8,293 candidate shows, 10 of them kept).
TITLE_BAND_RATIO = 1.25
_LOG_BAND = math.log(TITLE_BAND_RATIO)
def length_bands(n: int) -> tuple[int, int]:
    """The two length bands a soft key of ``n`` (>= 1) letters is filed in."""
    band = math.floor(math.log(n) / _LOG_BAND)
    return band, band + 1


def title_blocking_keys(name: str) -> set[str]:
    """Keys shared by two titles that ``is_title_variant`` or ``script_variant`` joins
    (the fuzzy branch by an end and a length band: the blocked clustering is tested
    against the plain)."""
    soft = soft_key(name)
    keys = {"t:" + soft, *("x:" + s for s in loose_shapes(name, spaceless=True))}
    if len(_words(name)) >= 3 and len(soft) >= MIN_FUZZY_TITLE:
        for band in length_bands(len(soft)):
            keys |= {f"p:{soft[:TITLE_BLOCK_EDGE]}:{band}", f"q:{soft[-TITLE_BLOCK_EDGE:]}:{band}"}
    return keys
