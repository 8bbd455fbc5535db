"""Devanagari and Latin spellings of one name: romanisation and the cross-script rule.

Hindi articles write "केसर की कहानी" where English ones write "Kesar Ki Kahani". A name written
in Devanagari is romanised with ``indic-transliteration`` (Harvard-Kyoto, an
ASCII scheme that keeps long and short vowels apart), then brought to the way
Indian news spells names in Latin letters: long vowels written short, the
anusvara and chandrabindu as "n", retroflex and dental consonants alike, and the
inherent vowel of a word's last consonant dropped ("सागर" -> "sagar", not
"sagara"). A nukta "ड़" is read both as "r" and as "d" (बड़ी is written "Bari"
and "Badi"): both readings are kept.

Two names then compare by their *loose shape*: per word, the consonants left once
vowels, "y" and "h" are dropped and the letters that transliterations swap are
folded together (w/v, p/ph/f, z/j, q/k, c/k, sh/s, m/n before a consonant), with
the word's first letter kept apart (a vowel or a consonant). Vowels carry no
weight because Hindi vowel length and the inherent vowel are written every which
way ("Mehta" / "मेहता" = "mehata"). The rule applies only when one side is
Devanagari: between two Latin names the stricter rules of ``names.py`` decide.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tellytrack.evaluate import HONORIFICS, norm

# Names whose readings are kept (as names.NAME_CACHE: bounded, so memory stays flat).
SCRIPT_CACHE = 32768

_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
# Harvard-Kyoto letters -> the spelling Indian news uses; longest first.
_HK = {
    "z2": "j", "r3h": "rh", "r3": "r", "kS": "ksh", "jJ": "gy", "RR": "ri", "lR": "li",
    "ch": "chh", "c": "ch", "A": "a", "I": "i", "U": "u", "R": "ri", "M": "n", "~": "n",
    "H": "h", "G": "n", "J": "n", "T": "t", "D": "d", "N": "n", "S": "sh", "z": "sh",
    "O": "om",
}
_HK_RE = re.compile("|".join(sorted(map(re.escape, _HK), key=len, reverse=True)))
_NUKTA_D = "\u0921\u093c"  # ड़ once decomposed (NFD)
# The loose shape: letter pairs that transliterations swap, then what is dropped.
_FOLD = (("ph", "p"), ("f", "p"), ("ch", "C"), ("sh", "s"), ("ck", "k"), ("c", "k"), ("C", "c"),
         ("w", "v"), ("z", "j"), ("q", "k"), ("x", "ks"))
_SOFT = re.compile(r"[aeiouyh]")
_NASAL = re.compile(r"m(?=[^aeiouy\d])")
_DOUBLE = re.compile(r"(.)\1+")
# A one-word name needs this many loose consonants to meet across scripts:
# "मिहिर" ("mr") is too short to tell from other names.
MIN_LOOSE_CONSONANTS = 3


def is_devanagari(name: str) -> bool:
    """Whether the name has any Devanagari letter."""
    return bool(_DEVANAGARI.search(name))


def _schwa(word: str) -> str:
    """Drop a word's final inherent vowel (a short "a" in HK; long ones are "A")."""
    if len(word) > 2 and word.endswith("a") and word[-2] not in "aeiouAIU":
        return word[:-1]
    return word


# SPEC's normal form's steps for ASCII text (``evaluate.norm``, its plain twin).
_NOT_WORD = re.compile(r"[^\w\s\u0900-\u097f]")
_DOUBLED = re.compile(r"(.)\1+")


def normal_form(text: str) -> str:
    """``evaluate.norm`` (SPEC.md's normal form), twice as fast on ASCII text, where
    decomposing accents changes nothing: resolution normalises tens of thousands of
    names and sentences a batch (a test compares the two)."""
    if not text.isascii():
        return norm(text)
    folded = _DOUBLED.sub(r"\1", _NOT_WORD.sub(" ", text.lower()).replace("chh", "ch"))
    return " ".join(t for t in folded.split() if t not in HONORIFICS)


@lru_cache(maxsize=SCRIPT_CACHE)
def romanise(name: str) -> tuple[str, ...]:
    """The Latin readings of a Devanagari name, normalised (SPEC normal form); a Latin
    name is its own one reading. Two readings when a nukta "ड़" may be "r" or "d"."""
    if not is_devanagari(name):
        return (normal_form(name),)
    from indic_transliteration import sanscript  # 0.3 s to import: only when needed

    text = unicodedata.normalize("NFD", name).replace("\u0949", "\u094b")  # ॉ -> ो
    variants = {text, text.replace(_NUKTA_D, "\u0921")} if _NUKTA_D in text else {text}
    readings: list[str] = []
    for v in sorted(variants):
        hk = sanscript.transliterate(v, sanscript.DEVANAGARI, sanscript.HK)
        latin = " ".join(_schwa(w) for w in hk.split())
        readings.append(norm(_HK_RE.sub(lambda m: _HK[m.group()], latin)))
    return tuple(dict.fromkeys(readings))


def _loose_word(word: str) -> str:
    """One normalised Latin word's loose shape: first-letter class + loose consonants."""
    for a, b in _FOLD:
        word = word.replace(a, b)
    head = "V" if word[:1] in "aeiouy" else word[:1]
    body = _DOUBLE.sub(r"\1", _SOFT.sub("", _NASAL.sub("n", word)))
    return f"{head}:{body}"


@lru_cache(maxsize=SCRIPT_CACHE)
def loose_shapes(name: str, spaceless: bool = False) -> frozenset[str]:
    """The loose shapes of every reading of ``name``: "/"-joined words, or one word
    for ``spaceless`` (show titles: "Kisikey" = "किसी के")."""
    shapes = set()
    for reading in romanise(name):
        words = [reading.replace(" ", "")] if spaceless else reading.split()
        if words and all(words):
            shapes.add("/".join(_loose_word(w) for w in words))
    return frozenset(shapes)


def long_enough(shape: str) -> bool:
    """Whether a loose shape is specific enough to name someone: several words, or
    ``MIN_LOOSE_CONSONANTS`` consonants."""
    return "/" in shape or len(shape.split(":", 1)[1]) >= MIN_LOOSE_CONSONANTS


def script_variant(a: str, b: str, spaceless: bool = False) -> bool:
    """Whether a Devanagari name and another name (either script) are one name: some
    readings share a loose shape, long enough to mean something."""
    if not (is_devanagari(a) or is_devanagari(b)):
        return False
    common = loose_shapes(a, spaceless) & loose_shapes(b, spaceless)
    return any(long_enough(s) for s in common)
