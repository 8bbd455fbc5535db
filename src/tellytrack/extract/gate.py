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
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Final

from tellytrack.extract.document import Doc
from tellytrack.extract.scan import case_safe, finditer_at, lowered
from tellytrack.model import Sentence

_WORD: Final = re.compile(r"\w+")
# The feature tokens (mentions.py reads their shapes). A possessive "'s" is its own token
# ("Meera's husband": the gap after "Meera" is "'s husband"), so a span cut at a name's
# end tokenizes as the whole text does there.
TOKEN: Final = re.compile(r"['’]s\b|[A-Za-z][\w\-]*|\d+(?:\.\d+)?|[^\w\s]")
_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")
# Words too common to look a phrase up by (each occurrence costs a look).
_FUNCTION_WORDS: Final = frozenset({
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "will", "would", "to",
    "of", "on", "in", "into", "at", "by", "for", "from", "with", "as", "and", "or", "no",
    "not", "her", "his", "their", "its", "it", "he", "she", "they", "this", "that", "over",
    "up", "out", "very", "more"})


def key_words(phrases: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Words of which every match of :func:`scan.lower_phrases` of ``phrases`` holds
    one as a whole word: a match begins and ends at word boundaries, and inside it the
    words are separated by white space or non-word characters. Each phrase is covered
    by a word already chosen for another phrase if it has one ("time leap" by "leap"),
    else by its longest word that is no function word (the rarest, as a rule). A
    phrase without any word character is returned as a substring. All lower-cased."""
    words: set[str] = set()
    literals: set[str] = set()
    for phrase in sorted(phrases, key=lambda p: (len(p.split()), p)):
        found = _WORD.findall(phrase.lower())
        if not found:
            literals.update([phrase.lower()] if phrase.strip() else [])
        elif words.isdisjoint(found):
            words.add(max(found, key=lambda w: (w not in _FUNCTION_WORDS, len(w))))
    return frozenset(words), tuple(sorted(literals))


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The first word (run of word characters) of each phrase, lower-cased: for a
    pattern that begins with one of the phrases as a whole word, where it can start
    (see :func:`word_offsets`)."""
    return frozenset(_WORD.findall(p.lower())[0] for p in phrases if _WORD.search(p))


def phrase_firsts(phrases: Iterable[str]) -> frozenset[str] | None:
    """:func:`first_words` of phrases that each begin with a word character: where a
    :func:`scan.lower_phrases` pattern of them can begin (see :func:`phrase_matches`);
    None when one begins with another character ("'ll": its match begins before its
    first word)."""
    phrases = list(phrases)
    if not all(_WORD.match(p.lower()) for p in phrases):
        return None
    return first_words(phrases)


def lower_text(doc: Doc) -> str | None:
    """:func:`scan.lowered` of the article text, computed once per article (several
    extractors look for their cues in it)."""
    if "gate.lowered" not in doc.cache:
        doc.cache["gate.lowered"] = lowered(doc.text)
    return doc.cache["gate.lowered"]  # type: ignore[no-any-return]


def caseless_text(doc: Doc) -> str | None:
    """The lower-cased article text (None when lowering would move offsets, or
    when a case-insensitive pattern could match a letter lowering leaves alone; see
    :func:`scan.case_safe`), computed once per article."""
    if "gate.low" not in doc.cache:
        low = lower_text(doc)
        doc.cache["gate.low"] = low if low is not None and case_safe(doc.text) else None
    return doc.cache["gate.low"]  # type: ignore[no-any-return]


def _words(doc: Doc, low: str) -> frozenset[str]:
    """Every word of the lower-cased article: ``_WORD.findall(low)``, read off the token
    index where it can be (see :func:`walk`): a regex scan less."""
    if "gate.words" not in doc.cache:
        at = _word_starts(doc)
        doc.cache["gate.words"] = frozenset(at) if at is not None else frozenset(
            _WORD.findall(low))
    return doc.cache["gate.words"]  # type: ignore[no-any-return]


def _word_starts(doc: Doc) -> dict[str, int] | None:
    """Each word of the lower-cased article with its last place in the word order (see
    :func:`_word_order`), read off the token index (see :func:`_index`); None when it
    cannot be (cached). Each place links to the word's place before it
    (:func:`_places`): the whole-word lookups of :func:`word_offsets` and
    :func:`sentences_with` read a word's offsets there instead of searching the text
    for it (a word as short as "to" or "is" is found inside many others, each place
    then tested for its edges), and no list is made for a word no one asks for."""
    if "gate.last" not in doc.cache:
        _index(doc)
    return doc.cache["gate.last"]  # type: ignore[no-any-return]


def _places(doc: Doc, word: str) -> list[int]:
    """The places of ``word`` (one of :func:`_word_starts`) in the word order, ascending:
    its last, then each one's link back (-1 after the first)."""
    back: list[int] = doc.cache["gate.back"]
    i: int = doc.cache["gate.last"][word]
    out: list[int] = []
    while i >= 0:
        out.append(i)
        i = back[i]
    out.reverse()
    return out


def _offsets_of(doc: Doc, word: str) -> list[int]:
    """Where ``word`` (one of :func:`_word_starts`) begins, ascending."""
    offsets: list[int] = doc.cache["gate.order"][1]
    return [offsets[i] for i in _places(doc, word)]


def tokened(doc: Doc) -> bool:
    """Whether the article has a word index (see :func:`walk`): then every character of
    its text outside white space lies in one of its tokens, and every word character is
    a digit or an ASCII letter."""
    return _word_starts(doc) is not None


def _word_order(doc: Doc) -> tuple[list[str], list[int]] | None:
    """The words of :func:`_word_starts` in the order they occur, each with its offset
    (ascending), read off the token index with it; None when it cannot be."""
    _word_starts(doc)
    return doc.cache["gate.order"]  # type: ignore[no-any-return]


def untokened(text: str) -> bool:
    """Whether ``text`` has a word character no token begins with, one neither a digit
    nor an ASCII letter ("_", "é"; ``[^\\W\\dA-Za-z]``, which costs a Unicode lookup a
    character: the text's characters other than ASCII are looked at alone)."""
    if "_" in text:
        return True
    m = None if text.isascii() else _NON_ASCII.search(text)
    while m is not None:  # one at a time: a Hindi text answers at its first letter
        if m.group().isalnum() and not m.group().isdecimal():
            return True
        m = _NON_ASCII.search(text, m.end())
    return False


# each word's last place in the order; the words in text order; their offsets; each
# place's link to the same word's place before it (-1: none)
WordIndex = tuple[dict[str, int], list[str], list[int], list[int]]


def token_spans(doc: Doc) -> tuple[list[str], list[int], list[int]]:
    """The article's tokens (:data:`TOKEN`) with their starts and ends (cached): the
    feature tokens of the mention layer, and the words of :func:`sentences_with`."""
    if "gate.tokens" not in doc.cache:
        _index(doc)
    return doc.cache["gate.tokens"]  # type: ignore[no-any-return]


def _index(doc: Doc) -> None:
    """The article's tokens and, where the text allows (see :func:`walk`), its word
    index, from one walk over the text (cached together: whichever is asked first)."""
    text = doc.text
    tokens, index = walk(text, None if untokened(text) else lower_text(doc))
    doc.cache["gate.tokens"] = tokens
    doc.cache["gate.last"] = index[0] if index else None
    doc.cache["gate.back"] = index[3] if index else None
    doc.cache["gate.order"] = (index[1], index[2]) if index else None


def spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """``TOKEN.finditer(text)``'s tokens, starts and ends (see :func:`walk`)."""
    return walk(text, None)[0]


def walk(text: str, low: str | None
         ) -> tuple[tuple[list[str], list[int], list[int]], WordIndex | None]:
    """``TOKEN.finditer(text)``'s tokens, starts and ends, without a match object per
    token, read chunk by chunk: ``text.split()``'s runs without white space (the same
    white space as ``\\s``: both are ``str.isspace``'s). No token holds white space and
    each is the same whether its chunk is scanned alone or within the text (its one
    look beyond itself, the ``\\b`` after "'s", sees white space or the end either
    way), so the tokens are the chunks' tokens in order. Most chunks are one word, or a
    word and a punctuation mark ("said,"): :func:`_simple_tokens` reads those without
    the scan; any other is scanned alone (:func:`_scanned`).

    With ``low``, the lower-cased ``text`` of a text whose every word character is a
    digit or an ASCII letter (see :func:`untokened`; lowering then keeps every offset),
    also the word index from the same chunks: the words of ``_WORD.findall(low)`` in
    text order with their offsets, each word's last place in that order, and each
    place's link to the word's place before it (see :func:`_places`). A word never
    holds white space, and in such a text it is a chunk's run of ``str.isalnum``
    characters (:func:`_chunk_words`), its key the same run of ``low``."""
    toks: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    words: dict[str, int] = {}
    order: tuple[list[str], list[int], list[int]] = ([], [], [])
    at = 0
    for chunk in text.split():
        while text[at].isspace():  # (the white space ``split`` skipped: one blank, mostly)
            at += 1
        if not _simple_tokens(chunk, at, toks, starts, ends):
            _scanned(chunk, at, toks, starts, ends)
        if low is not None:
            _chunk_words(chunk, at, low, words, order)
        at += len(chunk)
    return (toks, starts, ends), (words, *order) if low is not None else None


def _chunk_words(chunk: str, at: int, low: str, words: dict[str, int],
                 order: tuple[list[str], list[int], list[int]]) -> None:
    """The runs of ``str.isalnum`` characters of ``chunk`` (at offset ``at`` of the text
    ``low`` lowers), each added as a word: the whole chunk, mostly, or all of it but a
    last mark ("said,")."""
    n = len(chunk)
    if chunk.isalnum():
        _add_word(words, order, low[at:at + n], at)
    elif n > 1 and chunk[:n - 1].isalnum():
        _add_word(words, order, low[at:at + n - 1], at)
    else:
        k = 0
        while k < n:
            if chunk[k].isalnum():
                j = k + 1
                while j < n and chunk[j].isalnum():
                    j += 1
                _add_word(words, order, low[at + k:at + j], at + k)
                k = j
            else:
                k += 1


def _add_word(words: dict[str, int], order: tuple[list[str], list[int], list[int]],
              key: str, start: int) -> None:
    """Note that the word ``key`` (lower-cased) begins at ``start``, the next place of
    the order: linked to the word's place before it, and the word's last."""
    keys, offsets, back = order
    back.append(words.get(key, -1))
    words[key] = len(keys)
    keys.append(key)
    offsets.append(start)


def _simple_tokens(chunk: str, at: int, toks: list[str], starts: list[int],
                   ends: list[int]) -> bool:
    """The tokens of a ``chunk`` at offset ``at`` that is a word of ``TOKEN``'s second
    kind (an ASCII letter, then word characters or "-") or such a word followed by one
    mark that is neither a word character nor "-" ("said,", "Meera."), appended; False
    (nothing appended) for any other chunk. A word character is one ``str.isalnum``
    holds, or "_": what ``\\w`` matches in a ``str`` pattern (both ask
    ``Py_UNICODE_ISALNUM``), beyond ASCII too ("Qé" is one token)."""
    first = ord(chunk[0])
    if not (97 <= first <= 122 or 65 <= first <= 90):  # (an ASCII letter)
        return False
    if _word_tail(chunk):
        toks.append(chunk)
        starts.append(at)
        ends.append(at + len(chunk))
        return True
    if len(chunk) < 2 or not _word_tail(chunk[:-1]):
        return False
    end = at + len(chunk) - 1  # (the chunk's last character is no word's: a mark)
    toks.append(chunk[:-1])
    starts.append(at)
    ends.append(end)
    toks.append(chunk[-1])
    starts.append(end)
    ends.append(end + 1)
    return True


def _word_tail(word: str) -> bool:
    """Whether ``word`` (not empty) is only word characters and "-" (``[\\w\\-]+``)."""
    return word.isalnum() or word.replace("-", "").replace("_", "").isalnum()


def _scanned(chunk: str, at: int, toks: list[str], starts: list[int],
             ends: list[int]) -> None:
    """``TOKEN``'s tokens of ``chunk`` (at offset ``at`` of the text), appended: found by
    ``findall``, each start by ``str.find`` from the previous token's end. Exact: every
    place a token's text occurs is one where ``TOKEN`` matches (its first character alone
    begins a match), so ``find`` can stop nowhere before the token's own start."""
    i = 0
    for tok in TOKEN.findall(chunk):
        i = chunk.find(tok, i)
        toks.append(tok)
        starts.append(at + i)
        i += len(tok)
        ends.append(at + i)


def plain_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """:func:`spans`'s plain form: the tokens, starts and ends of ``TOKEN.finditer``."""
    found = list(TOKEN.finditer(text))
    return [m.group() for m in found], [m.start() for m in found], [m.end() for m in found]


def sentences_with(doc: Doc, words: frozenset[str] = frozenset(),
                   literals: Iterable[str] = ()) -> list[int]:
    """Indices (in order) of the sentences whose lower-cased text may hold one of
    ``words`` (as a whole word) or ``literals`` (anywhere): each occurrence lying wholly
    inside a sentence marks it. All sentences when the article cannot be lower-cased
    safely (see :func:`caseless_text`)."""
    low = caseless_text(doc)
    if low is None:
        return list(range(len(doc.sentences)))
    found: set[int] = set()
    for word in words & _words(doc, low) if words else ():
        found |= _holding(doc, low, word, whole=True)
    for literal in literals:
        found |= _holding(doc, low, literal, whole=False)
    return sorted(found)


def has_word(doc: Doc, words: frozenset[str]) -> bool:
    """Whether the lower-cased article holds one of ``words`` (lower-case, word characters
    only) as a whole word: a set lookup each, where a pattern that opens with ``\\b``
    would be tried at every position. True when that cannot be told (the article cannot
    be lowered safely), as a gate must be."""
    low = caseless_text(doc)
    return low is None or not words.isdisjoint(_words(doc, low))


def word_offsets(doc: Doc, words: Iterable[str]) -> list[int] | None:
    """Ascending offsets where one of ``words`` (lower-case, word characters only)
    begins a whole word of the lower-cased article; None when it cannot be lowered
    safely. Words the article lacks cost a set lookup, not a search."""
    low = caseless_text(doc)
    if low is None:
        return None
    memo: dict[str, list[int]] = doc.cache.setdefault("gate.offsets", {})
    found: list[int] = []
    at = _word_starts(doc)
    for word in _words(doc, low).intersection(words):
        if word not in memo:
            memo[word] = _offsets_of(doc, word) if at is not None else [
                i for i in occurrences(low, word) if _whole(low, i, i + len(word))]
        found += memo[word]
    return sorted(found)


PhraseWords = dict[str, tuple[tuple[str, ...], ...]]


def phrase_words(phrases: Iterable[str]) -> PhraseWords:
    """Each phrase as its words (runs of word characters, lower-cased), by its first word:
    what :func:`phrase_offsets` looks for."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        found = tuple(_WORD.findall(phrase.lower()))
        if found:
            out.setdefault(found[0], []).append(found)
    return {k: tuple(v) for k, v in out.items()}


def phrase_offsets(doc: Doc, phrases: PhraseWords) -> list[int] | None:
    """Ascending offsets where the words of one of ``phrases`` (see :func:`phrase_words`)
    follow each other in the article's ordered word index, the first at the offset: where
    a case-insensitive pattern led by a whole-word alternation of the phrases (their
    words joined by white space or by the phrase's own characters, the last word ending
    at a word boundary or white space) can begin. Its first words alone (see
    :func:`word_offsets`) are a superset: "to" of "to enter", "is" of "is back in"
    stand in most sentences. None when the index cannot tell (see :func:`starts_in`)."""
    low = caseless_text(doc)
    order = _word_order(doc)
    at = _word_starts(doc)
    if low is None or order is None or at is None:
        return None
    keys, offsets = order
    found: list[int] = []
    for first in _words(doc, low).intersection(phrases):
        for i in _places(doc, first):
            if any(_follows(keys, i, words) for words in phrases[first]):
                found.append(offsets[i])
    return sorted(found)


def index_at(values: list[int], x: int) -> int:
    """``bisect.bisect_left(values, x)`` (``values`` ascending), written out: compiled, a
    call of the C function goes through the generic call path and compares boxed
    integers (about 1,300 instructions over the word order's few hundred offsets), this
    loop a few hundred."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def index_after(values: list[int], x: int) -> int:
    """``bisect.bisect_right(values, x)`` written out (see :func:`index_at`)."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _follows(keys: list[str], i: int, words: tuple[str, ...]) -> bool:
    """Whether ``keys[i:i + len(words)]`` are ``words``."""
    if i + len(words) > len(keys):
        return False
    return all(keys[i + k] == words[k] for k in range(1, len(words)))  # (the first is known)


def starts_in(doc: Doc, s: Sentence, words: frozenset[str]) -> list[int] | None:
    """Ascending offsets into ``s.text`` where one of ``words`` (see :func:`first_words`)
    begins a whole word: where a pattern run on the sentence alone that opens with one
    of them can match (see :func:`scan.finditer_at`). None when that cannot be told from
    the article's word offsets: the text cannot be lowered safely, or a word runs across
    the sentence's edge (the sentence alone would see a whole word there). Read off the
    ordered word index: the sentence's own words (a slice of it, found once per
    sentence), each looked up in ``words``; where the article has no token index, off
    each word set's offsets (:func:`starts_by_offsets`, the plain form)."""
    text = doc.text
    start, end = s.start, s.end
    if (start > 0 and _word_char(text[start - 1])) or (
            end < len(text) and _word_char(text[end])):
        return None
    order = _word_order(doc)
    if order is None or caseless_text(doc) is None:
        return starts_by_offsets(doc, s, words)
    spans: dict[int, tuple[int, int]] = doc.cache.setdefault("gate.sentence_words", {})
    key = start * (len(text) + 1) + end
    if key not in spans:  # (asked once per word set)
        spans[key] = (index_at(order[1], start), index_at(order[1], end))
    lo, hi = spans[key]
    keys, at = order
    return [at[i] - start for i in range(lo, hi) if keys[i] in words]


def starts_by_offsets(doc: Doc, s: Sentence, words: frozenset[str]) -> list[int] | None:
    """:func:`starts_in`'s answer from the offsets of ``words`` in the whole article
    (:func:`word_offsets`, sorted once per set), sliced to the sentence."""
    text = doc.text
    if (s.start > 0 and _word_char(text[s.start - 1])) or (
            s.end < len(text) and _word_char(text[s.end])):
        return None
    memo: dict[frozenset[str], list[int] | None] = doc.cache.setdefault("gate.firsts", {})
    if words not in memo:  # (asked sentence by sentence with the same words)
        memo[words] = word_offsets(doc, words)
    found = memo[words]
    if found is None:
        return None
    lo, hi = bisect_left(found, s.start), bisect_left(found, s.end)
    return [p - s.start for p in found[lo:hi]]


def phrase_matches(doc: Doc, s: Sentence, pattern: re.Pattern[str], text: str,
                   firsts: frozenset[str] | None, lo: int = 0) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, where ``text`` is the sentence ``s``'s text from ``lo``
    on (all of it, or a clause: ``s.text[lo:lo + len(text)]``) or its lower-cased form of
    the same length, and every match of ``pattern`` begins at a whole word among
    ``firsts`` (see :func:`phrase_firsts`; a :func:`scan.lower_phrases` pattern of
    phrases that begin with a word) and is never empty: tried only where one of those words
    begins (:func:`scan.finditer_at`), when the article's word offsets tell where
    (:func:`starts_in`); else by ``finditer``, the plain form. A phrase pattern led by a
    lookbehind, or of phrases beginning with most letters, gives ``re`` nothing to skip
    ahead with: ``finditer`` tries it at every character. A part of the sentence is read
    the plain way when a word runs across its end (the part alone would see a shorter
    word there); its first offset is always tried (a superset will do). ``firsts`` None
    (see :func:`phrase_firsts`): read the plain way."""
    starts = None if firsts is None else starts_in(doc, s, firsts)
    if starts is None:
        return pattern.finditer(text)
    hi = lo + len(text)
    if lo == 0 and hi == len(s.text):
        return finditer_at(pattern, text, starts)
    if 0 < hi < len(s.text) and _word_char(s.text[hi - 1]) and _word_char(s.text[hi]):
        return pattern.finditer(text)
    i, j = bisect_left(starts, lo), bisect_left(starts, hi)
    return finditer_at(pattern, text, [0, *(p - lo for p in starts[i:j] if p > lo)])


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def occurrences(text: str, item: str) -> list[int]:
    """Every offset where ``item`` occurs in ``text``."""
    out = []
    i = text.find(item)
    while i >= 0:
        out.append(i)
        i = text.find(item, i + 1)
    return out


def _whole(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` is bounded by no word character on either side."""
    return _word_edge(low, start - 1) and _word_edge(low, end)


def _holding(doc: Doc, low: str, item: str, whole: bool) -> frozenset[int]:
    """The sentences holding ``item`` (as a whole word if ``whole``), remembered per
    article: several extractors ask for the same words."""
    memo: dict[tuple[str, bool], frozenset[int]] = doc.cache.setdefault("gate.holding", {})
    key = (item, whole)
    if key not in memo:
        if "gate.starts" not in doc.cache:
            doc.cache["gate.starts"] = [s.start for s in doc.sentences]
        starts = doc.cache["gate.starts"]
        found: set[int] = set()
        at = _word_starts(doc) if whole else None  # (a whole word: one of the article's)
        for i in _offsets_of(doc, item) if at is not None else occurrences(low, item):
            end = i + len(item)
            if at is not None or not whole or _whole(low, i, end):
                k = index_after(starts, i) - 1
                if k >= 0 and end <= doc.sentences[k].end:
                    found.add(k)
        memo[key] = frozenset(found)
    return memo[key]


def _word_edge(low: str, i: int) -> bool:
    """Whether ``low[i]`` is outside the text or no word character."""
    return i < 0 or i >= len(low) or not (low[i].isalnum() or low[i] == "_")
