"""How a sentence holds its claim: reported, denied, confirmed, or only supposed.

Cue words live in the ``modality`` lexicon. Matching is longest-first and
non-overlapping, so "yet to be confirmed" reads as reported, not confirmed.
A negation right before a change verb ("will not return") is read by
:func:`negated`; the extractor decides what a negated claim means.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from tellytrack.extract.document import Doc
from tellytrack.extract.gate import key_words, phrase_firsts, phrase_matches
from tellytrack.extract.lexicon import mapping
from tellytrack.extract.scan import alternation, lower_phrases, lowered
from tellytrack.model import Sentence

_NEGATION: Final = re.compile(
    r"\b(?:not|never|no\s+longer|won't|isn't|wasn't|didn't|hasn't|haven't|don't|doesn't|"
    r"won’t|isn’t|wasn’t|didn’t|hasn’t|haven’t|don’t|doesn’t|nahi)\s+(?:[\w’']+\s+){0,2}$",
    re.I)


@cache
def _cue_re() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(mapping('modality'))}\b", re.I)


@cache
def _cue_low() -> re.Pattern[str]:
    return lower_phrases(mapping("modality"))


def cues(text: str) -> set[str]:
    """The modality labels whose cues occur in ``text``; "?" counts as reported."""
    table = mapping("modality")
    low = lowered(text)
    hits = _cue_low().finditer(low) if low else _cue_re().finditer(text)
    found = {table[" ".join(m.group().lower().split())] for m in hits}
    if text.rstrip().endswith("?"):
        found.add("reported")
    return found


def _denials() -> list[str]:
    return [c for c, label in mapping("modality").items() if label == "denied"]


@cache
def _denial_words() -> re.Pattern[str]:
    return lower_phrases(_denials())


@cache
def _denial_firsts() -> frozenset[str] | None:
    """Where a match of :func:`_denial_words` can begin: the cues' first words."""
    return phrase_firsts(_denials())


@cache
def denial_keys() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words one of which every denial cue holds (for :func:`gate.sentences_with`)."""
    return key_words(_denials())


def denies(text: str) -> bool:
    """Whether ``text`` holds a denial cue (as :func:`cues` reads it; a cheap test runs
    first, since most sentences hold none)."""
    return bool(_denial_words().search(text.lower())) and "denied" in cues(text)


def sentence_denies(doc: Doc, s: Sentence) -> bool:
    """:func:`denies` of sentence ``s``, its cheap test tried only where a denial cue's
    first word begins (:func:`gate.phrase_matches`; the search tried every position)."""
    low = lowered(s.text)
    if low is not None and next(phrase_matches(doc, s, _denial_words(), low,
                                               _denial_firsts()), None) is None:
        return False
    return denies(s.text)


def negated(text: str, offset: int) -> bool:
    """Whether the words just before ``offset`` negate what follows. The search tries
    every position of the window: first the test that one of the negations' letters
    ("no", "n't", "never", "nahi") stands in it, exact for an ASCII window."""
    window = text[max(0, offset - 40):offset]
    low = window.lower()
    if window.isascii() and not any(w in low for w in _NEGATION_LETTERS):
        return False
    return bool(_NEGATION.search(window))


# What every match of _NEGATION holds, lower-cased ("not", "no longer": "no").
_NEGATION_LETTERS: Final[tuple[str, ...]] = ("no", "n't", "n’t", "never", "nahi")
