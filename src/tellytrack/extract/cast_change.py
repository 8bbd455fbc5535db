"""``cast_change`` facts: an actor leaves, joins or comes back to a show.

The decision is learned (``extract/weights/cast_change.json``, made by ``tellytrack
train``): :func:`candidates` proposes every (name, change cue) pair of a sentence and
every link the hand-written reading (:mod:`tellytrack.extract.change_rules`) makes,
with name-free features; :func:`extract` keeps those the model accepts, one fact per
(show, actor, change), with the status of the hand-written reading where it has one,
else of the accepted statements. The members of a coordinated group next to a cue ("the
new cast includes A, B, C and D") share its claim: each is kept at the group's best
probability, however far from the cue it stands.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import Final, NamedTuple

from tellytrack.extract import cast, modality, records, show_info
from tellytrack.extract import change_rules as rules
from tellytrack.extract.cast import TWO_NAMES, role_in
from tellytrack.extract.change_rules import Change
from tellytrack.extract.document import Doc
from tellytrack.extract.gate import key_words, phrase_firsts, phrase_matches, sentences_with
from tellytrack.extract.info_rules import doc_producers
from tellytrack.extract.lexicon import mapping
from tellytrack.extract.linear import Candidate, model, sigmoid
from tellytrack.extract.mentions import (
    NameMention,
    by_sentence,
    frequency,
    name_mentions,
    name_types,
    shapes,
    typed_full_name,
)
from tellytrack.extract.names import (
    characters,
    in_show_title,
    people,
    person_mentions,
    resolve_person,
)
from tellytrack.extract.scan import alternation, lower_phrases, lowered
from tellytrack.extract.shows import fold
from tellytrack.model import Evidence, Fact, Sentence


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
# holds the claim; never names. The people the hand-written reading (change_rules) ties
# to a phrase are candidates too ("rule_only" where no pair stands for them). An actor is
# named as the article names the person (a sentence opener cut, a variant spelling
# resolved), the rule's actors alike.
#
# Tried and not kept (validation cast_change, round 2, from 0.548-0.581): dropping the
# candidates of names linked only as characters (0.533); a group's members featured as
# its member nearest the cue (0.528); "starring", "lead roles" as entry cues (0.529);
# "return to television/screens" as an entry (CV 0.633 -> 0.624); one change per actor
# and show (0.546); a spoiler-article feature (0.543); each article's topic as the show
# (no gain); a higher threshold for pairs the patterns do not read (P up, F1 flat).
# Round 3 (from 0.602; kept: a group's shared claim, train CV 0.678 -> 0.699, validation
# flat; one direction only within a sentence, CV 0.650 -> 0.673, validation 0.602 ->
# 0.603; a comeback to television no return in the patterns and a "career" feature,
# 0.603 -> 0.608; "introduced post A's farewell" no entry of A, CV +0.002, flat). Not
# kept: "starring" as an entry cue again (0.594); a character's change as its one cast
# actor's ("Y (played by X) quits", 0.566); dropping every "comeback to television"
# candidate, not only the patterns' (0.600); a "maker" feature for producers (0.606).
#
# Whether the hand-written reading reads the same link is no learned feature but a fixed
# prior (RULE_PRIOR, in log-odds): the patterns were written while reading the training
# articles, so a weight learned on those articles overrates them. Learned, it took most
# of the model's trust (a weight of 3.4) and the cross-validated F1 rose, while the
# validation articles' F1 fell (0.50 against 0.53 with the prior); the prior keeps every
# behaviour the patterns were written for (tests/extract/test_cast_change.py).
RULE_PRIOR: Final = 2.0
SPELLING: Final = 0.85  # how alike (difflib ratio) a variant spelling of a person's name is
PLAUSIBLE: Final = 0.15  # P(person) below which a name gets no RULE_PRIOR (unless a known person)

_REPLACE_FAMILY: Final = frozenset({"replace", "replaces", "replacing", "replaced", "replacement"})


# names joined into one group; words that may stand between a subject and its verb
_JOIN: Final = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:and|&)[ \t]+)?")
_LINKING: Final = frozenset({
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "may", "might", "could",
    "be", "been", "being", "to", "also", "now", "finally", "reportedly", "recently", "all",
    "set", "soon", "officially", "just", "already", "too", "both", "not", "the", "a", "an",
    "of", "in", "for", "by", "from", "'", "s", "’", "-", ":", "actor", "actress", "star"})


# "'s character (was)" right before a cue: the subject is what the person owns
_POSSESSOR: Final = re.compile(r"['’]s?\s+(?:(?:sudden|shocking|abrupt|final|last|first)\s+)?")
_OWNED_THING: Final = re.compile(r"(?:'s|’s)\s+(?:[a-z]+\s+){1,3}"
                          r"(?:(?:has|have|had|is|are|was|were|will|would|been|be|being)\s+)*")


# "roped in A to play the lead opposite B": B is who A plays against, already in the cast
_PARTNER: Final = re.compile(r"\bopposite\s+$")
_OTHER_CLAUSE: Final = re.compile(r";|\b(?:while|whereas|but)\b")
_SEMICOLON: Final = re.compile(";")


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
def _cue_firsts() -> frozenset[str] | None:
    """Where a match of :func:`_cue_low` can begin: the phrases' first words."""
    return phrase_firsts(_cue_phrases())


@cache
def _cue_re() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(_cue_phrases())}\b", re.I)


@cache
def _cue_gate() -> tuple[frozenset[str], tuple[str, ...]]:
    return key_words(p for p in _cue_phrases() if _cue_table()[_cue_key(p)][0] != "none")


@lru_cache(maxsize=4096)  # a matched phrase's key: the same few phrases recur
def _cue_key(phrase: str) -> str:
    return re.sub(r"\b(?:her|his|their)\b", "poss", " ".join(phrase.lower().split()))


def _cues(doc: Doc, s: Sentence) -> list[_Cue]:
    """The change cues of a sentence (not inside a show title, not "none" phrases)."""
    low = lowered(s.text)
    out: list[_Cue] = []
    hits = phrase_matches(doc, s, _cue_low(), low, _cue_firsts()) if low \
        else _cue_re().finditer(s.text)
    for m in hits:
        key = _cue_key(m.group())
        change, after, source = _cue_table()[key]
        vs = s.start + m.start()
        if change == "none" or in_show_title(doc, vs) or _no_change(s.text, m, change):
            continue
        out.append(_Cue(vs, s.start + m.end(), key, change, after, source))
    return out


def _no_change(text: str, m: re.Match[str], change: str) -> bool:
    """A cue word that says no one changes: what is "left" over, characters "returning
    home" in the story, how a run began ("ever since she joined"), a career ("quit
    television", "return to films"), a couple parting ("A and B part ways")."""
    return ((m.group().lower() == "left" and bool(rules.LEFT_OVER.search(text, 0, m.start())))
            or (change == "return" and bool(rules.PLACE_AFTER.match(text, m.end())))
            or (change == "entry" and bool(rules.BACKGROUND.search(text, 0, m.start())))
            or bool(rules.NOT_A_SHOW.match(text, m.end()))
            or bool(rules.PARTING.search(m.group())
                    and not rules.PARTING_FROM.match(text, m.end())))


class Proposal(NamedTuple):
    """A candidate before its fact is built (most are rejected; see :func:`fact`): the
    change of ``actor`` in ``show`` read in sentence ``s``, with its features, the
    reading of its sentence (None: the sentence asserts nothing) and whether the
    hand-written reading ties the same person to the same change there."""

    s: Sentence
    show: str
    actor: str
    change: str
    features: tuple[str, ...]
    reading: Change | None
    ruled: bool
    group: tuple[int, ...] = ()  # a coordinated group's cue and members: they share it


def candidates(doc: Doc) -> list[Candidate]:
    """Every (name, change cue) pair of a sentence and every rule reading, as a
    cast_change fact with name-free features."""
    return [Candidate(fact(doc, p), p.features) for p in proposals(doc)]


def fact(doc: Doc, p: Proposal) -> Fact:
    """The candidate fact of a proposal."""
    return records.fact(type="cast_change", show=p.show, evidence=doc.evidence(p.s), confidence=0.5,
                        modality="stated", actor=p.actor, change=p.change, status="confirmed")


def proposals(doc: Doc) -> list[Proposal]:
    """:func:`candidates` with each one's reading of its sentence (cached)."""
    if "cast_change.proposals" not in doc.cache:
        proposer = _Proposer(doc)
        doc.cache["cast_change.proposals"] = proposer.run()
        doc.cache["cast_change.ruled"] = proposer.rule
    return list(doc.cache["cast_change.proposals"])


def _ruled(doc: Doc) -> list[Change]:
    """The hand-written reading's changes, their actors named as the candidates name
    them (after :func:`proposals`)."""
    proposals(doc)
    return list(doc.cache["cast_change.ruled"])


def _bucket(p: float) -> str:
    return "h" if p >= 0.6 else "m" if p >= 0.3 else "l"


def _dist(n: int) -> str:
    return str(n) if n < 3 else "3-4" if n < 5 else "5-8" if n < 9 else "9-15" if n < 16 else "16+"


class _Proposer:
    """What the candidate features read from the whole article, computed once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.types = name_types(doc)
        self.full = [p for p in people(doc) if " " in p]
        self.people = {fold(p) for p in people(doc)}
        self.chars = {fold(c) for c in characters(doc)}
        self.freq = frequency(doc)
        ranked = sorted({fold(resolve_person(doc, m.text) or m.text) for m in name_mentions(doc)},
                        key=lambda n: (-self.freq.get(n.split()[0] if n else "", 0), n))
        self.top = set(ranked[:2])
        self.named = {fold(m.text) for m in name_mentions(doc)}
        self.actors: dict[tuple[str, bool], str] = {}
        self._cues: dict[int, tuple[bool, list[str], bool]] = {}  # see _cue_context
        self.rule = [c._replace(actor=self._person(
            c.actor, c.sentence.text.lstrip().startswith(c.actor))) for c in rules.changes(doc)]
        self.rule_at = {(c.sentence.start, fold(c.actor), c.change): c for c in self.rule}

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
                reading = rules.status(doc, s, cue.start, cue.end)
                owner = self._possessor(ms, cue)
                for m in ms:
                    actor = self._actor(m)
                    changes = [cue.change]
                    if cue.key in _REPLACE_FAMILY or cue.key.startswith("replaced"):
                        changes = ["exit", "entry"]  # who replaces whom: the context says
                    if self._nearer_subject(ms, m, cue):  # nor may the rule read it so
                        seen.update((s.start, fold(actor), change) for change in changes)
                        continue
                    if self._not_subject(ms, m, cue, owner):
                        continue
                    for change in changes:
                        key = (s.start, fold(actor), change)
                        rule = self.rule_at.get(key)
                        read = Change(actor, change, rule.status, rule.strong, s, show) if rule \
                            else Change(actor, change, reading[0], reading[1], s, show) \
                            if reading else None
                        seen.add(key)
                        feats = self.features(s, ms, cue, m, actor, change, reading, i)
                        plausible = self._plausible(m.text, actor)
                        out.append(Proposal(s, show, actor, change, feats, read,
                                            rule is not None and plausible,
                                            self._shared(ms, m, cue, change) if plausible
                                            else ()))
        for c in self.rule:
            key = (c.sentence.start, fold(c.actor), c.change)
            if key in seen or not c.show:
                continue
            feats = ("rule", "rule_only", f"rule_only={c.change}|{c.status}|{c.strong}")
            out.append(Proposal(c.sentence, c.show, c.actor, c.change, feats, c,
                                self._plausible(c.actor, c.actor)))
        return out

    def features(self, s: Sentence, ms: list[NameMention], cue: _Cue, m: NameMention,
                 actor: str, change: str, reading: tuple[str, bool] | None,
                 index: int) -> tuple[str, ...]:
        """How mention ``m`` stands to ``cue`` in sentence ``s``; no names."""
        doc, text = self.doc, self.doc.text
        before = m.end <= cue.start
        order = "pc" if before else "cp"
        lo, hi = (m.end, cue.start) if before else (cue.end, m.start)
        gap = shapes(doc, lo, hi)
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
        if "poss" in cue.key:  # "A confirms her exit" / "B blamed for her exit": whose?
            f.append(f"poss={order}|{'first' if m is ms[0] else 'later'}")
        if cue.key in _REPLACE_FAMILY or cue.key.startswith("replaced"):
            f += self._replacing(cue, m, change)
        career, cue_words, negated = self._cue_context(s, cue)
        if career:
            f += ["career", f"career={change}"]
        if len(gap) <= 5:
            f.append(f"gap={oc}:{' '.join(gap)}")
        if gap:
            f += [f"g0={oc}:{gap[0]}", f"g-1={oc}:{gap[-1]}"]
        if len(gap) <= 12:
            f += [f"gw={order}:{t}" for t in set(gap)]
        group = self._group(ms, m)
        edge = group[-1] if before else group[0]  # the member of m's group nearest the cue
        glo, ghi = (edge.end, cue.start) if before else (cue.end, edge.start)
        ggap = shapes(doc, glo, ghi) if glo <= ghi else gap
        if len(group) > 1:
            f += [f"group={min(len(group), 4)}", f"ggap={oc}:{' '.join(ggap[:5])}",
                  f"gbetween={min(sum(1 for x in ms if glo <= x.start and x.end <= ghi), 3)}"]
        if not ggap or all(t in _LINKING for t in ggap):
            f += ["adjacent", f"adjacent={oc}"]
        if rules.preposition_before(text, s.start, m.start):
            f.append(f"prep_before={order}")  # "with A, ...": A is no subject
        if rules.clause_break(text, lo, hi):
            f.append("gap_break")
        if rules.pronoun_in(text, lo, hi):
            f.append(f"gap_pronoun={order}")
        if "(" in text[lo:hi] or ")" in text[lo:hi]:
            f.append("gap_paren")
        pre = shapes(doc, max(s.start, m.start - 30), m.start)[-2:]
        post = shapes(doc, m.end, min(s.end, m.end + 30))[:2]
        f += [f"pre1={pre[-1] if pre else '^'}", f"post1={post[0] if post else '$'}"]
        f += cue_words
        f += self._name(m, actor)
        status = reading[0] if reading else "none"
        f += [f"read={status}", f"read_strong={reading[1] if reading else False}"]
        if negated:
            f.append("negated")
        if index == 0 or self.doc.in_headline(s):
            f.append("headline")
        f.append(f"position={min(index // 4, 3)}")
        if s.text.rstrip().endswith("?"):
            f.append("question")
        return tuple(f)

    def _cue_context(self, s: Sentence, cue: _Cue) -> tuple[bool, list[str], bool]:
        """What the features read of the cue alone, once per cue rather than once per
        name of its sentence: a career comeback, the words just before and after it
        ("cpre1", "cpost1"), a negation before it."""
        if cue.start not in self._cues:
            doc = self.doc
            cpre = shapes(doc, max(s.start, cue.start - 30), cue.start)[-2:]
            cpost = shapes(doc, cue.end, min(s.end, cue.end + 30))[:2]
            self._cues[cue.start] = (
                rules.career(doc.text, cue.start, cue.end),
                [f"cpre1={cpre[-1] if cpre else '^'}", f"cpost1={cpost[0] if cpost else '$'}"],
                modality.negated(s.text, cue.start - s.start))
        return self._cues[cue.start]

    def _shared(self, ms: list[NameMention], m: NameMention, cue: _Cue, change: str
                ) -> tuple[int, ...]:
        """The key of the claim ``m`` shares with its coordinated group ("A, B, C and D
        have been roped in", "the new cast includes A, B, C"): the cue, the change and
        the group's members, when the group stands next to the cue; else ()."""
        group = self._group(ms, m)
        if len(group) < 2:
            return ()
        before = m.end <= cue.start
        edge = group[-1] if before else group[0]
        lo, hi = (edge.end, cue.start) if before else (cue.end, edge.start)
        if lo > hi or any(lo <= x.start and x.end <= hi for x in ms):
            return ()
        gap = shapes(self.doc, lo, hi)
        if len(gap) > 4 or rules.clause_break(self.doc.text, lo, hi):
            return ()
        return (cue.start, ("exit", "entry", "return").index(change),
                *(x.start for x in group))

    def _not_subject(self, ms: list[NameMention], m: NameMention, cue: _Cue,
                     owner: NameMention | None) -> bool:
        """Whether ``m`` cannot be whom the cue's change is about: it overlaps the cue,
        its group owns the cue's subject, another name owns the cue ("B's exit"), or a
        semicolon stands between, or "while/whereas/but" before a name after the cue ("A
        quits X; B to step in", "A quit X, while B left Y": a cue acts in its own clause;
        "A was loved as Y but quit" shares its subject), or it is the partner a newcomer is
        cast "opposite"; see also :meth:`_nearer_subject`."""
        lo, hi = (m.end, cue.start) if m.end <= cue.start else (cue.end, m.start)
        return (m.end > cue.start and m.start < cue.end) or self._owned(ms, m, cue) or bool(
            _PARTNER.search(self.doc.text, max(0, m.start - 12), m.start)) or (
            owner is not None and m not in self._group(ms, owner)) or (
            lo < hi and bool((_OTHER_CLAUSE if m.start >= cue.end else _SEMICOLON).search(
                self.doc.text, lo, hi)))

    def _nearer_subject(self, ms: list[NameMention], m: NameMention, cue: _Cue) -> bool:
        """Whether another name, not a character's, stands right before the cue with only
        auxiliaries between ("A will be seen as Y after B quit the show": B quit, not A)."""
        if m.end > cue.start:
            return False
        group = self._group(ms, m)
        for x in ms:
            if x.start >= m.end and x.end <= cue.start and x not in group and \
                    fold(x.text) not in self.chars and \
                    self.types.get(fold(x.text), (0.5, 0.5))[1] < 0.5:  # no character
                gap = self.doc.text[x.end:cue.start].split()
                if all(w.lower() in _LINKING for w in gap):
                    return True
        return False

    def _possessor(self, ms: list[NameMention], cue: _Cue) -> NameMention | None:
        """The name whose change the cue is ("B's last day", "B's exit"): then no other
        name of the sentence is its subject ("A revealed that this was B's last day")."""
        for m in ms:
            if m.end <= cue.start and _POSSESSOR.fullmatch(self.doc.text, m.end, cue.start):
                return m
        return None

    def _owned(self, ms: list[NameMention], m: NameMention, cue: _Cue) -> bool:
        """Whether the cue's subject is a thing ``m``'s group owns ("A's character was
        replaced", "With A, B's track is over"): then no one named before it changes."""
        if m.end > cue.start:
            return False
        edge = self._group(ms, m)[-1]
        return edge.end <= cue.start and bool(_OWNED_THING.fullmatch(self.doc.text, edge.end,
                                                                  cue.start))

    def _replacing(self, cue: _Cue, m: NameMention, change: str) -> list[str]:
        """Who replaces whom: the subject of "A replaced/replaces B" enters and the object
        exits ("replaced B with A": A enters); "A was replaced by B" the other way round."""
        text = self.doc.text
        # "replaced B with A": A stands to the cue as the subject of "A replaced B" does
        before = m.end <= cue.start or bool(rules.WITH_GAP.fullmatch(text, cue.end, m.start))
        passive = bool(rules.BY.match(text, cue.end)) or cue.key.startswith("replaced by") \
            or bool(re.search(r"\b(?:been|was|were|is|are|be|being|get|got)\s+$",
                              text[max(0, cue.start - 12):cue.start])) \
            or (cue.key == "replaced" and bool(rules.CLAUSE_END.match(text, cue.end)))
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

    def _actor(self, m: NameMention) -> str:
        """The person a mention names, without a word that opens the sentence ("Both A
        and B joined", "Mom-to-be A quits"): when the rest is a person the article names
        on its own, or the first name of one, and the cut word is no part of that name."""
        return self._person(m.text, not self.doc.text[self.doc.sentences[m.sentence].start
                                                     :m.start].strip())

    def _person(self, text: str, opening: bool) -> str:
        """:meth:`_actor` for a name ``text`` (``opening``: it opens its sentence)."""
        key = (text, opening)
        if key not in self.actors:
            actor = resolve_person(self.doc, text) or typed_full_name(self.doc, text) or text
            words = text.split()
            if opening and len(words) > 1 and fold(actor) not in self.people:
                rest = " ".join(words[1:])
                full = resolve_person(self.doc, rest)
                if full and (fold(rest) in self.named if len(words) > 2
                             else fold(full.split()[0]) == fold(rest)) \
                        and fold(words[0]) not in {fold(w) for w in full.split()}:
                    actor = full
            if len(words) > 1 and fold(actor) not in self.people:
                actor = self._spelling(actor)
            self.actors[key] = actor
        return self.actors[key]

    def _spelling(self, name: str) -> str:
        """The article's person whose name is spelt almost as ``name`` ("Kabir Sethi"
        and "Kabeer Seti"), else ``name``."""
        key = fold(name)
        best, score = name, SPELLING
        for person in self.full:
            other = fold(person)
            if other[:1] != key[:1]:
                continue  # a misspelling keeps the first letter
            match = SequenceMatcher(None, key, other)
            if match.real_quick_ratio() >= score and match.quick_ratio() >= score \
                    and match.ratio() >= score:
                best, score = person, match.ratio()
        return best

    def _plausible(self, text: str, actor: str) -> bool:
        """Whether a name the hand-written reading ties to a change may be an actor: a
        person the article links to a role, or one the typer finds person enough (not
        a show's title, a character or a sentence opener the patterns caught)."""
        if fold(actor) in self.people:
            return True
        p = max(self.types.get(fold(text), (0.0, 0.0))[0],
                self.types.get(fold(actor), (0.0, 0.0))[0])
        return p >= PLAUSIBLE

    def _name(self, m: NameMention, actor: str) -> list[str]:
        p, c = self.types.get(fold(m.text), (0.5, 0.5))
        f = [f"ptype={_bucket(p)}", f"ctype={_bucket(c)}", f"ntok={min(len(actor.split()), 3)}",
             f"typing={'P' if p >= max(c, 0.5) else 'C' if c >= 0.5 else 'O'}"]
        freq = self.freq.get(fold(actor.split()[0]), 0)
        f += [f"freq={min(freq, 5)}", f"top={fold(actor) in self.top}"]
        if fold(actor) in self.people:
            f.append("known_person")
        if fold(m.text) in self.chars or fold(actor) in self.chars:
            f.append("known_char")
        if actor != m.text:
            f.append("resolved")
        return f


# a lead played in the present tense, the name right before the verb: no change told
# (decided here, not left out of the candidates, whose "no" rows train the decider)
_DESCRIBES: Final = frozenset({"cue=play the lead", "cpre1=CAP"})


def _no_actors(doc: Doc) -> frozenset[str]:
    """Folded names the article gives roles or makers (its accepted producers among them)
    and never actors (decided after the decider, so their rows still train it)."""
    actors = {fold(p) for p in people(doc)}
    others = {fold(c) for c in characters(doc)} | {fold(p) for p in doc_producers(doc)} | {
        fold(f.value or "") for f in show_info.extract(doc) if f.field == "producer"}
    return frozenset(others - actors)


def extract(doc: Doc) -> list[Fact]:
    """The candidates the model accepts, one fact per (show, actor, change), with the
    article's status read from the accepted statements of it."""
    learned = model("cast_change")
    grouped: dict[tuple[object, ...], list[tuple[float, Fact, Proposal]]] = {}
    scored: list[tuple[float, Proposal]] = []
    shared: dict[tuple[int, ...], float] = {}  # a coordinated group's claim: its best
    no_actor = _no_actors(doc)
    for prop in proposals(doc):
        if prop.reading is None:
            continue  # its sentence asserts nothing: "A reveals if she will quit"
        if _DESCRIBES.issubset(prop.features) or fold(prop.actor) in no_actor \
                or TWO_NAMES.search(prop.actor):
            continue  # "A and B play the lead roles": a cast described in the present; a
            # role ("Y (A) will leave the house" is the story) or a maker changes no cast
        logit = learned.scores(prop.features)[0] + RULE_PRIOR * prop.ruled
        p = sigmoid(logit)
        scored.append((p, prop))
        if prop.group:
            shared[prop.group] = max(shared.get(prop.group, 0.0), p)
    for p, prop in scored:
        p = max(p, shared.get(prop.group, 0.0)) if prop.group else p
        if p >= learned.threshold:  # a fact is built only for what the model accepts
            candidate = fact(doc, prop)
            grouped.setdefault(records.key(candidate), []).append((p, candidate, prop))
    ruled: dict[tuple[str, str], list[Change]] = {}
    for c in _ruled(doc):
        ruled.setdefault((fold(c.actor), c.change), []).append(c)
    out: list[Fact] = []
    where: dict[tuple[str, str, str], set[int]] = {}  # (show, actor, change) -> sentences
    for group in grouped.values():
        best_p, best, _ = max(group, key=lambda x: x[0])
        first = group[0][1]
        readings = [prop.reading for _, _, prop in group if prop.reading]
        # the hand-written reading of the change, where it has one, else the accepted ones
        readings = ruled.get((fold(first.actor or ""), first.change or "")) or readings
        status = rules.overall(readings) if readings else "reported"
        show = _installment(doc, first.show) if first.change == "return" else first.show
        modal = _MODALITY.get(status, status)
        where.setdefault((fold(show), fold(first.actor or ""), first.change or ""), set()).update(
            f.evidence.start for _, f, _ in group if f.evidence)
        out.append(records.with_(
            first, show=show, evidence=best.evidence, confidence=round(best_p, 3),
            modality=modal, character=role_in(doc, show, first.actor or ""), status=status))
    out = _one_direction(_one_name(out), where)
    return out + _launch_entries(doc, out, no_actor)


# a show the article launches: "X, a new TV soap, is set to premiere on ...", "Her new
# show is X", "X launches on 15 May": the cast it announces joins it
_LAUNCH: Final = re.compile(
    r"\b(?:upcoming|new|brand[- ]new|forthcoming)\s+(?:[\w+’'-]+\s+){0,2}"
    r"(?:show|serial|series|drama|soap|season|daily)\b"
    r"|\b(?:set|slated|scheduled|ready)\s+to\s+(?:premiere|launch|hit|air|go\s+on)"
    r"|\bwill\s+(?:premiere|launch|go\s+on[- ]air|hit\s+the)"
    r"|\bto\s+(?:premiere|launch)\b"
    r"|\b(?:premiere|launche)s?\s+(?:on|from|this|next|today|tonight|tomorrow)\b"
    # "X will start airing from", "X begins airing on", "X will replace Y (in its slot)"
    r"|\bwill\s+(?:start|begin)\s+(?:airing|streaming)\b"
    r"|\b(?:starts|begins)\s+(?:airing|streaming)\s+(?:on|from|this|next|today|tonight|tomorrow)\b"
    r"|\bwill\s+replace\b", re.I)


def _launched(doc: Doc) -> set[str]:
    """The shows a launch cue is told of: named right before it ("X, a new TV soap, is
    set to premiere", "X launches on") or right after it ("Her new show 'X'")."""
    out: set[str] = set()
    for i in sentences_with(doc, _LAUNCH_WORDS):
        s = doc.sentences[i]
        cues = list(_LAUNCH.finditer(s.text))
        for m in doc.shows.shows_in(s) if cues else ():
            if m.start in doc.shows.secondary:
                continue
            a, b = m.start - s.start, m.end - s.start
            if any(_BEFORE_CUE.fullmatch(s.text, b, c.start())
                   or _AFTER_CUE.fullmatch(s.text, c.end(), a) for c in cues):
                out.add(m.show)
    return out


# a word every match of _LAUNCH holds (its sentences alone are searched)
_LAUNCH_WORDS: Final = frozenset({"new", "brand-new", "upcoming", "forthcoming", "premiere",
                                   "premieres", "launch", "launches", "hit", "air", "go",
                                   "start", "begin", "starts", "begins", "replace"})
# what may stand between a show and a launch cue after it, and a cue and a show after it
_BEFORE_CUE: Final = re.compile(
    r"[\s,'’\"”]*(?:(?:a|an|the|is|was|will|now|all|soon|which|that)\s+)*")
_AFTER_CUE: Final = re.compile(r"[\s,:'‘\"“]*(?:(?:titled|called|named|is)\s+)?['‘\"“]?")


def _launch_entries(doc: Doc, facts: list[Fact], no_actor: frozenset[str]) -> list[Fact]:
    """An entry for each person who joins a show the article launches (see
    :func:`_joining`), unless a change of that person is already told or the name is a
    role's or a maker's (``no_actor``, :func:`_no_actors`). A reading, not a decision: its
    confidence is a fixed 0.5; its status is its sentence's (``_told_as``)."""
    launched = _launched(doc)
    if not launched:
        return []
    told = {(fold(f.show or ""), fold(f.actor or "")) for f in facts}
    out: list[Fact] = []
    for show, actor, character, evidence in _joining(doc, launched):
        key = (fold(show), fold(actor))
        if key not in told and key[1] not in no_actor and not TWO_NAMES.search(actor):
            told.add(key)
            status = _told_as(evidence.text)
            out.append(records.fact(type="cast_change", show=show, evidence=evidence,
                                    confidence=0.5, modality=_MODALITY.get(status, status),
                                    actor=actor, character=character, change="entry",
                                    status=status))
    return out


# a change's status as its fact's modality (a confirmed change is stated)
_MODALITY: Final = {"confirmed": "stated"}


def _told_as(sentence: str) -> str:
    """How a sentence tells what it tells, by its modality cues: denied over reported
    over stated ("The makers are in talks with A for the role": a report)."""
    found = modality.cues(sentence)
    return "denied" if "denied" in found else "reported" if "reported" in found else "confirmed"


def _joining(doc: Doc, launched: set[str]) -> list[tuple[str, str, str | None, Evidence]]:
    """(show, person, role, evidence) for those a launched show's news casts: each cast
    link of it, and each person named in its sentences beside a role word ("The show
    features A in the lead role", "A and B play the leads")."""
    out = [(c.show, c.actor, c.character, c.evidence) for c in cast.extract(doc)
           if c.show in launched and c.actor and c.evidence]
    people_named = person_mentions(doc)
    for i in sentences_with(doc, _CAST_WORDS):
        s = doc.sentences[i]
        show = doc.shows.show_for(s)
        if show in launched:
            out += [(show, m.name, None, doc.evidence(s)) for m in people_named
                    if s.start <= m.start < s.end]
            earlier = [m for m in people_named if m.start < s.start]
            if _PRONOUN_OPENING.match(s.text) and earlier:  # "He will play Y in X": the one
                out.append((show, earlier[-1].name, None, doc.evidence(s)))  # named before
    return out


_PRONOUN_OPENING: Final = re.compile(r"\s*(?:He|She)\s+(?:will|would|is|has|plays|essays)\b")


_CAST_WORDS: Final = frozenset({"lead", "leads", "leading", "play", "plays", "playing", "star",
                                "stars", "starring", "feature", "features", "featuring",
                                "opposite", "role", "roles", "essay", "essays", "essaying",
                                "portray", "portrays", "portraying"})


def _one_name(facts: list[Fact]) -> list[Fact]:
    """One actor, one fact: "Riya" and "Riya Malhotra" leaving one show are one exit
    (the scorer's name matching would count the shorter as a second fact); the full
    form stands, at the more probable of the two."""
    kept: dict[int, Fact] = {}
    for i in sorted(range(len(facts)), key=lambda i: -len((facts[i].actor or "").split())):
        f = facts[i]
        words = (f.actor or "").split()
        same = next((j for j, g in kept.items() if g.change == f.change
                     and fold(g.show) == fold(f.show) and len(words) == 1
                     and fold(words[0]) in _ends(g.actor or "")), None)
        if same is None:
            kept[i] = f
        elif f.confidence > kept[same].confidence:
            kept[same] = records.with_(kept[same], confidence=f.confidence)
    return [kept[i] for i in sorted(kept)]


def _ends(name: str) -> set[str]:
    """A name's first and last words, folded."""
    words = name.split() or [""]
    return {fold(words[0]), fold(words[-1])}


def _one_direction(facts: list[Fact], where: dict[tuple[str, str, str], set[int]]
                   ) -> list[Fact]:
    """An actor who leaves a show does not join it in the same sentence ("A confirms her
    exit, B is the new Y" reads both ways to a pair model): of an exit and an entry of
    one actor in one show, the less probable goes when every sentence stating it also
    states the other. An article may tell both apart ("A joined in 2016 ... A quits")."""
    best: dict[tuple[str, str], Fact] = {}
    for f in facts:
        if f.change in ("exit", "entry"):
            key = (fold(f.show), fold(f.actor or ""))
            if key not in best or f.confidence > best[key].confidence:
                best[key] = f

    def shadowed(f: Fact) -> bool:
        top = best[(fold(f.show), fold(f.actor or ""))]
        if top is f or f.confidence >= top.confidence:
            return False
        mine = where.get((fold(f.show), fold(f.actor or ""), f.change or ""), set())
        theirs = where.get((fold(top.show), fold(top.actor or ""), top.change or ""), set())
        return mine <= theirs

    return [f for f in facts if f.change not in ("exit", "entry") or not shadowed(f)]
