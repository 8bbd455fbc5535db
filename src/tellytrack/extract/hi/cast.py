"""cast facts from Hindi articles: which actor plays which character.

Hindi ties an actor to a role with a handful of phrases around "किरदार/रोल/
भूमिका" (character, role):

- "ACTOR (फिर से) CHAR के किरदार में (दिखेंगी)"  — actor first;
- "CHAR के किरदार में (लौट रहे) एक्टर ACTOR"      — actor after a job title;
- "CHAR का किरदार निभाने वाले ACTOR" / "ACTOR, जो CHAR का किरदार निभा रहे हैं";
- "CHAR यानी ACTOR" (i.e.) for a single pair — lists ("A और B यानी C और D")
  are left alone because articles do not keep the two lists in the same order.

:func:`roles` is shared with ``cast_change`` (a role said with "लौट"/"फिर से" is
also a return).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tellytrack.extract.document import Doc
from tellytrack.extract.hi.names import name_after, name_before
from tellytrack.extract.hi.text import L, sentences, show_for
from tellytrack.extract.lexicon import words
from tellytrack.model import Fact, Sentence

_STOP = words("hi_stopwords")
_ROLE = r"(?:किरदार|रोल|भूमिका|कैरेक्टर)"
_ROLE_IN = re.compile(rf"\s+(?:के|का|की)\s+{_ROLE}\s+में(?!{L})")
_ROLE_PLAYS = re.compile(rf"\s+(?:के|का|की)\s+{_ROLE}\s+(?:निभा|प्ले|अदा)\S*")
_JOB = re.compile(
    r"^(?:\s+\S+){0,4}?\s+(?:एक्टर|एक्ट्रेस|अभिनेता|अभिनेत्री|अदाकारा|कलाकार|स्टार)\s+"
)
_AKA = re.compile(rf"(?<!{L})यानी\s+")
_SKIP_BACK = re.compile(rf",?\s*({L}+)\s*$")
_RETURN = re.compile(r"फिर\s+से|दोबारा|वापस|लौट|वापसी|कमबैक")


@dataclass(frozen=True)
class Role:
    """An actor named as playing a character in one sentence."""

    actor: str
    character: str
    sentence: Sentence
    returning: bool


def extract(doc: Doc) -> list[Fact]:
    """One cast fact per (show, actor, character) the article states."""
    out: list[Fact] = []
    for r in roles(doc):
        show = show_for(doc, r.sentence)
        if show:
            out.append(Fact(type="cast", show=show, evidence=doc.evidence(r.sentence),
                            confidence=0.7, actor=r.actor, character=r.character))
    return out


def roles(doc: Doc) -> list[Role]:
    """Every (actor, character) pair stated in the article (cached)."""
    cached: list[Role] | None = doc.cache.get("hi.roles")
    if cached is None:
        cached = [r for s in sentences(doc) for r in _roles_in(s)]
        doc.cache["hi.roles"] = cached
    return cached


def _roles_in(s: Sentence) -> list[Role]:
    text = s.text
    out: list[Role] = []
    for pattern in (_ROLE_IN, _ROLE_PLAYS):
        for m in pattern.finditer(text):
            char = name_before(text, m.start(), most=2)
            if not char:
                continue
            actor, returning = _actor_around(text, char[1], m.end())
            if actor and actor != char[0]:
                out.append(Role(actor, char[0], s, returning))
    for m in _AKA.finditer(text):
        char = name_before(text, m.start(), most=2)
        player = name_after(text, m.end(), most=3)
        if char and player and not re.match(r"\s*(?:और|,)", text[player[1]:]) \
                and not re.search(r"(?:और|,)\s*$", text[:char[1]]):
            out.append(Role(player[0], char[0], s, False))
    return out


def _actor_around(text: str, char_start: int, cue_end: int) -> tuple[str | None, bool]:
    """The actor of a role cue: after a job title following it, else just before the role."""
    tail = text[cue_end:]
    job = _JOB.match(tail)
    returning = bool(_RETURN.search(tail[:40]))
    if job:
        after = name_after(tail, job.end(), most=3)
        if after:
            return after[0], returning or bool(_RETURN.search(tail[:job.end()]))
    end = char_start
    for _ in range(3):
        found = name_before(text, end, most=3)
        if found:
            gap = text[found[1]:char_start]
            return found[0], returning or bool(_RETURN.search(gap))
        m = _SKIP_BACK.search(text[max(0, end - 40):end])
        if not m or m[1] not in _STOP:
            break
        end = max(0, end - 40) + m.start()
    return None, returning
