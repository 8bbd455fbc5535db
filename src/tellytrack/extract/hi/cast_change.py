"""cast_change facts from Hindi articles: actors leaving, joining or returning.

A change is a cue phrase (exit: "शो छोड़", "शो से बाहर", "अलविदा कह", "एग्जिट";
entry: "एंट्री", "शो से जुड़", "शामिल होंगे"; return: "वापसी", "कमबैक", a role
said with "लौट"/"फिर से") and the actors named beside it: the list ending just
before the cue, past a few grammar words ("A, B और C ने शो छोड़ने का फैसला
किया", "A और B होंगे शो से बाहर"), else the list right after it ("शो छोड़कर
A गए हैं").

Status comes from :mod:`tellytrack.extract.hi.modality` over the sentence and
the article's headline: denial beats confirmation beats hearsay; no cue means
confirmed. A rumour told in the past ("कहा जा रहा था कि A शो छोड़ देंगे")
followed by "लेकिन" and another actor's change is read as denied.
"""

from __future__ import annotations

import re

from tellytrack.extract.document import Doc
from tellytrack.extract.hi.cast import roles
from tellytrack.extract.hi.modality import modality
from tellytrack.extract.hi.names import name_before, names_after, names_before
from tellytrack.extract.hi.text import L, sentences, show_for, show_mentions
from tellytrack.extract.lexicon import words
from tellytrack.model import Fact, Sentence

_STOP = words("hi_stopwords")
_CUES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?:शो|सीरियल|धारावाहिक)\s+(?:को\s+)?छोड़(?!{L})|(?:शो|सीरियल)\s+(?:को\s+)?छोड़\S*"
                r"|छोड़ा\s+(?:शो|सीरियल)|(?:शो|सीरियल)\s+से\s+(?:बाहर|एग्जिट|किनारा)"
                r"|(?:शो|सीरियल)\s+(?:को\s+)?(?:कहा\s+)?अलविदा|एग्जिट"), "exit"),
    (re.compile(r"(?:शो|सीरियल)\s+(?:में\s+)?(?:एंट्री|शामिल)|(?:शो|सीरियल)\s+से\s+जुड़"
                r"|(?:की|ने)\s+(?:धमाकेदार\s+)?एंट्री\s+(?:होगी|हो|ली|की|करेंगे|करेंगी)"), "entry"),
    (re.compile(r"(?:शो|सीरियल)\s+में\s+वापसी|(?:ने|की)\s+(?:शो\s+में\s+)?(?:वापसी|कमबैक)"), "return"),
]
_CONTRAST = re.compile(r"^(?:लेकिन|पर|मगर|हालांकि|परंतु)(?!{L})".replace("{L}", L))
# Possessives and pronouns end the search: "X की मां ने एंट्री ली" is not X's entry.
_POSSESSIVE = frozenset({"का", "की", "के", "खुद", "उन्होंने", "उसने", "वह", "वो", "जो", "लेकर"})
_SKIPPABLE = re.compile(rf"\s*({L}+|[,!])\s*$")


def extract(doc: Doc) -> list[Fact]:
    """Every stated change, one per (show, actor, change)."""
    facts: list[Fact] = []
    headline = sentences(doc)[0] if sentences(doc) else None
    shows = {m.name for m in show_mentions(doc)}
    for s in sentences(doc):
        for actor, change in _changes(s):
            if any(actor in show for show in shows):
                continue
            status = _status(s.text, headline.text if headline else "")
            show = show_for(doc, s)
            if show:
                facts.append(Fact(type="cast_change", show=show, evidence=doc.evidence(s),
                                  confidence=0.6, modality=_MODALITY[status], actor=actor,
                                  change=change, status=status))
    facts += _returns(doc, {(f.actor, f.change) for f in facts})
    return _dedupe(_overturn(doc, facts))


_MODALITY = {"confirmed": "stated", "reported": "reported", "denied": "denied"}


def _changes(s: Sentence) -> list[tuple[str, str]]:
    """(actor, change) for each change cue of a sentence."""
    out: list[tuple[str, str]] = []
    for pattern, change in _CUES:
        for m in pattern.finditer(s.text):
            out += [(a, change) for a in _actors_at(s.text, m.start(), m.end())]
    return out


def _actors_at(text: str, start: int, end: int) -> list[str]:
    """The names before the cue (past up to four grammar words), else those after it."""
    cursor = start
    for _ in range(5):
        if name_before(text, cursor):
            return names_before(text, cursor)
        m = _SKIPPABLE.search(text[max(0, cursor - 30):cursor])
        if not m or m[1] in _POSSESSIVE or (m[1] not in _STOP and m[1] != ","):
            break
        cursor = max(0, cursor - 30) + m.start()
    return names_after(text, end)


def _status(sentence: str, headline: str) -> str:
    """confirmed / reported / denied from the sentence's cues, else the headline's."""
    label = modality(sentence) or modality(headline) or "confirmed"
    return {"rumour_past": "reported"}.get(label, label)


def _returns(doc: Doc, seen: set[tuple[str | None, str | None]]) -> list[Fact]:
    """Roles said with "लौट"/"फिर से": the actor returns as that character."""
    out: list[Fact] = []
    for r in roles(doc):
        show = show_for(doc, r.sentence)
        if r.returning and show and (r.actor, "return") not in seen:
            status = _status(r.sentence.text, "")
            out.append(Fact(type="cast_change", show=show, evidence=doc.evidence(r.sentence),
                            confidence=0.6, modality=_MODALITY[status], actor=r.actor,
                            character=r.character, change="return", status=status))
            seen.add((r.actor, "return"))
    return out


def _overturn(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """A past rumour ("कहा जा रहा था ...") contradicted by a "लेकिन ..." sentence is denied."""
    sents = sentences(doc)
    denied: set[int] = set()
    for i, s in enumerate(sents[:-1]):
        nxt = sents[i + 1]
        if modality(s.text) == "rumour_past" and _CONTRAST.match(nxt.text) \
                and any(f.evidence and f.evidence.start == nxt.start for f in facts):
            denied.add(s.start)
    return [
        f.with_(status="denied", modality="denied")
        if f.evidence and f.evidence.start in denied else f
        for f in facts
    ]


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (actor, change): a lone first or last name defers to the full name."""
    full = [f.actor for f in facts if f.actor and " " in f.actor]
    out: dict[tuple[str, str | None], Fact] = {}
    for f in facts:
        actor = f.actor or ""
        if " " not in actor:
            actor = next((n for n in full if actor in (n.split()[0], n.split()[-1])), actor)
        key = (actor, f.change)
        if key not in out:
            out[key] = f.with_(actor=actor)
        elif f.character and not out[key].character:
            out[key] = out[key].with_(character=f.character)
    return list(out.values())
