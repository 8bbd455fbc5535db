"""Which sentences can hold a cue at all: one look at the whole article, not a search
per sentence.

Most extractors loop over every sentence and run a few cue searches on each, yet a
cue occurs in only a few sentences of an article. :func:`sentences_with` answers
"which sentences may hold one of these words or substrings" from the lower-cased
article text: the words are checked against the article's word set (one regex pass,
shared by every extractor through ``doc.cache``) and only the words present are
located with ``str.find``; a phrase is looked for by one of its words, the longest
(the rarest, as a rule). The answer is a superset of the sentences where the
extractor's own search succeeds, so an extractor that runs its unchanged
per-sentence code on those sentences only produces exactly what it did on all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from tellytrack.extract.document import Doc
from tellytrack.extract.scan import lowered

_WORD = re.compile(r"\w+")


def key_words(phrases: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Words of which every match of :func:`scan.lower_phrases` of ``phrases`` holds
    one as a whole word: a match begins and ends at word boundaries, and inside it the
    words are separated by white space or non-word characters. Each phrase is covered
    by a word already chosen for another phrase if it has one ("time leap" by "leap"),
    else by its longest word (the rarest, as a rule). A phrase without any word
    character is returned as a substring. All lower-cased."""
    words: set[str] = set()
    literals: set[str] = set()
    for phrase in sorted(phrases, key=lambda p: (len(p.split()), p)):
        found = _WORD.findall(phrase.lower())
        if not found:
            literals.update([phrase.lower()] if phrase.strip() else [])
        elif words.isdisjoint(found):
            words.add(max(found, key=len))
    return frozenset(words), tuple(sorted(literals))


def _low(doc: Doc) -> str | None:
    """The lower-cased article text (None when lowering would move offsets)."""
    if "gate.low" not in doc.cache:
        doc.cache["gate.low"] = lowered(doc.text)
    return doc.cache["gate.low"]  # type: ignore[no-any-return]


def _words(doc: Doc, low: str) -> frozenset[str]:
    """Every word of the lower-cased article."""
    if "gate.words" not in doc.cache:
        doc.cache["gate.words"] = frozenset(_WORD.findall(low))
    return doc.cache["gate.words"]  # type: ignore[no-any-return]


def sentences_with(doc: Doc, words: frozenset[str] = frozenset(),
                   literals: Iterable[str] = ()) -> list[int]:
    """Indices (in order) of the sentences whose lower-cased text may hold one of
    ``words`` or ``literals``: each occurrence lying wholly inside a sentence marks it.
    All sentences when lower-casing the article would move offsets."""
    low = _low(doc)
    if low is None:
        return list(range(len(doc.sentences)))
    starts = [s.start for s in doc.sentences]
    found: set[int] = set()
    for item in words & _words(doc, low) if words else ():
        found.update(_sentence_of(doc, starts, i, len(item)) for i in _whole_word_at(low, item))
    for item in literals:
        i = low.find(item)
        while i >= 0:
            found.add(_sentence_of(doc, starts, i, len(item)))
            i = low.find(item, i + 1)
    found.discard(-1)
    return sorted(found)


def _whole_word_at(low: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``low`` as a whole word (not inside a longer one)."""
    out: list[int] = []
    i = low.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not _is_word_char(low[i - 1])) and (
                end == len(low) or not _is_word_char(low[end])):
            out.append(i)
        i = low.find(word, i + 1)
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _sentence_of(doc: Doc, starts: list[int], i: int, length: int) -> int:
    """The index of the sentence holding ``low[i:i + length]`` wholly, else -1."""
    k = bisect_right(starts, i) - 1
    return k if k >= 0 and i + length <= doc.sentences[k].end else -1
