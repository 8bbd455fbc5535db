"""Devanagari words against Latin spellings, compared by their consonants.

A Hindi article's URL is mostly an English slug that spells the show's title in
Latin letters ("kesar-ki-kahani-riya-malhotra-quits"), while the text writes it
in Devanagari ("केसर की कहानी"). Vowels are spelled too freely to compare
("Kahaani", "Kahani"), so both sides are reduced to a consonant skeleton: each
Devanagari consonant to one Latin class letter (क/ख -> k, श/ष/स -> s, anusvara
-> n), Latin digraphs to the same classes (kh -> k, sh -> s, w -> v), vowels
dropped and doubled letters collapsed. Two words match when their skeletons are
equal, or differ by one letter when both have at least three.
"""

from __future__ import annotations

import re

_CONSONANT: dict[str, str] = {
    "क": "k", "ख": "k", "ग": "g", "घ": "g", "ङ": "n", "च": "c", "छ": "c", "ज": "j",
    "झ": "j", "ञ": "n", "ट": "t", "ठ": "t", "ड": "d", "ढ": "d", "ण": "n", "त": "t",
    "थ": "t", "द": "d", "ध": "d", "न": "n", "प": "p", "फ": "p", "ब": "b", "भ": "b",
    "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "s", "ष": "s", "स": "s",
    "ह": "h", "ळ": "l", "ं": "n", "ँ": "n",
}
# Latin spellings of one Devanagari consonant, longest first; the class letter is written
# upper case until every spelling is replaced ("ch" -> C is not read again as "c" -> K).
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("chh", "C"), ("kh", "K"), ("gh", "G"), ("ch", "C"), ("jh", "J"), ("th", "T"),
    ("dh", "D"), ("ph", "P"), ("bh", "B"), ("sh", "S"), ("f", "P"), ("w", "V"),
    ("z", "J"), ("q", "K"), ("x", "KS"), ("c", "K"),
)
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")  # "Yeh", "Chashmah": a vowel's length, no consonant
_VOWEL_Y = re.compile(r"y$|(?<=[^aeiou])y(?=[^aeiou])")  # "Kisikey", "Mythri": y as a vowel
_VOWELS = re.compile(r"[aeiou]")
_PATH = re.compile(r"^\w+://[^/]+")
_TOKEN = re.compile(r"[A-Za-z0-9]+")


def deva_skeleton(word: str) -> str:
    """The consonants of a Devanagari word as Latin class letters (digits kept)."""
    out = [ch if ch.isdigit() else _CONSONANT.get(ch, "") for ch in word]
    return _DOUBLED.sub(r"\1", "".join(out))


def latin_skeleton(word: str) -> str:
    """The consonants of a Latin-letter word in the classes of :func:`deva_skeleton`."""
    w = _FINAL_H.sub("", word.lower())
    for spelling, letter in _DIGRAPHS:
        w = w.replace(spelling, letter)
    w = _VOWELS.sub("", _VOWEL_Y.sub("", w)).lower()
    return _DOUBLED.sub(r"\1", w)


def _distance_at_most_one(a: str, b: str) -> bool:
    """Whether one edit (insert, delete or substitute a letter) turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def same_word(deva: str, latin: str) -> bool:
    """Whether a Devanagari word and a Latin word may be one spelled two ways."""
    return _same(deva_skeleton(deva), latin_skeleton(latin))


def _same(a: str, b: str) -> bool:
    """Whether two skeletons are one word's: equal, or one letter apart when both are long."""
    if a == b:
        return bool(a)
    return min(len(a), len(b)) >= 3 and _distance_at_most_one(a, b)


def slug_tokens(url: str | None) -> list[str]:
    """The words of a URL's path (no host, query, or long numeric ids)."""
    path = _PATH.sub("", url or "").split("?")[0]
    return [t for t in _TOKEN.findall(path) if not (t.isdigit() and len(t) > 3)]


def slug_lead(url: str | None) -> list[str]:
    """The words of the URL's slug proper: the path segment with the most words (not a
    section such as "/tv/", nor a date or id after it)."""
    path = _PATH.sub("", url or "").split("?")[0]
    segment = max((p for p in path.split("/") if p), key=lambda p: p.count("-"), default="")
    return [t for t in _TOKEN.findall(segment) if not t.isdigit()]


class SlugMatcher:
    """Finds the runs of words a URL slug spells; each word's skeleton is compared with the
    slug's once (an article repeats its words)."""

    def __init__(self, slug: list[str]) -> None:
        self.slug = [latin_skeleton(t) for t in slug]
        self._where: dict[str, tuple[int, ...]] = {}

    def _positions(self, word: str) -> tuple[int, ...]:
        """The slug positions spelling ``word`` (cached by word)."""
        found = self._where.get(word)
        if found is None:
            skeleton = deva_skeleton(word)
            found = tuple(k for k, t in enumerate(self.slug) if _same(skeleton, t))
            self._where[word] = found
        return found

    def runs(self, words: list[str]) -> list[tuple[int, int]]:
        """Maximal runs ``words[i:j]`` spelled, word by word, by consecutive slug tokens."""
        at = [self._positions(w) for w in words]
        out: list[tuple[int, int]] = []
        for i in range(len(words)):
            best = 0
            for k in at[i]:
                n = 1
                while i + n < len(words) and k + n in at[i + n]:
                    n += 1
                best = max(best, n)
            if best and not any(a < i < b and i + best <= b for a, b in out):
                out.append((i, i + best))
        return out
