"""``cast_change`` facts: an actor leaves, joins or comes back to a show.

Two layers. The hand-written reading: a change phrase from the ``change_verbs``
lexicon ("quits", "bid adieu", "roped in", "stepped into her shoes", "returns as") is
tied to the people named just before it (a coordinated group: "A and B have quit"),
or just after it for the ":after" phrases ("roped in X"), or to the person the
article is talking about when the subject is a pronoun. "X to replace Y" / "Y
replaced by X" give Y's exit and X's entry. Each mention is read for modality; per
(actor, change) the article's overall status is decided: a denial wins unless an
explicit confirmation follows it; else an explicit confirmation; else any rumour cue
makes it reported; else it is confirmed (stated as fact).

The decision is learned (``extract/weights/cast_change.json``, made by ``tellytrack
train``): :func:`candidates` proposes every (name, change cue) pair of a sentence and
every link the hand-written reading makes, with name-free features; :func:`extract`
keeps those the model accepts, one fact per (show, actor, change), with the status
of the hand-written reading where it has one, else of the accepted statements.
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
from tellytrack.extract.linear import Candidate, model, sigmoid
from tellytrack.extract.mentions import (
    NameMention,
    by_sentence,
    frequency,
    name_mentions,
    name_types,
    shape_tokens,
)
from tellytrack.extract.names import (
    PersonMention,
    characters,
    gender_of_pronoun,
    in_show_title,
    people,
    person_genders,
    person_mentions,
    resolve_person,
)
from tellytrack.extract.scan import alternation, lower_phrases, lowered
from tellytrack.extract.shows import fold
from tellytrack.model import Fact, Sentence

_PRONOUN = re.compile(r"\b(?:she|he|the\s+actor|the\s+actress|her|his)\b", re.I)
# What follows a change phrase in its own clause: up to punctuation or a new verb phrase
# ("speaks about his exit & reveals if ...": the "if" is not the exit's).
_TAIL = re.compile(r"(?:(?![,.;:!?&]|\s+and\s+)[^\n])*\??")
_OWN_NOUN = re.compile(r"\b(?:her|his)\s+(?:[a-z]+\s+)?$")  # "his (sudden) exit"
_SUBJECT_PRONOUN = re.compile(r"\b(?:she|he|the\s+actor|the\s+actress)\b", re.I)
_REPLACE = re.compile(r"\b(?:to\s+)?(?:replace|replaces|replacing|will\s+replace)\s*$", re.I)
_REPLACED_BY = re.compile(r"\breplaced\s+by\s*$", re.I)
_GAP_OK = re.compile(r"^[ \t,]*(?:(?:and|&)[ \t]+)?$")  # a group never runs past a line
# "returning to the Sethi house": the characters go home in the story, nobody rejoins a cast
_PLACE_AFTER = re.compile(
    r"\s+(?:home\b|to\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[A-Z][\w’'-]*\s+){0,2}"
    r"(?:house|home|mansion|haveli|family|city|village|country)\b)")
_BACKGROUND = re.compile(r"\b(?:since|when)\s+(?:she|he|they|[A-Z]\w+)\s+(?:first\s+)?$")
_POSSESSED_SUBJECT = re.compile(
    r"(?:'s|’s)\s+(?:[a-z]+\s+){1,3}(?:has|have|had|is|are|was|were|will)\b")
# "no story left", "the only one left": "left" after a word that cannot be its subject
_LEFT_OVER = re.compile(
    r"\b(?!(?:has|have|had|she|he|they|who|and|also|just|then|later|actor|actress|star|lead|"
    r"eventually|finally|recently|already|abruptly|suddenly|reportedly|since|that)\b)"
    r"(?![a-z]+ly\b)[a-z]+\s+$")
_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,]{0,150},")
_AUX_ONLY = re.compile(r"\s*(?:(?:has|have|had|is|was|will|would|may|might|been|be|also|now|"
                       r"reportedly|finally)\s+)*")
_BY = re.compile(r"\s+by\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|by|to|for|of|from|about|than|against|like)\s+$",
                                 re.I)
_NAME_LAST = re.compile(r"(?<=\s)[A-Z][a-z]+\s+$")  # a capitalised word right before a phrase
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
    for clause in _RELATIVE.finditer(doc.text, s.start, pos):  # "A, who was in B's show, quit"
        if _AUX_ONLY.fullmatch(doc.text, clause.end(), pos):
            cands = [m for m in cands if m.end <= clause.start()]
    if not cands or _CLAUSE_BREAK.search(doc.text[cands[-1].end:pos]):
        return []
    if _POSSESSED_SUBJECT.search(doc.text, cands[-1].end, pos + 12):
        return []  # "A's ratings have dropped", "With A, Y's character was replaced"
    if _stranger_closer(doc, cands[-1].end, pos):
        return []  # "A was asked about Chandra replacing her": someone else is closer
    return _group(doc, ms, cands[-1], backwards=True)


def _stranger_closer(doc: Doc, start: int, pos: int) -> bool:
    """Whether the word right before a change phrase is a capitalised name that is no
    show, no character ("A aka Meera has left") and no known person."""
    closer = _NAME_LAST.search(doc.text, start, pos)
    if not closer or in_show_title(doc, closer.start()):
        return False
    word = fold(closer.group().strip())
    return word not in {fold(t) for c in characters(doc) for t in c.split()}


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
    inside = [m for m in ms if s.start <= m.start and m.end <= vs]
    if _OWN_NOUN.search(doc.text, s.start, vs):  # "A blamed B for his exit": his own exit
        opening = _opening(doc, s, inside)
        return [opening[0].name] if opening else _focus(doc, ms, s)
    group = _before(doc, ms, s, vs)
    tail = doc.text[inside[-1].end if inside else s.start:vs]
    if group and doc.text[inside[-1].end:inside[-1].end + 2].startswith(")"):
        return []
    if group and not _SUBJECT_PRONOUN.search(tail):
        return group  # "A has made up his mind to quit": "his" is A's own
    if not _PRONOUN.search(tail):
        return []
    opening = _opening(doc, s, inside)
    # with nobody named earlier, the one person the clause names is who the pronoun means
    return [opening[0].name] if opening else (_focus(doc, ms, s) or group)


def _opening(doc: Doc, s: Sentence, inside: list[PersonMention]) -> list[PersonMention]:
    """People the sentence opens with (within six words) as its subject, not as the object
    of a preposition ("On comparisons with A after she ...": "she" is not A)."""
    return [m for m in inside if len(doc.text[s.start:m.start].split()) <= 6
            and not _PREPOSITION_BEFORE.search(doc.text, s.start, m.start)]


def _focus(doc: Doc, ms: list[PersonMention], s: Sentence) -> list[str]:
    """The person a pronoun-led sentence talks about: the last one named before it whose
    known gender does not contradict the pronoun ("He" is not the actress)."""
    pronoun = _SUBJECT_PRONOUN.search(s.text) or _PRONOUN.search(s.text)
    want = gender_of_pronoun(pronoun.group()) if pronoun else None
    known = person_genders(doc)
    earlier = [m for m in ms if m.end <= s.start
               and not (want and known.get(fold(m.name), want) != want)]
    return [earlier[-1].name] if earlier else []


def _status(s: Sentence, verb_start: int, verb_end: int) -> tuple[str, bool] | None:
    """This sentence's reading of a change phrase, or None when it asserts nothing.
    Only cues before the phrase, or after it up to the next punctuation, count: a
    rumour clause later in the sentence does not colour an earlier stated fact."""
    rel = verb_end - s.start
    tail = _TAIL.match(s.text, rel)
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
        leftover = m.group() == "left" and _LEFT_OVER.search(s.text, 0, m.start())
        if in_show_title(doc, vs) or leftover:
            continue  # a word of a title ("Left Right Left"), or what is left over
        change, obj_after = _kind(m.group())
        if change == "none" or (change == "return" and _PLACE_AFTER.match(s.text, m.end())):
            continue
        if change == "entry" and _BACKGROUND.search(s.text, 0, m.start()):
            continue  # "ever since she joined the show": how it began, not news
        subject = _after(doc, ms, s, ve) if obj_after else _subject(doc, ms, s, vs)
        lead = doc.text[s.start:ve]
        if _REPLACE.search(lead):
            out.extend((p, "exit", vs, ve) for p in _after(doc, ms, s, ve))
        elif re.search(r"replaced\s*$", lead, re.I):
            active = not _BY.match(s.text, m.end())  # "A replaced B", not "A replaced by B"
            out.extend((p, "exit" if active else "entry", vs, ve) for p in _after(doc, ms, s, ve))
            change = "entry" if active and m.group().lower() == "replaced" else change
        out.extend((p, change, vs, ve) for p in subject)
    return out


# "\bnew\s+..." written with its literal first, which ``re`` skips ahead to.
_NEW_CAST = re.compile(
    r"new(?<!\wnew)\s+(?:star\s+)?cast\s+(?:includes|including|comprises|of)\b[\s:,-]*"
    r"|\b(?:found|finds|got|introduced)\s+(?:their\s+|its\s+|the\s+|a\s+)?"
    r"new\s+[A-Z][\w-]*\s+in\s+")


def _new_cast(doc: Doc, s: Sentence, ms: list[PersonMention]) -> list[tuple[str, str, int, int]]:
    """"The new cast includes A, B, C", "found their new Y in A": they enter the show."""
    m = _NEW_CAST.search(s.text) if "new" in s.text else None  # both alternatives hold it
    if not m:
        return []
    pos = s.start + m.end()
    return [(p, "entry", pos, pos) for p in _after(doc, ms, s, pos)]


def _changes(doc: Doc) -> list[Change]:
    """Every change the hand-written reading finds, with its sentence's status (cached)."""
    if "cast_change.rule" not in doc.cache:
        doc.cache["cast_change.rule"] = _rule_changes(doc)
    return list(doc.cache["cast_change.rule"])


def _rule_changes(doc: Doc) -> list[Change]:
    ms = person_mentions(doc)
    out: list[Change] = []
    for i in sentences_with(doc, *_gate_keys()):
        s = doc.sentences[i]
        claims = _claims(doc, s, ms) + _new_cast(doc, s, ms)
        for actor, change, vs, ve in claims:
            reading = _status(s, vs, ve)
            if reading and not doc.other_story(s):
                show = doc.shows.show_near(s, ve)
                out.append(Change(actor, change, reading[0], reading[1], s, show))
        if not claims and modality.denies(s.text):
            out.extend(_denials(doc, s, ms, out))
    return out


def _denials(doc: Doc, s: Sentence, ms: list[PersonMention], so_far: list[Change]) -> list[Change]:
    """"X has denied these rumours": deny the last change claimed about X."""
    named = [m.name for m in ms if s.start <= m.start < s.end]
    if not named and _PRONOUN.search(s.text):
        named = _focus(doc, ms, s)
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


def _installment(doc: Doc, show: str) -> str:
    """A return to a show whose numbered installment the article names ("X" and "X 2")
    is a return in that installment: the old one is over."""
    newer = [n for n in doc.shows.names
             if n.startswith(show + " ") and n[len(show):].strip().isdigit()]
    return newer[0] if newer else show


# The learned decision ------------------------------------------------------------------
#
# Every (name mention, change cue) pair of a sentence is a candidate: the cues are the
# change_verbs phrases and the weaker change_cues ones (extract/lexicons). Features
# describe the cue, how the name stands to it (order, words between, other names
# between, a coordinated group, a pronoun, preposition or clause break between, who
# replaces whom), how the article types and repeats the name, and how the sentence
# holds the claim; never names. The people the hand-written reading above ties to a
# phrase are candidates too ("rule_only" where no pair stands for them).
#
# Whether the hand-written reading reads the same link is no learned feature but a fixed
# prior (RULE_PRIOR, in log-odds): the patterns were written while reading the training
# articles, so a weight learned on those articles overrates them. Learned, it took most
# of the model's trust (a weight of 3.4) and the cross-validated F1 rose, while the
# validation articles' F1 fell (0.50 against 0.53 with the prior); the prior keeps every
# behaviour the patterns were written for (tests/extract/test_cast_change.py).
RULE_PRIOR = 2.0

_REPLACE_FAMILY = frozenset({"replace", "replaces", "replacing", "replaced", "replacement"})


# names joined into one group; words that may stand between a subject and its verb
_JOIN = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:and|&)[ \t]+)?")
_LINKING = frozenset({
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "may", "might", "could",
    "be", "been", "being", "to", "also", "now", "finally", "reportedly", "recently", "all",
    "set", "soon", "officially", "just", "already", "too", "both", "not", "the", "a", "an",
    "of", "in", "for", "by", "from", "'", "s", "’", "-", ":", "actor", "actress", "star"})


# "'s character (was)" right before a cue: the subject is what the person owns
_OWNED_THING = re.compile(r"(?:'s|’s)\s+(?:[a-z]+\s+){1,3}"
                          r"(?:(?:has|have|had|is|are|was|were|will|would|been|be|being)\s+)*")


class _Cue(NamedTuple):
    start: int  # offsets into the article
    end: int
    key: str  # the lexicon entry (poss for her/his/their)
    change: str
    after: bool  # the lexicon's person comes after the phrase
    source: str  # "verbs" (change_verbs) or "cues" (change_cues)


@cache
def _cue_table() -> dict[str, tuple[str, bool, str]]:
    """lexicon entry -> (change, person after, source); change_verbs first."""
    out: dict[str, tuple[str, bool, str]] = {}
    for source, name in (("verbs", "change_verbs"), ("cues", "change_cues")):
        for key, value in mapping(name).items():
            change, _, side = value.partition(":")
            out.setdefault(" ".join(key.split()), (change, side == "after", source))
    return out


@cache
def _cue_phrases() -> tuple[str, ...]:
    out: list[str] = []
    for key in _cue_table():
        out += [key.replace("poss", w) for w in ("her", "his", "their")] if "poss" in key \
            else [key]
    return tuple(dict.fromkeys(out))


@cache
def _cue_low() -> re.Pattern[str]:
    return lower_phrases(_cue_phrases())


@cache
def _cue_re() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(_cue_phrases())}\b", re.I)


@cache
def _cue_gate() -> tuple[frozenset[str], tuple[str, ...]]:
    return key_words(p for p in _cue_phrases() if _cue_table()[_cue_key(p)][0] != "none")


def _cue_key(phrase: str) -> str:
    return re.sub(r"\b(?:her|his|their)\b", "poss", " ".join(phrase.lower().split()))


def _cues(doc: Doc, s: Sentence) -> list[_Cue]:
    """The change cues of a sentence (not inside a show title, not "none" phrases)."""
    low = lowered(s.text)
    out: list[_Cue] = []
    for m in _cue_low().finditer(low) if low else _cue_re().finditer(s.text):
        key = _cue_key(m.group())
        change, after, source = _cue_table()[key]
        vs = s.start + m.start()
        if change == "none" or in_show_title(doc, vs) or _no_change(s.text, m, change):
            continue
        out.append(_Cue(vs, s.start + m.end(), key, change, after, source))
    return out


def _no_change(text: str, m: re.Match[str], change: str) -> bool:
    """A cue word that says no one changes: what is "left" over, characters "returning
    home" in the story, how a run began ("ever since she joined")."""
    return ((m.group().lower() == "left" and bool(_LEFT_OVER.search(text, 0, m.start())))
            or (change == "return" and bool(_PLACE_AFTER.match(text, m.end())))
            or (change == "entry" and bool(_BACKGROUND.search(text, 0, m.start()))))


class Proposal(NamedTuple):
    """A candidate with the reading of its sentence (None: the sentence asserts nothing)
    and whether the hand-written reading ties the same person to the same change there."""

    candidate: Candidate
    reading: Change | None
    ruled: bool


def candidates(doc: Doc) -> list[Candidate]:
    """Every (name, change cue) pair of a sentence and every rule reading, as a
    cast_change fact with name-free features."""
    return [p.candidate for p in proposals(doc)]


def proposals(doc: Doc) -> list[Proposal]:
    """:func:`candidates` with each one's reading of its sentence (cached)."""
    if "cast_change.proposals" not in doc.cache:
        doc.cache["cast_change.proposals"] = _Proposer(doc).run()
    return list(doc.cache["cast_change.proposals"])


def _bucket(p: float) -> str:
    return "h" if p >= 0.6 else "m" if p >= 0.3 else "l"


def _dist(n: int) -> str:
    return str(n) if n < 3 else "3-4" if n < 5 else "5-8" if n < 9 else "9-15" if n < 16 else "16+"


class _Proposer:
    """What the candidate features read from the whole article, computed once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.rule = _changes(doc)
        self.rule_at = {(c.sentence.start, fold(c.actor), c.change): c for c in self.rule}
        self.types = name_types(doc)
        self.people = {fold(p) for p in people(doc)}
        self.chars = {fold(c) for c in characters(doc)}
        self.freq = frequency(doc)
        ranked = sorted({fold(resolve_person(doc, m.text) or m.text) for m in name_mentions(doc)},
                        key=lambda n: (-self.freq.get(n.split()[0] if n else "", 0), n))
        self.top = set(ranked[:2])

    def run(self) -> list[Proposal]:
        doc = self.doc
        out: list[Proposal] = []
        seen: set[tuple[int, str, str]] = set()
        mentions = by_sentence(doc)
        for i in sentences_with(doc, *_cue_gate()):
            s = doc.sentences[i]
            if doc.other_story(s):
                continue
            ms = mentions.get(i, [])
            for cue in _cues(doc, s):
                show = doc.shows.show_near(s, cue.end)
                if not show:
                    continue
                reading = _status(s, cue.start, cue.end)
                for m in ms:
                    if (m.end > cue.start and m.start < cue.end) or self._owned(ms, m, cue):
                        continue
                    actor = resolve_person(doc, m.text) or m.text
                    changes = [cue.change]
                    if cue.key in _REPLACE_FAMILY or cue.key.startswith("replaced"):
                        changes = ["exit", "entry"]  # who replaces whom: the context says
                    for change in changes:
                        key = (s.start, fold(actor), change)
                        rule = self.rule_at.get(key)
                        read = Change(actor, change, rule.status, rule.strong, s, show) if rule \
                            else Change(actor, change, reading[0], reading[1], s, show) \
                            if reading else None
                        seen.add(key)
                        feats = self.features(s, ms, cue, m, actor, change, reading, i)
                        out.append(Proposal(Candidate(self._fact(s, show, actor, change), feats),
                                            read, rule is not None))
        for c in self.rule:
            key = (c.sentence.start, fold(c.actor), c.change)
            if key in seen or not c.show:
                continue
            feats = ("rule", "rule_only", f"rule_only={c.change}|{c.status}|{c.strong}")
            out.append(Proposal(Candidate(self._fact(c.sentence, c.show, c.actor, c.change),
                                          feats), c, True))
        return out

    def _fact(self, s: Sentence, show: str, actor: str, change: str) -> Fact:
        return Fact(type="cast_change", show=show, evidence=self.doc.evidence(s),
                    confidence=0.5, modality="stated", actor=actor, change=change,
                    status="confirmed")

    def features(self, s: Sentence, ms: list[NameMention], cue: _Cue, m: NameMention,
                 actor: str, change: str, reading: tuple[str, bool] | None,
                 index: int) -> tuple[str, ...]:
        """How mention ``m`` stands to ``cue`` in sentence ``s``; no names."""
        text = self.doc.text
        before = m.end <= cue.start
        order = "pc" if before else "cp"
        lo, hi = (m.end, cue.start) if before else (cue.end, m.start)
        gap = shape_tokens(text[lo:hi])
        between = [x for x in ms if lo <= x.start and x.end <= hi]
        side = [x for x in ms if (x.end <= cue.start) == before]
        near = "near" if not between else "far"
        oc = f"{change}|{order}"
        f = [f"cue={cue.key}", f"chg={change}", f"src={cue.source}", f"order={order}",
             f"oc={oc}", f"cue_order={cue.key}|{order}", f"ocn={oc}|{near}",
             f"lexside={'after' if cue.after else 'before'}|{order}",
             f"between={min(len(between), 3)}", f"dist={_dist(len(gap))}",
             f"ocd={oc}|{_dist(len(gap))}", f"side_names={min(len(side), 3)}"]
        if cue.change != change:
            f.append("swapped")
        if cue.key in _REPLACE_FAMILY or cue.key.startswith("replaced"):
            f += self._replacing(cue, before, change)
        if len(gap) <= 5:
            f.append(f"gap={oc}:{' '.join(gap)}")
        if gap:
            f += [f"g0={oc}:{gap[0]}", f"g-1={oc}:{gap[-1]}"]
        if len(gap) <= 12:
            f += [f"gw={order}:{t}" for t in set(gap)]
        group = self._group(ms, m)
        edge = group[-1] if before else group[0]  # the member of m's group nearest the cue
        glo, ghi = (edge.end, cue.start) if before else (cue.end, edge.start)
        ggap = shape_tokens(text[glo:ghi]) if glo <= ghi else gap
        if len(group) > 1:
            f += [f"group={min(len(group), 4)}", f"ggap={oc}:{' '.join(ggap[:5])}",
                  f"gbetween={min(sum(1 for x in ms if glo <= x.start and x.end <= ghi), 3)}"]
        if not ggap or all(t in _LINKING for t in ggap):
            f += ["adjacent", f"adjacent={oc}"]
        if _PREPOSITION_BEFORE.search(text, s.start, m.start):
            f.append(f"prep_before={order}")  # "with A, ...": A is no subject
        if _CLAUSE_BREAK.search(text, lo, hi):
            f.append("gap_break")
        if _PRONOUN.search(text, lo, hi):
            f.append(f"gap_pronoun={order}")
        if "(" in text[lo:hi] or ")" in text[lo:hi]:
            f.append("gap_paren")
        pre = shape_tokens(text[max(s.start, m.start - 30):m.start])[-2:]
        post = shape_tokens(text[m.end:min(s.end, m.end + 30)])[:2]
        f += [f"pre1={pre[-1] if pre else '^'}", f"post1={post[0] if post else '$'}"]
        cpre = shape_tokens(text[max(s.start, cue.start - 30):cue.start])[-2:]
        cpost = shape_tokens(text[cue.end:min(s.end, cue.end + 30)])[:2]
        f += [f"cpre1={cpre[-1] if cpre else '^'}", f"cpost1={cpost[0] if cpost else '$'}"]
        f += self._name(m, actor)
        status = reading[0] if reading else "none"
        f += [f"read={status}", f"read_strong={reading[1] if reading else False}"]
        if modality.negated(s.text, cue.start - s.start):
            f.append("negated")
        if index == 0 or self.doc.in_headline(s):
            f.append("headline")
        f.append(f"position={min(index // 4, 3)}")
        if s.text.rstrip().endswith("?"):
            f.append("question")
        return tuple(f)

    def _owned(self, ms: list[NameMention], m: NameMention, cue: _Cue) -> bool:
        """Whether the cue's subject is a thing ``m``'s group owns ("A's character was
        replaced", "With A, B's track is over"): then no one named before it changes."""
        if m.end > cue.start:
            return False
        edge = self._group(ms, m)[-1]
        return edge.end <= cue.start and bool(_OWNED_THING.fullmatch(self.doc.text, edge.end,
                                                                  cue.start))

    def _replacing(self, cue: _Cue, before: bool, change: str) -> list[str]:
        """Who replaces whom: the subject of "A replaced/replaces B" enters and the object
        exits; "A was replaced by B" the other way round."""
        text = self.doc.text
        passive = bool(_BY.match(text, cue.end)) or cue.key.startswith("replaced by") \
            or bool(re.search(r"\b(?:been|was|were|is|are|be|being|get|got)\s+$",
                              text[max(0, cue.start - 12):cue.start]))
        subject_enters = not passive
        expected = ("entry" if subject_enters else "exit") if before \
            else ("exit" if subject_enters else "entry")
        voice = "passive" if passive else "active"
        return [f"replace={voice}|{'pc' if before else 'cp'}|{change}",
                f"replace_role={'expected' if change == expected else 'unexpected'}"]

    def _group(self, ms: list[NameMention], m: NameMention) -> list[NameMention]:
        """The coordinated group ("A, B and C") that ``m`` belongs to, in text order."""
        i = ms.index(m)
        lo = hi = i
        while lo > 0 and _JOIN.fullmatch(self.doc.text, ms[lo - 1].end, ms[lo].start):
            lo -= 1
        while hi + 1 < len(ms) and _JOIN.fullmatch(self.doc.text, ms[hi].end, ms[hi + 1].start):
            hi += 1
        return ms[lo:hi + 1]

    def _name(self, m: NameMention, actor: str) -> list[str]:
        p, c = self.types.get(fold(m.text), (0.5, 0.5))
        f = [f"ptype={_bucket(p)}", f"ctype={_bucket(c)}", f"ntok={min(len(actor.split()), 3)}",
             f"typing={'P' if p > c else 'C'}"]
        freq = self.freq.get(fold(actor.split()[0]), 0)
        f += [f"freq={min(freq, 5)}", f"top={fold(actor) in self.top}"]
        if fold(actor) in self.people:
            f.append("known_person")
        if fold(m.text) in self.chars or fold(actor) in self.chars:
            f.append("known_char")
        if actor != m.text:
            f.append("resolved")
        return f


def extract(doc: Doc) -> list[Fact]:
    """The candidates the model accepts, one fact per (show, actor, change), with the
    article's status read from the accepted statements of it."""
    learned = model("cast_change")
    grouped: dict[tuple[object, ...], list[tuple[float, Proposal]]] = {}
    for prop in proposals(doc):
        logit = learned.scores(prop.candidate.features)[0] + RULE_PRIOR * prop.ruled
        p = sigmoid(logit)
        if p >= learned.threshold:
            grouped.setdefault(prop.candidate.fact.key(), []).append((p, prop))
    ruled: dict[tuple[str, str], list[Change]] = {}
    for c in _changes(doc):
        ruled.setdefault((fold(c.actor), c.change), []).append(c)
    out: list[Fact] = []
    for group in grouped.values():
        best_p, best = max(group, key=lambda x: x[0])
        first = group[0][1].candidate.fact
        readings = [prop.reading for _, prop in group if prop.reading]
        # the hand-written reading of the change, where it has one, else the accepted ones
        readings = ruled.get((fold(first.actor or ""), first.change or "")) or readings
        status = _overall(readings) if readings else "reported"
        show = _installment(doc, first.show) if first.change == "return" else first.show
        modal = {"confirmed": "stated"}.get(status, status)
        out.append(first.with_(
            show=show, evidence=best.candidate.fact.evidence, confidence=round(best_p, 3),
            modality=modal, character=role_in(doc, show, first.actor or ""), status=status))
    return _one_direction(out)


def _one_direction(facts: list[Fact]) -> list[Fact]:
    """An actor who leaves a show does not join it in the same news ("A confirms her exit,
    B is the new Y" reads both ways to a pair model): of an exit and an entry of one
    actor in one show, the more probable stands."""
    best: dict[tuple[str, str], float] = {}
    for f in facts:
        if f.change in ("exit", "entry"):
            key = (fold(f.show), fold(f.actor or ""))
            best[key] = max(best.get(key, 0.0), f.confidence)
    return [f for f in facts if f.change not in ("exit", "entry")
            or f.confidence >= best[(fold(f.show), fold(f.actor or ""))]]
