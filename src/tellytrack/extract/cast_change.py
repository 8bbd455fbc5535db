"""``cast_change`` facts: an actor leaves, joins or comes back to a show.

A change phrase from the ``change_verbs`` lexicon ("quits", "bid adieu", "roped
in", "stepped into her shoes", "returns as") is tied to the people named just
before it (a coordinated group: "A and B have quit"), or just after it for the
":after" phrases ("roped in X"), or to the person the article is talking about
when the subject is a pronoun. "X to replace Y" / "Y replaced by X" give Y's exit
and X's entry. Each mention is read for modality; then, per (show, actor,
change), the article's overall status is decided: a denial wins unless an
explicit confirmation follows it; else an explicit confirmation; else any rumour
cue makes it reported; else it is confirmed (stated as fact).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from tellytrack.extract import modality
from tellytrack.extract.cast import role_in
from tellytrack.extract.document import Doc
from tellytrack.extract.gate import key_words, sentences_with
from tellytrack.extract.lexicon import mapping
from tellytrack.extract.names import PersonMention, person_mentions
from tellytrack.extract.scan import alternation, lower_phrases, lowered
from tellytrack.extract.shows import fold
from tellytrack.model import Fact, Sentence

_PRONOUN = re.compile(r"\b(?:she|he|the\s+actor|the\s+actress|her|his)\b", re.I)
_REPLACE = re.compile(r"\b(?:to\s+)?(?:replace|replaces|replacing|will\s+replace)\s*$", re.I)
_REPLACED_BY = re.compile(r"\breplaced\s+by\s*$", re.I)
_GAP_OK = re.compile(r"^[\s,]*(?:(?:and|&)\s+)?$")
_CLAUSE_BREAK = re.compile(r"[;:]|\bwhile\b|\bbut\b|\bwhereas\b")


class Change(NamedTuple):
    """One change claimed in one sentence, with that sentence's reading of it."""

    actor: str
    change: str
    status: str  # confirmed | reported | denied
    strong: bool  # an explicit confirmation or denial cue
    sentence: Sentence
    show: str | None


@cache
def _verb_re() -> re.Pattern[str]:
    alts = alternation(mapping("change_verbs"), {"poss": "(?:her|his|their)"})
    return re.compile(rf"\b{alts}\b", re.I)


@cache
def _verb_phrases() -> tuple[str, ...]:
    """The change phrases with "poss" written out (her, his, their)."""
    phrases = [p.replace("poss", "her") for p in mapping("change_verbs")]
    phrases += [p.replace("poss", w) for p in mapping("change_verbs") if "poss" in p
                for w in ("his", "their")]
    return tuple(phrases)


@cache
def _verb_low() -> re.Pattern[str]:
    """The same phrases for the lower-cased sentence (case-sensitive: faster)."""
    return lower_phrases(_verb_phrases())


@cache
def _gate_keys() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words one of which a sentence must hold to give anything here: a change phrase
    (not one read as no change), "new" (the new cast) or a denial cue."""
    words, literals = key_words(p for p in _verb_phrases() if _kind(p)[0] != "none")
    denial_words, denial_literals = modality.denial_keys()
    return words | denial_words | {"new"}, literals + denial_literals


def _kind(phrase: str) -> tuple[str, bool]:
    key = " ".join(phrase.lower().split())
    key = re.sub(r"\b(?:her|his|their)\b", "poss", key)
    value = mapping("change_verbs").get(key, "exit")
    change, _, side = value.partition(":")
    return change, side == "after"


def _group(doc: Doc, ms: list[PersonMention], first: PersonMention, backwards: bool) -> list[str]:
    """A coordinated group of people ("A, B and C") that ends (or starts) at ``first``."""
    group = [first]
    i = ms.index(first)
    step = -1 if backwards else 1
    j = i + step
    while 0 <= j < len(ms):
        a, b = (ms[j], group[-1]) if backwards else (group[-1], ms[j])
        if not _GAP_OK.match(doc.text[a.end:b.start]):
            break
        group.append(ms[j])
        j += step
    return list(dict.fromkeys(m.name for m in group))


def _before(doc: Doc, ms: list[PersonMention], s: Sentence, pos: int) -> list[str]:
    """The people the clause names before a change phrase at ``pos``."""
    cands = [m for m in ms if s.start <= m.start and m.end <= pos]
    if not cands or _CLAUSE_BREAK.search(doc.text[cands[-1].end:pos]):
        return []
    return _group(doc, ms, cands[-1], backwards=True)


def _after(doc: Doc, ms: list[PersonMention], s: Sentence, pos: int) -> list[str]:
    """The people named right after a phrase ending at ``pos`` ("roped in X")."""
    for m in ms:
        if pos <= m.start < s.end:
            gap = doc.text[pos:m.start]
            if re.fullmatch(r"[\s,\-–—:]*(?:[a-z]+\s+){0,4}[\s\-–—:]*", gap):
                return _group(doc, ms, m, backwards=False)
            return []
    return []


def _subject(doc: Doc, ms: list[PersonMention], s: Sentence, vs: int) -> list[str]:
    """Who does a change phrase at ``vs``: the people just before it, unless a pronoun
    stands closer ("... alongside B, the actress may be cast"), or they sit inside
    parentheses (a character's action: "Y (X) is back")."""
    group = _before(doc, ms, s, vs)
    inside = [m for m in ms if s.start <= m.start and m.end <= vs]
    tail = doc.text[inside[-1].end if inside else s.start:vs]
    if group and doc.text[inside[-1].end:inside[-1].end + 2].startswith(")"):
        return []
    if group and not _PRONOUN.search(tail):
        return group
    if not _PRONOUN.search(tail):
        return []
    opening = [m for m in inside if len(doc.text[s.start:m.start].split()) <= 6]
    return [opening[0].name] if opening else _focus(ms, s)


def _focus(ms: list[PersonMention], s: Sentence) -> list[str]:
    """The person a pronoun-led sentence talks about: the last one named before it."""
    earlier = [m for m in ms if m.end <= s.start]
    return [earlier[-1].name] if earlier else []


def _status(s: Sentence, verb_start: int, verb_end: int) -> tuple[str, bool] | None:
    """This sentence's reading of a change phrase, or None when it asserts nothing.
    Only cues before the phrase, or after it up to the next punctuation, count: a
    rumour clause later in the sentence does not colour an earlier stated fact."""
    rel = verb_end - s.start
    tail = re.match(r"[^,.;:!?]*[?]?", s.text[rel:])
    found = modality.cues(s.text[:rel] + (tail.group() if tail else ""))
    if "conditional" in found:
        return None
    if modality.negated(s.text, verb_start - s.start):
        if "reported" in found and not found & {"denied", "confirmed"}:
            return None
        return "denied", True
    if "denied" in found:
        return "denied", True
    if "confirmed" in found:
        return "confirmed", True
    if "reported" in found:
        return "reported", False
    return "confirmed", False


def _claims(doc: Doc, s: Sentence, ms: list[PersonMention]) -> list[tuple[str, str, int, int]]:
    """(actor, change, phrase start, phrase end) for each change phrase in a sentence."""
    out: list[tuple[str, str, int, int]] = []
    low = lowered(s.text)
    for m in _verb_low().finditer(low) if low else _verb_re().finditer(s.text):
        vs, ve = s.start + m.start(), s.start + m.end()
        change, obj_after = _kind(m.group())
        if change == "none":
            continue
        subject = _after(doc, ms, s, ve) if obj_after else _subject(doc, ms, s, vs)
        lead = doc.text[s.start:ve]
        if _REPLACE.search(lead):
            out.extend((p, "exit", vs, ve) for p in _after(doc, ms, s, ve))
        elif re.search(r"replaced\s*$", lead, re.I):
            out.extend((p, "entry", vs, ve) for p in _after(doc, ms, s, ve))
        out.extend((p, change, vs, ve) for p in subject)
    return out


# "\bnew\s+..." written with its literal first, which ``re`` skips ahead to.
_NEW_CAST = re.compile(
    r"new(?<!\wnew)\s+(?:star\s+)?cast\s+(?:includes|including|comprises|of)\b[\s:,-]*")


def _new_cast(doc: Doc, s: Sentence, ms: list[PersonMention]) -> list[tuple[str, str, int, int]]:
    """"The new cast includes A, B, C": each of them enters the show."""
    m = _NEW_CAST.search(s.text)
    if not m:
        return []
    pos = s.start + m.end()
    return [(p, "entry", pos, pos) for p in _after(doc, ms, s, pos)]


def _changes(doc: Doc) -> list[Change]:
    ms = person_mentions(doc)
    out: list[Change] = []
    for i in sentences_with(doc, *_gate_keys()):
        s = doc.sentences[i]
        claims = _claims(doc, s, ms) + _new_cast(doc, s, ms)
        for actor, change, vs, ve in claims:
            reading = _status(s, vs, ve)
            if reading:
                show = doc.shows.show_near(s, ve)
                out.append(Change(actor, change, reading[0], reading[1], s, show))
        if not claims and modality.denies(s.text):
            out.extend(_denials(doc, s, ms, out))
    return out


def _denials(doc: Doc, s: Sentence, ms: list[PersonMention], so_far: list[Change]) -> list[Change]:
    """"X has denied these rumours": deny the last change claimed about X."""
    named = [m.name for m in ms if s.start <= m.start < s.end]
    if not named and _PRONOUN.search(s.text):
        named = _focus(ms, s)
    out: list[Change] = []
    for person in dict.fromkeys(named):
        earlier = [c for c in so_far if c.actor == person]
        if earlier:
            last = earlier[-1]
            out.append(Change(person, last.change, "denied", True, s, last.show))
    return out


def _overall(changes: list[Change]) -> str:
    """The article's status for one (show, actor, change) from all its mentions."""
    denied = [i for i, c in enumerate(changes) if c.status == "denied"]
    strong_conf = [i for i, c in enumerate(changes) if c.status == "confirmed" and c.strong]
    if denied and not (strong_conf and strong_conf[-1] > denied[-1]):
        return "denied"
    if strong_conf:
        return "confirmed"
    reported = sum(c.status == "reported" for c in changes)
    stated = len({c.sentence.start for c in changes if c.status == "confirmed"})
    # Stating it plainly at least twice as often as hedging it outweighs the hedge
    # ("speculation of his forced exit" is about the circumstances, not the change).
    if reported and reported * 2 > stated:
        return "reported"
    return "confirmed"


def extract(doc: Doc) -> list[Fact]:
    """One cast_change fact per (show, actor, change) with the article's status."""
    grouped: dict[tuple[str, str, str], list[Change]] = {}
    for c in _changes(doc):
        if c.show:
            grouped.setdefault((fold(c.show), fold(c.actor), c.change), []).append(c)
    out: list[Fact] = []
    for changes in grouped.values():
        first, status = changes[0], _overall(changes)
        modal = {"confirmed": "stated"}.get(status, status)
        out.append(Fact(
            type="cast_change", show=first.show or "", evidence=doc.evidence(first.sentence),
            confidence=0.7 if status != "confirmed" or first.strong else 0.6, modality=modal,
            actor=first.actor, character=role_in(doc, first.show or "", first.actor),
            change=first.change, status=status))
    return out
