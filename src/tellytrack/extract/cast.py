"""``cast`` facts: the actor plays or played a character in a show.

The links come from :func:`tellytrack.extract.names.castings` ("X aka Y",
"Y (X)", "X, who plays Y", "X as Y", ...); this module only decides the show
(a show named right after the character, "plays Y in Z", else the sentence's
show) and writes one fact per (show, actor, character). "A and B starrer Z"
names no character and gives no cast fact.
"""

from __future__ import annotations

import re

from tellytrack.extract.document import Doc
from tellytrack.extract.names import Casting, castings
from tellytrack.extract.shows import fold
from tellytrack.model import Fact


def roles(doc: Doc) -> dict[str, str]:
    """actor -> the first character the article gives them (cached)."""
    if "cast.roles" not in doc.cache:
        out: dict[str, str] = {}
        for c in castings(doc):
            out.setdefault(c.actor, c.character)
        doc.cache["cast.roles"] = out
    return dict(doc.cache["cast.roles"])


def role_in(doc: Doc, show: str, actor: str) -> str | None:
    """The character the article gives ``actor`` in ``show``; None when the article
    casts them only in another show (an actor's old role is not their new one)."""
    facts = doc.cache.get("cast.facts")
    if facts is None:
        facts = extract(doc)
    mine = [f for f in facts if f.actor == actor]
    same = [f.character for f in mine if fold(f.show) == fold(show)]
    return same[0] if same else (None if mine else roles(doc).get(actor))


def _character_keys(doc: Doc) -> set[str]:
    return {fold(c.character) for c in castings(doc)}


def _other_form_seen(seen: set[tuple[str, str, str]], key: tuple[str, str, str]) -> bool:
    """"Arjun" and "Arjun Mehra" for one actor and show: one role, written twice."""
    return any(s[:2] == key[:2] and (s[2].startswith(key[2]) or key[2].startswith(s[2]))
               for s in seen)


_POSSESSIVE_GAP = re.compile(r"(?:'s|’s)\s+(?:[a-z]+\s+){0,2}")


def _owner_show(doc: Doc, c: Casting) -> str | None:
    """The show written as the character's owner: "Kesar's Meera (Riya Malhotra)"."""
    start = c.sentence.text.rfind(c.character, 0, c.end - c.sentence.start)
    if start < 0:
        return None
    start += c.sentence.start
    for m in doc.shows.shows_in(c.sentence):
        if m.end < start and _POSSESSIVE_GAP.fullmatch(doc.text, m.end, start):
            owner: str = m.show
            return owner
    return None


_PAST_ROLE = re.compile(
    r"\b(?:previously|earlier|formerly)\s+(?:played|essayed|portrayed|been\s+seen\s+as)\b")
_APPOSITION = re.compile(
    r",\s*(?:best\s+|well[- ])?(?:known|recogni[sz]ed|famous|popular|remembered)\s+for\b[^,]*,")


def _in_apposition(doc: Doc, c: Casting, show: str | None) -> bool:
    """Whether the sentence names ``show`` only inside an aside about the actor ("X,
    recognised for her acting in Z, steps into the shoes of Y"): Z is not Y's show."""
    spans = [m.span() for m in _APPOSITION.finditer(c.sentence.text)]
    named = [m for m in doc.shows.shows_in(c.sentence) if m.show == show]
    return bool(named and spans) and all(
        any(a <= m.start - c.sentence.start < b for a, b in spans) for m in named)


def extract(doc: Doc) -> list[Fact]:
    """One cast fact per (show, actor, character) the article links (cached)."""
    if "cast.facts" in doc.cache:
        return list(doc.cache["cast.facts"])
    seen: set[tuple[str, str, str]] = set()
    out: list[Fact] = []
    # "X, known for Y in the show Z, will play W": Z is Y's show, so not W's
    claimed = {(c.sentence.start, c.actor, doc.shows.show_after(c.sentence, c.end))
               for c in castings(doc)}
    for c in castings(doc):
        if doc.other_story(c.sentence):
            continue
        if _PAST_ROLE.search(c.sentence.text) and not doc.shows.show_after(c.sentence, c.end):
            continue  # "he previously played Y in 'Z…'": Y is a role in a show not named here
        show = _owner_show(doc, c) or doc.shows.show_near(c.sentence, c.end)
        if not doc.shows.show_after(c.sentence, c.end) and (
                (c.sentence.start, c.actor, show) in claimed or _in_apposition(doc, c, show)):
            show = doc.shows.topic
        if show and show != doc.shows.topic and fold(show) in _character_keys(doc):
            show = doc.shows.topic  # "someone like Rahul": a character, not a show
        if not show:
            continue
        key = (fold(show), fold(c.actor), fold(c.character))
        if key in seen or _other_form_seen(seen, key):
            continue
        seen.add(key)
        out.append(Fact(type="cast", show=show, evidence=doc.evidence(c.sentence),
                        confidence=0.8, modality="stated", actor=c.actor, character=c.character))
    doc.cache["cast.facts"] = out
    return list(out)
