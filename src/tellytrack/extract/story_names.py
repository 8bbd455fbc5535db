"""Who is a character and who is an actor in one article, for the story extractors.

Events and relations are between characters, never actors, so both extractors
need the article's cast map (actor -> character) and a way to read character
names inside a clause. The cast extractor (``extract/cast.py``) and the name
finder (``extract/names.py``) are the authorities; this module reads their answers
in the form the story extractors use. Results are cached in ``doc.cache`` because
both extractors ask for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, Final

from tellytrack.extract import names
from tellytrack.extract.cast import roles as cast_roles
from tellytrack.extract.document import Doc
from tellytrack.extract.info_rules import whole_word_hits
from tellytrack.extract.lexicon import words
from tellytrack.extract.shows import fold

# A capitalised name of one to four tokens ("Sharda Devi", "Choti Gauri", "ACP Raghav Rathore").
_TOKEN: Final = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]{2,4}(?=\s+[A-Z][a-z]))"
NAME: Final = rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}}"
# ``\b{NAME}\b`` with its first capital taken out of the alternation and the boundary
# checked after it: a pattern led by ``\b`` is tried at every position of the text, one
# led by ``[A-Z]`` only at capitals (the same matches; tests/extract/test_story_names.py).
_TOKEN_REST: Final = r"(?:[a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]{1,3}(?=\s+[A-Z][a-z]))"
NAME_RE: Final = re.compile(rf"[A-Z](?<!\w[A-Z]){_TOKEN_REST}(?:[ \t]+{_TOKEN}){{0,3}}\b")

_ARTICLE_BEFORE: Final = re.compile(r"\b(?:a|an)\s+$")


def _cached(doc: Doc, key: str, compute: Callable[[Doc], Any]) -> Any:
    if key not in doc.cache:
        doc.cache[key] = compute(doc)
    return doc.cache[key]


def _is_stop(name: str) -> bool:
    """A "name" made only of words that never name a character."""
    stops = words("story_stopwords")
    return all(t.lower() in stops for t in name.split())


def _trim(name: str) -> str:
    """Drop leading stop words a greedy match swallowed ("The Arjun" -> "Arjun")."""
    tokens = name.split()
    stops = words("story_stopwords")
    while tokens and tokens[0].lower() in stops:
        tokens.pop(0)
    return " ".join(tokens)


def roles(doc: Doc) -> dict[str, str]:
    """Actor -> character for this article (the cast extractor's answer)."""
    return _cached(doc, "story.roles", cast_roles)  # type: ignore[no-any-return]


def people(doc: Doc) -> frozenset[str]:
    """Real people (actors, makers) the article names, including their single name parts."""
    def compute(d: Doc) -> frozenset[str]:
        full = frozenset(names.people(d))
        return full | {part for name in full for part in name.split()}
    return _cached(doc, "story.people", compute)  # type: ignore[no-any-return]


def characters(doc: Doc) -> frozenset[str]:
    """Character names the article establishes (the name finder's answer)."""
    return _cached(doc, "story.characters",  # type: ignore[no-any-return]
                   lambda d: frozenset(names.characters(d)))


def as_character(doc: Doc, name: str) -> str | None:
    """The character ``name`` stands for: itself, or the role of the actor it names
    (remembered per article: the story extractors ask for the same names in every
    sentence, and each answer reads the whole cast map)."""
    memo: dict[str, str | None] = doc.cache.setdefault("story.as_character", {})
    if name not in memo:
        memo[name] = _as_character(doc, name)
    return memo[name]


def _as_character(doc: Doc, name: str) -> str | None:
    """:func:`as_character` computed."""
    name = _trim(name)
    if not name or _is_stop(name):
        return None
    cast = roles(doc)
    if name in cast:
        return _trim(cast[name]) or None
    for actor, char in cast.items():
        if name in actor.split():
            return _trim(char) or None
    if name in people(doc):
        return None
    if " " in name and fold(name) in {fold(n) for n in doc.shows.names}:
        return None  # "Pyaar Ki Dor, Arjun and Meera's daughter": a title of words is no one
    return name


def _blank_shows(doc: Doc, text: str) -> str:
    """``text`` with multi-word show titles blanked, so their words are not names, and a
    one-word title where the words around it name the show (:func:`show_context`)."""
    for show in doc.shows.names:
        if len(show.split()) > 1 and show in text:
            text = text.replace(show, " " * len(show))
        elif show in text:
            for at in whole_word_hits(text, show):
                if show_context(text, at, at + len(show)):
                    text = text[:at] + " " * len(show) + text[at + len(show):]
    return text


# A title's place that names the show, not a character of the same name (a show is often
# named after its lead): "In X, ...", "the upcoming episode of X", "X's latest promo".
_SHOW_BEFORE: Final = re.compile(
    r"(?:(?:^|[.!?:]\s+|\n)(?:In|in)|\b(?:episodes?|promo|track|makers|sets|cast|storyline|"
    r"story|plot|finale|premiere|fans|viewers)\s+of(?:\s+the\s+(?:show|serial))?|"
    r"\b(?:show|serial|series|drama))\s+$")
_SHOW_AFTER: Final = re.compile(
    r"['’]s\s+(?:(?:upcoming|latest|next|new|current|recent|last|today['’]s|tonight['’]s)\s+)?"
    r"(?:episodes?|promo|track|twist|storyline|plot|makers|sets|cast|finale|premiere)\b")


def show_context(text: str, start: int, end: int) -> bool:
    """Whether the title at ``text[start:end]`` stands where only a show is named: after
    "In" opening a sentence and before a comma, after "the episode of", "show", or
    before "'s upcoming episode"."""
    before = _SHOW_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and (not before.group().lstrip(".!?: \n").lower().startswith("in")
                            or text.startswith(",", end))) or bool(_SHOW_AFTER.match(text, end))


def names_in(doc: Doc, text: str, offset: int = 0) -> Iterator[tuple[int, int, str]]:
    """Character names in ``text`` as (start, end, character), actors mapped to roles.

    A name counts when the article establishes it as a character (or an actor
    with a known role), when it is a single unknown word (characters go by
    first names), or when an unknown multi-word name recurs: a one-off
    multi-word name is mostly a person or a title. Read once per text and article
    (the story extractors read each sentence, and the sentences before it, again).
    """
    memo: dict[str, list[tuple[int, int, str]]] = doc.cache.setdefault("story.names_in", {})
    if text not in memo:
        memo[text] = list(_names_in(doc, text))
    return iter([(offset + a, offset + b, c) for a, b, c in memo[text]] if offset
                else memo[text])


def _names_in(doc: Doc, text: str) -> Iterator[tuple[int, int, str]]:
    """:func:`names_in` computed, offsets into ``text``. An unknown single word the article
    also writes in lower case is a headline's word ("Kesar Learns She Is Pregnant"), not
    a character."""
    known = characters(doc)
    common = names.common_words(doc)
    for m in NAME_RE.finditer(_blank_shows(doc, text)):
        if article_before(text, m.start()):
            continue  # "a Tamilian dentist": a capitalised adjective, not a name
        raw = _trim(m.group())
        char = as_character(doc, raw)
        if char and "-" not in raw and (char in known or char != raw or (
                len(raw.split()) == 1 and not names.is_common(common, raw.lower()))
                or _count(doc, raw) >= 2):
            yield m.start(), m.end(), char


def _count(doc: Doc, name: str) -> int:
    """``doc.text.count(name)``, counted once per article and name."""
    memo: dict[str, int] = doc.cache.setdefault("story.count", {})
    if name not in memo:
        memo[name] = doc.text.count(name)
    return memo[name]


def article_before(text: str, end: int) -> bool:
    """``_ARTICLE_BEFORE.search(text, 0, end)`` ("a"/"an" and white space right before
    ``end``), read backwards from ``end`` instead of searched for from the start."""
    i = end
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == end:
        return False
    for word in ("a", "an"):
        k = i - len(word)
        if k >= 0 and text.startswith(word, k) and (k == 0 or not _is_word(text[k - 1])):
            return True
    return False


def _is_word(ch: str) -> bool:
    """Whether ``ch`` is a regex word character (``\\w``)."""
    return ch.isalnum() or ch == "_"


def distinct(names: list[str]) -> list[str]:
    """``names`` without repeats of one character ("Arjun" after "Arjun Mehra"), in order."""
    out: list[str] = []
    for name in names:
        tokens = set(name.lower().split())
        if not any(tokens <= set(o.lower().split()) or set(o.lower().split()) <= tokens
                   for o in out):
            out.append(name)
    return out
