"""Who is a character and who is an actor in one article, for the story extractors.

Events and relations are between characters, never actors, so both extractors
need the article's cast map (actor -> character) and a way to read character
names inside a clause. The cast extractor (``extract/cast.py``) and the name
finder (``extract/names.py``) are the authorities; while they are absent this
module falls back to a few high-precision cast patterns ("X aka Y", "Y (X)",
"X, who plays Y") so the story extractors work on their own. Results are cached
in ``doc.cache`` because both extractors ask for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from importlib import import_module
from typing import Any

from tellytrack.extract.document import Doc
from tellytrack.extract.lexicon import words

# A capitalised name of one to four tokens ("Sharda Devi", "Choti Gauri", "ACP Raghav Rathore").
_TOKEN = r"(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]{2,4}(?=\s+[A-Z][a-z]))"
NAME = rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}}"
NAME_RE = re.compile(rf"\b{NAME}\b")

_PLAY_VERB = r"(?:plays|played|portrays|portrayed|essays|essayed|is seen as|was seen as)"
_ROLE_OF = r"(?:the\s+(?:role|character)\s+of\s+)?"
_CAST_PATTERNS = (
    re.compile(rf"\b(?P<actor>{NAME})\s+(?:aka|AKA|Aka|a\.k\.a\.?)\s+(?P<char>{NAME})"),
    re.compile(rf"\b(?P<char>{NAME})\s+\((?:played by\s+)?(?P<actor>{NAME})\s*\)"),
    re.compile(rf"\b(?P<actor>{NAME}),?\s+who\s+(?:\w+\s+)?{_PLAY_VERB}\s+{_ROLE_OF}(?P<char>{NAME})"),
    re.compile(rf"\b(?P<actor>{NAME})\s+{_PLAY_VERB}\s+{_ROLE_OF}(?P<char>{NAME})"),
)
_STAR_PATTERNS = (
    re.compile(rf"\b(?P<a>{NAME})(?:\s*(?:,|and|&)\s*(?P<b>{NAME}))*\s*(?:-|\s)starrer\b"),
    re.compile(rf"\b(?:starring|starred|stars|featuring|featured)\s+(?P<a>{NAME})"
               rf"(?:\s*(?:,|and|&)\s*(?P<b>{NAME}))?(?:\s*(?:,|and|&)\s*(?P<c>{NAME}))?"),
)
_PERSON_CUE = re.compile(
    rf"\b(?:[Aa]ctor|[Aa]ctress|[Pp]roducer|[Dd]irector|[Ss]tar|[Cc]o-star)(?:-\w+)?\s+(?P<a>{NAME})|"
    rf"\b(?:produced|created|directed|written)\s+by\s+(?P<b>{NAME})")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
_ROLE_NAME = re.compile(rf"\b(?:role|character|characters)\s+(?:of\s+)?(?P<char>{NAME})")


def _authority(module: str, name: str) -> Callable[[Doc], Any] | None:
    """The cast/names helper ``module.name`` when it exists (it is written in parallel)."""
    try:
        found = getattr(import_module(f"tellytrack.extract.{module}"), name, None)
    except ImportError:
        return None
    return found if callable(found) else None


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


def _fallback_roles(doc: Doc) -> dict[str, str]:
    out: dict[str, str] = {}
    for pattern in _CAST_PATTERNS:
        for m in pattern.finditer(doc.text):
            actor, char = _trim(m["actor"]), _trim(m["char"])
            if len(actor.split()) >= 2 and char and not _is_stop(char):
                out.setdefault(actor, char)
    return out


def roles(doc: Doc) -> dict[str, str]:
    """Actor -> character for this article (cast extractor's answer when it exists)."""
    authority = _authority("cast", "roles")
    compute = authority if authority else _fallback_roles
    return _cached(doc, "story.roles", lambda d: dict(compute(d)))  # type: ignore[no-any-return]


def _fallback_people(doc: Doc) -> frozenset[str]:
    found = set(roles(doc))
    for pattern in _STAR_PATTERNS:
        for m in pattern.finditer(doc.text):
            found.update(_trim(g) for g in m.groups() if g and len(_trim(g).split()) >= 2)
    for m in _PERSON_CUE.finditer(doc.text):
        name = _trim(m["a"] or m["b"])
        if len(name.split()) >= 2:
            found.add(name)
    return frozenset(found)


def people(doc: Doc) -> frozenset[str]:
    """Real people (actors, makers) the article names, including their single name parts."""
    def compute(d: Doc) -> frozenset[str]:
        authority = _authority("names", "people")
        full = frozenset(authority(d)) if authority else _fallback_people(d)
        return full | {part for name in full for part in name.split()}
    return _cached(doc, "story.people", compute)  # type: ignore[no-any-return]


def _fallback_characters(doc: Doc) -> frozenset[str]:
    found = set(roles(doc).values())
    found.update(_trim(m["char"]) for m in _ROLE_NAME.finditer(doc.text))
    return frozenset(n for n in found if n and not _is_stop(n))


def characters(doc: Doc) -> frozenset[str]:
    """Character names the article establishes (names helper's answer when it exists)."""
    def compute(d: Doc) -> frozenset[str]:
        authority = _authority("names", "characters")
        return frozenset(authority(d)) if authority else _fallback_characters(d)
    return _cached(doc, "story.characters", compute)  # type: ignore[no-any-return]


def as_character(doc: Doc, name: str) -> str | None:
    """The character ``name`` stands for: itself, or the role of the actor it names."""
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
    return name


def _blank_shows(doc: Doc, text: str) -> str:
    """``text`` with multi-word show titles blanked, so their words are not names."""
    for show in doc.shows.names:
        if len(show.split()) > 1 and show in text:
            text = text.replace(show, " " * len(show))
    return text


def names_in(doc: Doc, text: str, offset: int = 0) -> Iterator[tuple[int, int, str]]:
    """Character names in ``text`` as (start, end, character), actors mapped to roles.

    A name counts when the article establishes it as a character (or an actor
    with a known role), when it is a single unknown word (characters go by
    first names), or when an unknown multi-word name recurs: a one-off
    multi-word name is mostly a person or a title.
    """
    known = characters(doc)
    for m in NAME_RE.finditer(_blank_shows(doc, text)):
        if _ARTICLE_BEFORE.search(text, 0, m.start()):
            continue  # "a Tamilian dentist": a capitalised adjective, not a name
        raw = _trim(m.group())
        char = as_character(doc, raw)
        if char and "-" not in raw and (char in known or char != raw
                                        or len(raw.split()) == 1 or doc.text.count(raw) >= 2):
            yield offset + m.start(), offset + m.end(), char


def distinct(names: list[str]) -> list[str]:
    """``names`` without repeats of one character ("Arjun" after "Arjun Mehra"), in order."""
    out: list[str] = []
    for name in names:
        tokens = set(name.lower().split())
        if not any(tokens <= set(o.lower().split()) or set(o.lower().split()) <= tokens
                   for o in out):
            out.append(name)
    return out
