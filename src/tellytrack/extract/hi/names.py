"""Person and character names in Devanagari text, read beside a cue.

Without capital letters a name is the run of words next to a cue that are
neither grammar nor TV vocabulary (lexicon ``hi_stopwords``): "पूर्व मंत्री रिया
मल्होत्रा फिर से" gives "रिया मल्होत्रा" read backwards from "फिर". Lists
("A, B और C") are read as several names. A Latin gloss in parentheses
("रिया मल्होत्रा (Riya Malhotra)") is skipped, not read as part of the name.
"""

from __future__ import annotations

import re

from tellytrack.extract.hi.text import STOP as _STOP
from tellytrack.extract.hi.text import L, same_person

__all__ = ["FUTURE_VERB", "latin_after", "latin_before", "name_after", "name_before",
           "names_after", "names_before", "same_person"]

# The last word of a window (a slice: nothing before it is seen), tried only where a word
# begins (the lookbehind): the leftmost match starts there anyway, and each letter of a
# word was tried before, each time reading to the word's end (same matches, 2.5x faster).
_WORD_BEFORE = re.compile(rf"(?<!{L})({L}+)\s*(?:\([A-Za-z][A-Za-z .'-]*\))?\s*$")
_WORD_AFTER = re.compile(rf"^\s*({L}+)")
_SEPARATOR_BEFORE = re.compile(r"(?:(?:,|\s+और|\s+व|\s+एवं)\s*|(?<=[\u0900-\u097F])-)$")
_TITLE_BEFORE = re.compile(r"(?:(?:लीड|मुख्य)\s+)?(?:एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री|अदाकारा)\s+$")
_PREDICATE = re.compile(rf"\s*(?:है|हैं|था|थी|थे|थीं|हो|होंगी|होंगे|होगी|होगा|रहीं|रहे|रही|रहा)(?!{L})")
_DEVA_WORD = re.compile(r"^[\u0900-\u097F]+$")
# A verb in the future tense ("कहेंगे", "निभाएंगी", "करेगा", "लौटूंगी"): no name ends so.
FUTURE_VERB = re.compile(r"(?:ेंगे|ेंगी|ेगा|ेगी|एंगे|एंगी|ूंगा|ूंगी)$")
# A person or character named in Latin letters inside Hindi text: one to three capitalised
# words ("Meera की बेटी Pari"; generic words are stopped by _LATIN_STOP).
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*$")
_LATIN_AFTER = re.compile(r"^\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?![A-Za-z])")
_LATIN_STOP = frozenset({"TV", "Star", "Plus", "Colors", "Sony", "Zee", "Bharat", "Netflix",
                         "Prime", "Video", "Hotstar", "Disney", "Jio", "Cinema", "Bigg", "Boss",
                         "The", "Show", "Serial", "News", "Live", "Update", "Exclusive",
                         "Entertainment", "Photo", "Photos", "Instagram", "Twitter", "Times"})


def latin_before(text: str, end: int) -> tuple[str, int] | None:
    """A Latin-letter full name ending at ``end`` and where it starts."""
    m = _LATIN_BEFORE.search(text[max(0, end - 60):end])
    if not m or set(m[1].split()) & _LATIN_STOP:
        return None
    return m[1], max(0, end - 60) + m.start(1)


def latin_after(text: str, start: int) -> tuple[str, int] | None:
    """A Latin-letter full name starting at ``start`` and where it ends."""
    m = _LATIN_AFTER.match(text[start:])
    if not m or set(m[1].split()) & _LATIN_STOP:
        return None
    return m[1], start + m.end(1)


def _name_word(word: str) -> bool:
    """A word that may belong to a Devanagari name."""
    return word not in _STOP and bool(_DEVA_WORD.match(word)) and not FUTURE_VERB.search(word)


def name_before(text: str, end: int, most: int = 3) -> tuple[str, int] | None:
    """The name ending at ``end`` (up to ``most`` words) and where it starts."""
    got: list[str] = []
    starts: list[int] = []
    start = end
    while len(got) < max(most, 4):
        base = max(0, start - 60)
        m = _WORD_BEFORE.search(text[base:start])
        if not m or not _name_word(m[1]) or (m.start(1) == 0 and base > 0) \
                or text.endswith(m[1] + "-", 0, base + m.start(1)):
            break  # (nor the second of a doubled word: "धीरे-धीरे", "एक-एक")
        got.insert(0, m[1])
        start = base + m.start(1)
        starts.insert(0, start)
    if not got:
        return latin_before(text, end)
    if len(got) > most:
        # Four name words in a row are two names side by side ("A B C D को"): keep the last two.
        keep = min(most, 2)
        got, starts = got[-keep:], starts[-keep:]
    return (" ".join(got), starts[0]) if got else None


def name_after(text: str, start: int, most: int = 3) -> tuple[str, int] | None:
    """The name starting at ``start`` (up to ``most`` words) and where it ends."""
    got: list[str] = []
    ends: list[int] = []
    end = start
    while len(got) < most:
        m = _WORD_AFTER.match(text[end:])
        if not m or not _name_word(m[1]) or text.startswith("-" + m[1], end + m.end()):
            break  # "A बाल-बाल बचे", "घर-घर": a doubled word is no name's
        got.append(m[1])
        end += m.end()
        ends.append(end)
    if not got:
        return latin_after(text, start)
    if len(got) == 3 and _PREDICATE.match(text[end:]):
        # "रिया मल्होत्रा खुश हैं": a third word before "है/हैं" is said of the name
        got, end = got[:2], ends[1]
    return (" ".join(got), end) if got else None


def names_before(text: str, end: int, lo: int = 0) -> list[str]:
    """The names of a list "A, B और C" ending at ``end`` (not reaching before ``lo``)."""
    out: list[str] = []
    cursor = end
    while True:
        found = name_before(text, cursor)
        if not found or found[1] < lo:
            break
        out.insert(0, found[0])
        base = max(lo, found[1] - 40)
        head = text[base:found[1]]
        title = _TITLE_BEFORE.search(head)  # "A और लीड एक्टर B": the title is no name's
        sep = _SEPARATOR_BEFORE.search(head, 0, title.start() if title else len(head))
        if not sep:
            break
        cursor = base + sep.start()
    return out


def names_after(text: str, start: int) -> list[str]:
    """The names of a list "A, B और C" starting at ``start``."""
    out: list[str] = []
    cursor = start
    while True:
        found = name_after(text, cursor)
        if not found:
            break
        out.append(found[0])
        sep = re.match(r"\s*(?:\([A-Za-z][A-Za-z .'-]*\))?\s*(?:,|और|व|एवं)\s*", text[found[1]:])
        if not sep:
            break
        cursor = found[1] + sep.end()
    return out
