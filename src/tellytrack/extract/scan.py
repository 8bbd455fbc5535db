"""Fast regular expressions: "any of these phrases", and "a title before a cue".

A plain alternation ``\\b(?:quit|quits|called it quits|...)`` makes Python's
``re`` try every phrase at every position of the text, which dominated the
extraction profile. Factoring the phrases into a character trie
(``qui(?:t(?:s|ting)?)...``) lets the engine reject a position after one
character, about five times faster, and matches the same text: at a shared
prefix the trie prefers the longer continuation, as the longest-first
alternation did.

A pattern that starts with a title (``(TITLE)\\s+starrer``) is tried at every
capital letter; :func:`near` runs it only on the lines around the places where
its cue occurs, which is where every match must lie. A pattern that starts with
``\\b`` or a lookbehind is tried at every position; :func:`finditer_at` tries it
only where one of its first words begins (found with ``str.find``).
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

with warnings.catch_warnings():  # re's parser under its old names: typed, and deprecated
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sc
    import sre_parse

_Trie = dict[str, "_Trie"]
_END: Final = ""


def alternation(phrases: Iterable[str], expand: Mapping[str, str] | None = None,
                space: str = r"\s+") -> str:
    """A regex matching any phrase; a space matches ``space`` (any white space by
    default) and each word of ``expand`` (``{"poss": "(?:her|his|their)"}``) its pattern."""
    return _emit(_trie(phrases, expand or {}, space)) or "(?!)"


def alternation_after(phrases: Iterable[str], not_after: str, space: str = r"\s+") -> str:
    """``(?<!NOT_AFTER)(?:ALTERNATION)`` (``not_after`` a one-character class such as
    ``[\\w&]``), written with each branch's first character first and the lookbehind
    right after it: ``re`` tries a pattern led by a lookbehind at every position of the
    text, one led by a branch of literal characters only where one of them stands. The
    same matches (the phrases' first units are single characters)."""
    trie = _trie(phrases, {}, space)
    branches = [f"{unit}(?<!{not_after}{unit}){_emit(child)}"
                for unit, child in sorted(trie.items()) if unit != _END]
    return f"(?:{'|'.join(branches)})" if branches else "(?!)"


def _trie(phrases: Iterable[str], expand: Mapping[str, str], space: str) -> _Trie:
    """The phrases as a trie of regex units (see :func:`_units`)."""
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for unit in _units(phrase, expand, space):
            node = node.setdefault(unit, {})
        node[_END] = {}
    return trie


def _units(phrase: str, expand: Mapping[str, str], space: str) -> list[str]:
    """A phrase as regex units: one per character, one per white-space run, one per
    expanded word."""
    out: list[str] = []
    for i, word in enumerate(phrase.split()):
        if i:
            out.append(space)
        out.extend([expand[word]] if word in expand else [re.escape(ch) for ch in word])
    return out


def _emit(node: _Trie) -> str:
    """The regex for a trie node: its branches, optional when a phrase may end here."""
    branches = [unit + _emit(child) for unit, child in sorted(node.items()) if unit != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if _END not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 and len(branches[0]) > 1 else f"{body}?"


def near(pattern: re.Pattern[str], cue: re.Pattern[str], text: str, pos: int = 0,
         cue_text: str | None = None, reach: int | None = None,
         cue_at: Iterable[int] | None = None, needs: tuple[str, ...] = ()
         ) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos)`` for a pattern whose every match ends with (or
    contains, on its last line) a match of ``cue``: only the text around each cue is
    scanned, from the line before it (skipping blank space) to the cue's line end.
    With ``reach``, a match is known to begin with a title-like run of words ending at
    most ``reach`` characters before the cue: the scan then runs from that run to the
    end of the cue's run of words. Overlapping windows are merged, so the scan inside
    each is exactly what ``finditer`` would do there. The cue may be looked for in
    ``cue_text`` instead (``text.lower()``, same offsets), and only at ``cue_at`` (see
    :func:`finditer_at`: a superset of where it can start). ``needs``: strings one of
    which every match of the cue holds (as written in ``text``): when ``text`` holds
    none, there is no cue and nothing is scanned (a cue ``re`` cannot skip ahead in,
    such as one that opens with a ``\\b`` alternative, was tried at every position).
    """
    if needs and not any(n in text for n in needs):
        return
    window: tuple[int, int] | None = None
    where = text if cue_text is None else cue_text
    cues = cue.finditer(where, pos) if cue_at is None else finditer_at(cue, where, cue_at, pos)
    for c in cues:
        # (runs are found backwards in the reversed text: made once per text, and only
        # when a cue is there)
        start, end = _window(text, _reversed(text) if reach is not None else "", c, pos, reach)
        if window and start <= window[1]:
            window = (min(window[0], start), max(window[1], end))
            continue
        if window:
            yield from pattern.finditer(text, *window)
        window = (start, end)
    if window:
        yield from pattern.finditer(text, *window)


_RUN: Final = re.compile(r"[\w\- \t]*")  # word characters, hyphens and blanks


def _window(text: str, rev: str, c: re.Match[str], pos: int,
            reach: int | None) -> tuple[int, int]:
    """Where a match ending at cue ``c`` can lie (see :func:`near`); ``rev`` is the text
    reversed, to find the start of a run with a forward match."""
    newlines = _newlines(text)
    i = bisect_left(newlines, c.end())
    end = newlines[i] if i < len(newlines) else len(text)
    back = c.start()
    while back > pos and text[back - 1].isspace():
        back -= 1
    i = bisect_left(newlines, back)
    start = max(newlines[i - 1] + 1 if i else 0, pos)
    if reach is not None:
        n, i = len(text), max(start, c.start() - reach)
        start = n - _run_end(rev, n - i, n - start)
        end = _run_end(text, c.end(), end)
    return start, end


_LAST_TEXT: Final[list[tuple[str, list[int]]]] = [("", [])]
_LAST_REVERSED: Final[list[tuple[str, str]]] = [("", "")]


def _reversed(text: str) -> str:
    """``text[::-1]``, made once per text (the last one is kept: the show layer calls
    :func:`near` with a ``reach`` a dozen times over one article, and a reversed copy of
    it each time cost more than most of those scans)."""
    last = _LAST_REVERSED[0]
    if last[0] is not text:
        last = (text, text[::-1])
        _LAST_REVERSED[0] = last
    return last[1]


def _newlines(text: str) -> list[int]:
    """Where ``text``'s line breaks are, found once per text (the last one is kept:
    every cue of every pattern asks for its line, and searching for the line's ends
    each time made a long one-line article quadratic)."""
    last = _LAST_TEXT[0]
    if last[0] is not text:
        last = (text, [m.start() for m in _NEWLINE.finditer(text)])
        _LAST_TEXT[0] = last
    return last[1]


_NEWLINE: Final = re.compile("\n")


def _run_end(text: str, i: int, ceiling: int) -> int:
    """The end of the run of word characters, hyphens and blanks from ``i``."""
    m = _RUN.match(text, i, ceiling)
    return m.end() if m else i


# Measured on news text: with 7 first letters the letter-first form was faster, with 16
# or more the boundary-first one.
_FEW_FIRST_LETTERS: Final = 10


def lower_phrases(phrases: Iterable[str], tail: str = r"\b") -> re.Pattern[str]:
    """Whole-word phrases to look for in LOWER-CASED text, case-sensitively (see
    :func:`lowered`): several times faster than ``(?i)\\b(?:...)``, the same matches.
    When the phrases begin with few letters, every alternative starts with a plain
    letter and the left word boundary is checked just after it (``(?<!\\w.)``), so
    ``re`` skips ahead to those letters; when they begin with most letters there is
    nothing to skip, and the boundary is checked first (``(?<!\\w)``), which rejects
    a position inside a word before the alternatives are tried (about twice as fast
    there, half as fast with few first letters)."""
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for unit in _units(phrase.lower(), {}, r"\s+"):
            node = node.setdefault(unit, {})
        node[_END] = {}
    if len(trie) > _FEW_FIRST_LETTERS:
        body = _emit(trie) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{body}){tail}")
    branches = [unit + r"(?<!\w.)" + _emit(child) for unit, child in sorted(trie.items())]
    return re.compile(f"(?:{'|'.join(branches) or '(?!)'}){tail}")


def lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every offset (all but a few letters do), else None:
    the caller then falls back to a case-insensitive pattern."""
    low = text.lower()
    return low if len(low) == len(text) else None


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int],
                pos: int = 0) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos)`` for a pattern that matches only at one of
    ``starts`` (ascending; a superset will do) and never matches empty: the pattern is
    tried at those places alone, where ``finditer`` tries every position (a pattern
    that opens with ``\\b`` or a lookbehind gives ``re`` nothing to skip ahead with).
    Each match is the one ``finditer`` finds there: the engine matches the same way
    at a position whether it got there by searching or was put there."""
    for start in starts:
        if start >= pos and (m := pattern.match(text, start)):
            yield m
            pos = m.end()


def word_starts(text: str, prefixes: Iterable[str], whole: bool = True) -> list[int]:
    """Ascending offsets where one of ``prefixes`` begins a word of ``text`` (the
    character before is no word character): where a ``\\b(?:prefix...)`` can match.
    With ``whole=False``, every offset where one occurs, inside a word or not."""
    found: set[int] = set()
    for prefix in prefixes:
        i = text.find(prefix)
        while i >= 0:
            if not whole or i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
                found.add(i)
            i = text.find(prefix, i + 1)
    return sorted(found)


def words_before(text: str, hits: Iterable[int]) -> list[int]:
    """Ascending offsets of the capitals and digits of the word just before each offset
    of ``hits`` (skipping white space, then a comma, an apostrophe or "'s"): where a
    cue "capitalised word, then a tail" can start, given where its tail's first word
    begins (searching from the tail's words is fast, from a capital is not)."""
    found: set[int] = set()
    for j in hits:
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j > 1 and text[j - 1] == "s" and text[j - 2] in "'’":
            j -= 2
        elif j > 0 and text[j - 1] in ",'’":
            j -= 1
        k = j
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_-"):
            k -= 1
        word = text[k:j]
        if not (word.isalpha() and word.islower()):  # (else none: "the actress", "show")
            found.update(i for i in range(k, j) if text[i].isupper() or text[i].isdigit())
    return sorted(found)


# Letters that ``re.IGNORECASE`` equates with an ASCII letter but ``str.lower`` does not
# turn into one (dotless i, long s, Kelvin sign).
_CASE_EXTRAS: Final = re.compile("[\u0131\u017f\u212a]")


def case_safe(text: str) -> bool:
    """Whether an ASCII phrase found in :func:`lowered` text is exactly what a
    case-insensitive pattern finds in ``text`` (none of the letters above is in it):
    three substring tests, where the character class cost a set lookup per character
    (``not _CASE_EXTRAS.search(text)``, tested)."""
    return "\u0131" not in text and "\u017f" not in text and "\u212a" not in text


def caseless(text: str) -> str | None:
    """:func:`lowered`, when an ASCII phrase found in it is exactly what a
    case-insensitive pattern finds in ``text``; else None."""
    low = lowered(text)
    return low if low is not None and case_safe(text) else None


def first_gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` led by a lookahead for the characters its matches can begin with
    (``(?=[...])(?:PATTERN)``), when those can be told from its parse: the same
    matches, but ``re`` rejects any other position with one test instead of trying
    every branch there (a long alternation led by a lookbehind, as the Hindi cue
    patterns are, was tried branch by branch at every character). The pattern
    itself when they cannot (a class such as ``\\w`` or ``.``, a case-insensitive
    part, a pattern that can match the empty string)."""
    try:
        chars = _first_chars(sre_parse.parse(pattern.pattern, pattern.flags).data)
        if chars is None or chars[1] or pattern.flags & re.IGNORECASE:
            return pattern
        cls = "".join(sorted(re.escape(c) for c in chars[0]))
        return re.compile(f"(?=[{cls}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. a global inline flag, which must open the pattern
        return pattern


def _first_chars(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """The characters a match of the parsed ``items`` can begin with, and whether it
    can be empty; None when not told (a category, a negated class, a flag...).
    Zero-width assertions are passed over: what follows them is a superset."""
    chars: set[str] = set()
    for op, av in items:
        if op is sc.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is sc.IN:
            for sub_op, sub_av in av:
                if sub_op is sc.LITERAL:
                    chars.add(chr(sub_av))
                elif sub_op is sc.RANGE:
                    chars.update(chr(c) for c in range(sub_av[0], sub_av[1] + 1))
                else:
                    return None
            return chars, False
        if op in (sc.ASSERT, sc.ASSERT_NOT, sc.AT):
            continue
        if op is sc.BRANCH:
            alts = [_first_chars(branch.data) for branch in av[1]]
        elif op is sc.SUBPATTERN and not av[1] & re.IGNORECASE:
            alts = [_first_chars(av[3].data)]
        elif op is sc.ATOMIC_GROUP:
            alts = [_first_chars(av.data)]
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
            inner = _first_chars(av[2].data)
            alts = [None if inner is None else (inner[0], inner[1] or av[0] == 0)]
        else:
            return None
        empty = False
        for alt in alts:
            if alt is None:
                return None
            chars |= alt[0]
            empty = empty or alt[1]
        if not empty:
            return chars, False
    return chars, True



class EndAnchored:
    """A pattern whose every match ends at the end of the text (``HEAD\\s+$``,
    ``HEAD\\s*$``, ``HEAD$``: its last item is ``$``), searched from where a match can
    begin. ``re`` tries such a pattern at every position of the text (it cannot know
    that only the end can match), and these are run over a sentence's head before a
    name. A match's HEAD ends in the white space that ends the text, and holds at most
    :attr:`reach` characters other than white space (read off the pattern's parse: a
    run of white space counts none, the rest its longest match); so a match begins
    after the ``reach + 1``-th such character back from the text's end, and the search
    starts there: the same leftmost match. A pattern whose HEAD can hold any number of
    them (``[a-z]+``, ``[A-Z]\\w*``) has no such reach, but may still hold a bounded
    number of words (:attr:`words`, see :func:`end_words`): its search then starts
    after the ``words + 1``-th run of such characters back from the end. A pattern with
    neither, or not anchored so, is searched the plain way (both -1)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.reach = end_reach(pattern)
        self.words = end_words(pattern) if self.reach < 0 else -1

    def search(self, text: str, pos: int = 0, endpos: int = -1) -> re.Match[str] | None:
        """``self.pattern.search(text, pos, endpos)`` (``endpos`` -1: the text's end)."""
        end = len(text) if endpos < 0 else min(endpos, len(text))
        if self.reach >= 0:
            pos = _back_over(text, pos, end, self.reach)
        elif self.words >= 0:
            pos = _back_over_words(text, pos, end, self.words)
        return self.pattern.search(text, pos, end)


def _back_over_words(text: str, pos: int, end: int, words: int) -> int:
    """The least offset from ``pos`` on where ``text[at:end]`` holds at most ``words``
    runs of characters other than white space (a run cut at ``at`` counts)."""
    at = end
    solid = False  # (inside a run)
    while at > pos:
        if text[at - 1].isspace():
            solid = False
        elif not solid:
            if words == 0:
                break
            words -= 1
            solid = True
        at -= 1
    return at


def _back_over(text: str, pos: int, end: int, reach: int) -> int:
    """The least offset from ``pos`` on where ``text[at:end]`` holds at most ``reach``
    characters other than white space."""
    at = end
    while at > pos:
        if not text[at - 1].isspace():
            if reach == 0:
                break
            reach -= 1
        at -= 1
    return at


def end_reach(pattern: re.Pattern[str]) -> int:
    """How many characters other than white space a match of ``pattern`` can hold (see
    :class:`EndAnchored`); -1 when unbounded, or when ``pattern`` is not anchored at the
    text's end (its last item ``$`` or ``\\Z``, without ``re.MULTILINE``)."""
    items = _before_end(pattern)
    if items is None:
        return -1
    reach = _solid_width(items)
    return -1 if reach >= _UNBOUNDED else reach


def _before_end(pattern: re.Pattern[str]) -> list[tuple[Any, Any]] | None:
    r"""The parsed items of ``pattern`` before its closing ``$`` or ``\Z``; None when it
    does not end so (or is ``re.MULTILINE``, where ``$`` ends any line)."""
    if pattern.flags & re.MULTILINE:
        return None
    try:
        items: list[tuple[Any, Any]] = list(sre_parse.parse(pattern.pattern, pattern.flags).data)
    except re.error:
        return None
    if not items or items[-1][0] is not sc.AT or items[-1][1] not in (sc.AT_END,
                                                                      sc.AT_END_STRING):
        return None
    return items[:-1]


_UNBOUNDED: Final = 1 << 30
_ZERO_WIDTH: Final = (sc.AT, sc.ASSERT, sc.ASSERT_NOT)
_ONE_CHARACTER: Final = (sc.LITERAL, sc.NOT_LITERAL, sc.IN, sc.ANY)
_REPEATS: Final = (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT)


def _solid_width(items: list[tuple[Any, Any]]) -> int:
    """The most characters other than white space the parsed ``items`` can match
    (:data:`_UNBOUNDED` or more when any number)."""
    total = 0
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op in _ONE_CHARACTER:
            total += 0 if _only_space(op, av) else 1
        elif op is sc.BRANCH:
            total += max(_solid_width(branch.data) for branch in av[1])
        elif op is sc.SUBPATTERN:
            total += _solid_width(av[3].data)
        elif op is sc.ATOMIC_GROUP:
            total += _solid_width(av.data)
        elif op in _REPEATS:
            inner = _solid_width(av[2].data)
            total += 0 if inner == 0 else (_UNBOUNDED if av[1] == sc.MAXREPEAT else inner * av[1])
        else:  # a back reference, a conditional group...
            return _UNBOUNDED
        if total >= _UNBOUNDED:
            return _UNBOUNDED
    return total


def end_words(pattern: re.Pattern[str]) -> int:
    """How many runs of characters other than white space (words, loosely: "her",
    "sudden", "A's") a match of ``pattern`` can span (see :class:`EndAnchored`); -1 when
    unbounded or not anchored at the text's end (as :func:`end_reach`). A match spans
    one run more than the gaps inside it, and a gap (white space with other characters
    on both sides) begins at a character matched by an item that can match white space:
    each such one-character item opens at most one gap, a repeat of an item that
    matches white space alone at most one (what it matches is one stretch of white
    space), one that matches no white space none (``[a-z]+``), any other repeat its
    inner count times its most. White space that leads or ends the match opens no gap,
    so the items matching only white space at the pattern's two ends count nothing."""
    body = _before_end(pattern)
    if body is None:
        return -1
    while body and _spaces_only([body[-1]]):
        body.pop()
    first = 0
    while first < len(body) and (body[first][0] in _ZERO_WIDTH or _spaces_only([body[first]])):
        first += 1
    gaps = _gaps(body[first:])
    return -1 if gaps >= _UNBOUNDED else gaps + 1


def _gaps(items: list[tuple[Any, Any]]) -> int:
    """The most gaps (see :func:`end_words`) the parsed ``items`` can open
    (:data:`_UNBOUNDED` or more when any number)."""
    total = 0
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op in _ONE_CHARACTER:
            total += 0 if _never_space(op, av) else 1
        elif op is sc.BRANCH:
            total += max(_gaps(branch.data) for branch in av[1])
        elif op is sc.SUBPATTERN:
            total += _gaps(av[3].data)
        elif op is sc.ATOMIC_GROUP:
            total += _gaps(av.data)
        elif op in _REPEATS:
            inner = _gaps(av[2].data)
            if inner and _spaces_only(av[2].data):
                total += 1
            elif inner:
                total += _UNBOUNDED if av[1] == sc.MAXREPEAT else inner * av[1]
        else:  # a back reference, a conditional group...
            return _UNBOUNDED
        if total >= _UNBOUNDED:
            return _UNBOUNDED
    return total


def _spaces_only(items: list[tuple[Any, Any]]) -> bool:
    """Whether the parsed ``items`` match white space alone, one stretch of it (``\\s+``,
    ``[ \\t]*``, a space): each a one-character item that matches only white space, or a
    repeat of such items."""
    for op, av in items:
        if op in _REPEATS:
            if not _spaces_only(av[2].data):
                return False
        elif op not in _ONE_CHARACTER or not _only_space(op, av):
            return False
    return bool(items)


# Every character ``str.isspace`` (and so ``\s`` and ``str.split``) takes for white space
# (a test compares it with ``isspace`` over all of Unicode).
SPACE_CODES: Final[tuple[int, ...]] = (
    *range(9, 14), *range(28, 33), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028,
    0x2029, 0x202F, 0x205F, 0x3000)
_NEVER_SPACE_CATEGORIES: Final = (sc.CATEGORY_WORD, sc.CATEGORY_DIGIT, sc.CATEGORY_NOT_SPACE)


def _never_space(op: Any, av: Any) -> bool:
    """Whether a one-character item can match no white space (a letter, ``[a-z]``,
    ``\\w``, ``[\\w.-]``); False when it may (``.``, ``[^,]``, ``\\W``)."""
    if op is sc.LITERAL:
        return not chr(av).isspace()
    if op is not sc.IN:
        return False
    for sub_op, sub_av in av:
        if sub_op is sc.LITERAL:
            if chr(sub_av).isspace():
                return False
        elif sub_op is sc.RANGE:
            if any(sub_av[0] <= c <= sub_av[1] for c in SPACE_CODES):
                return False
        elif sub_op is not sc.CATEGORY or sub_av not in _NEVER_SPACE_CATEGORIES:
            return False  # (a negated set, \W, \s, ...)
    return True


def _only_space(op: Any, av: Any) -> bool:
    """Whether a one-character item matches white space alone (``\\s``, a space...)."""
    if op is sc.LITERAL:
        return chr(av).isspace()
    if op is not sc.IN:
        return False
    return all((sub_op is sc.CATEGORY and sub_av is sc.CATEGORY_SPACE)
               or (sub_op is sc.LITERAL and chr(sub_av).isspace()) for sub_op, sub_av in av)
