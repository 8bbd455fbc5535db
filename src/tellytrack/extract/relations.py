"""On-screen relations between characters: parent, spouse, sibling, romance, in-law.

Decided by a learned model (``extract/weights/relation.json``, made by
``tellytrack train``). Candidates are the pairs of character names in one
sentence (an actor stands for their role, :func:`story_names.as_character`)
near a cue word (``lexicons/kinship.txt``, ``lexicons/relation_cues.txt``), as
each relation the word may stand for (a parent both ways round; siblings for
two names a child word introduces), plus coordinated pairs ("A and B", "A-B")
as possible couples. Their features hold no names: the cue word, how each name
stands to it ("A's KIN", "KIN B", "B, A's KIN", "B is the KIN", "A and B got
married", "her KIN"), which of the two the word names, how well the pair fits
that reading against the other names of the sentence, the typer's view of
each name, and whether a hand-written frame reads the same triple. One
relation is kept per pair of characters, the most probable.

The hand-written frames (:func:`rule_facts`) read kin words in the few
syntactic frames news writing uses for them, each giving a *kin person* B and
an *anchor* A ("B is A's KIN"):

- "A's KIN B" / "A and C's KIN, B"           (possessive anchor first)
- "B, A's KIN" / "B, who was A's KIN"         (apposition or copula)
- "her KIN B"                                 (pronoun anchor: the nearest name before it)
- "X, who played (the) KIN of B"              (the actor's character is the kin person)

a child calling out to a parent that reminds A of B (A is B's parent), plus
story frames for couples: "A marries B" (spouse; "A to marry B" is still
a romance), "A is engaged to B", "divorce to B", "the love story of A and B",
"A and B's story". What they read is a candidate (also where no pair of names
stands, as "her KIN B" with A in the sentence before) and a feature.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from tellytrack.extract.document import Doc
from tellytrack.extract.events import clause_bounds, clause_status
from tellytrack.extract.gate import key_words, sentences_with
from tellytrack.extract.lexicon import mapping
from tellytrack.extract.linear import Candidate, decide, model
from tellytrack.extract.mentions import by_sentence, name_types, shape_tokens
from tellytrack.extract.scan import lower_phrases
from tellytrack.extract.shows import fold
from tellytrack.extract.story_names import NAME, as_character, distinct, names_in
from tellytrack.model import UNORDERED_RELATIONS, Fact, Sentence

_KIN = mapping("kinship")
_KIN_ALT = "|".join(re.escape(k) for k in sorted(_KIN, key=len, reverse=True))
_POSS = r"(?:'s|’s|')"
_MOD = r"(?:(?:on-?screen|reel|onscreen|elder|younger|beloved|estranged)\s+)?"
_KIN_RE = rf"{_MOD}(?P<kin>{_KIN_ALT})\b"
_B = rf"(?P<b>{NAME})(?:\s+(?:aka|AKA)\s+(?P<b2>{NAME}))?"
_A = rf"(?P<a>{NAME})(?:\s+and\s+(?P<a2>{NAME}))?"
_FILLER = r"(?:(?:the|a)\s+)?(?:(?:lead|main|central)\s+)?(?:character\s+)?"

# Each frame with what every match of it holds, lower-cased: a frame is tried only on a
# sentence holding one (its name-led patterns are tried at every capital otherwise).
_FRAMES = (
    # "Raghav's daughter, Kavya" / "Meera and Dev's daughter Naina"
    ("poss", re.compile(rf"\b{_A}{_POSS}\s+{_KIN_RE},?\s+{_B}"), ("'", "’")),
    # "Kavya, Meera's daughter" / "Arjun, who was Sharda's husband" / "B is A's wife"
    ("appos", re.compile(
        rf"\b{_B},?\s+(?:(?:who\s+)?(?:is|was|plays|played)\s+)?{_FILLER}{_A}{_POSS}\s+{_KIN_RE}"),
     ("'", "’")),
    # "her on-screen daughter, Tara Sood aka Choti Gauri"
    ("pron", re.compile(rf"\b(?:her|his|their)\s+{_KIN_RE},?\s+{_B}"), ("her", "his", "their")),
    # "Simran, who played wife of Kabir Sethi aka Arjun"
    ("role", re.compile(
        rf"\b(?P<x>{NAME}),?\s+who\s+(?:plays|played|portrays|portrayed|essays|essayed)\s+"
        rf"(?:the\s+role\s+of\s+)?(?:the\s+)?{_KIN_RE}\s+of\s+{_B}"), ("who",)),
)
# A further "and C's KIN" after an apposition: "B is A's wife and C's mother".
_CHAIN = re.compile(rf"\s*(?:,|and)\s+(?P<a>{NAME}){_POSS}\s+{_KIN_RE}")
_SUBJECT = rf"(?P<a>{NAME}|[Ss]he|[Hh]e|[Tt]hey)"
_LOVE_WORDS = ("story", "romance", "jodi")
_COUPLE_FRAMES = (  # each with what every match of it holds, lower-cased (as _FRAMES)
    ("wed", re.compile(rf"\b{_SUBJECT}\s+(?:\w+\s+){{0,3}}?(?:marries|married|marrying|weds|"
                       rf"to\s+marry|will\s+marry|(?:to\s+)?ties?\s+the\s+knot\s+with|"
                       rf"is\s+married\s+to)\s+(?:(?:a|an|the)\s+[\w\s-]{{0,40}}?named\s+"
                       rf"|the\s+(?:same\s+)?(?:man|woman|guy|girl|boy),\s+)?(?P<b>{NAME}|her|him)"),
     ("marr", "weds", "knot")),
    ("engaged", re.compile(rf"\b{_SUBJECT}\s+(?:[\w()]+\s+){{0,5}}?(?:is|gets|got)\s+(?:now\s+)?"
                           rf"engaged\s+to\s+(?P<b>{NAME})"), ("engaged",)),
    ("divorce", re.compile(
        rf"\b{_SUBJECT}\s+(?:\w+\s+){{0,4}}divorce\s+(?:to|from)\s+(?P<b>{NAME})"),
     ("divorce",)),
    # "has she parted ways from B?", "A and B parting ways": they were a couple
    ("parted", re.compile(rf"\b{_SUBJECT}\s+(?:\w+\s+){{0,3}}?(?:parted|parts?|parting)\s+ways\s+"
                          rf"(?:from|with)\s+(?P<b>{NAME})"), ("ways",)),
    ("parted", re.compile(rf"\b(?P<a>{NAME})(?:\s+\([^()]{{1,40}}\))?\s+and\s+(?P<b>{NAME})"
                          rf"(?:\s+\([^()]{{1,40}}\))?\s+(?:\w+\s+){{0,2}}?"
                          rf"(?:parted|part|parting)\s+ways\b"), ("ways",)),
    ("story", re.compile(rf"\b(?P<a>{NAME})\s+and\s+(?P<b>{NAME}){_POSS}\s+(?:\w+\s+)?"
                         rf"(?:love\s+)?(?:story|romance|jodi)\b"), _LOVE_WORDS),
)
_LOVE_STORY = re.compile(
    r"\b(?:love\s+story|romance|jodi)\s+(?:of|between)\b[^.;?!]{0,160}")
_ROMANTIC_PAIR = re.compile(
    rf"\b(?P<a>{NAME})\s+and\s+(?P<b>{NAME})\s+(?:is|are|look|looks)\s+(?:\w+\s+)?romantic\b")
# "A little boy calls 'Papa'. Arjun is reminded of Kabir": a child calling out to a
# parent reminds A of their own child B.
_CALLS_PARENT = re.compile(
    rf"\b(?:girl|boy|child|kid|baby)\s+(?:\w+\s+){{0,2}}?(?:calls?|called|calling|cries|cried)"
    rf"\s+(?:out\s+)?(?:for\s+|to\s+)?['‘\"“]?(?P<kin>{_KIN_ALT})\b", re.I)
_REMINDED = re.compile(
    rf"\b(?P<a>{NAME})\s+(?:is|gets|got|was|feels|felt)\s+reminded\s+(?:of|to|about)\s+"
    rf"(?:her\s+|his\s+)?(?P<b>{NAME})")
_OFFSCREEN = re.compile(r"\b(?:real[- ]life|off-?screen|personal life|personal front)\b", re.I)

# Cheap gates: the name-led frames run only on sentences holding one of their words,
# read in the lower-cased sentence (the kin words case-sensitively: literal first
# letters are fast). The couple words are those of the couple frames (love words
# included) and of the romantic-pair frame.
_KIN_GATE = lower_phrases(list(_KIN), tail=r"(?![\w-])")
_COUPLE_WORDS = (*dict.fromkeys(w for *_, needs in _COUPLE_FRAMES for w in needs), "romantic")
# What a sentence passing either gate holds (for gate.sentences_with): a kin word, or
# one of the couple words anywhere.
_GATE_KEYS = (key_words(_KIN)[0], (*_COUPLE_WORDS, "reminded"))

Triple = tuple[str, str, str]


def _relation(kin: str, kin_person: str, anchor: str) -> Triple:
    """(subject, relation, object) for "kin_person is anchor's KIN"."""
    value = _KIN[kin.lower()]
    if value == "parent":
        return kin_person, "parent", anchor
    if value == "parent(reversed)":
        return anchor, "parent", kin_person
    return anchor, value, kin_person


def _pronoun_anchor(doc: Doc, sentence: Sentence, before: int) -> str | None:
    """The name a possessive pronoun refers to: the nearest one before it."""
    found = [c for s, _, c in names_in(doc, sentence.text[:before])]
    if found:
        return found[-1]
    index = doc.sentences.index(sentence)
    for prev in reversed(doc.sentences[max(0, index - 2):index]):
        earlier = [c for _, _, c in names_in(doc, prev.text)]
        if earlier:
            return earlier[-1]
    return None


def _holds(low: str, needs: tuple[str, ...]) -> bool:
    """Whether the lower-cased sentence holds one of what a pattern's every match holds."""
    return any(n in low for n in needs)


def _kin_triples(doc: Doc, sentence: Sentence) -> Iterator[tuple[str, Triple]]:
    text = sentence.text
    low = text.lower()
    for frame, pattern, needs in _FRAMES:
        for m in pattern.finditer(text) if _holds(low, needs) else ():
            b = as_character(doc, m["b2"] or m["b"]) if frame != "role" else None
            if frame == "role":
                b, anchors = as_character(doc, m["x"]), [as_character(doc, m["b2"] or m["b"])]
            elif frame == "pron":
                anchors = [_pronoun_anchor(doc, sentence, m.start())]
            else:
                anchors = [as_character(doc, m["a"]), as_character(doc, m["a2"] or "")]
            for a in anchors:
                if a and b and a != b:
                    yield frame, _relation(m["kin"], b, a)
            if frame == "appos" and b:
                for c in _CHAIN.finditer(text, m.end()):
                    a = as_character(doc, c["a"])
                    if a and a != b:
                        yield "chain", _relation(c["kin"], b, a)
                    if c.end() + 1 < len(text) and not _CHAIN.match(text, c.end()):
                        break


def _reminded_triples(doc: Doc, index: int) -> Iterator[tuple[str, Triple]]:
    """"A is reminded of B" right after a child calls out to a parent (that sentence or
    the one before): A is B's parent."""
    sentence = doc.sentences[index]
    for m in _REMINDED.finditer(sentence.text):
        before = (doc.sentences[index - 1].text if index else "") + " " + sentence.text[:m.start()]
        call = _CALLS_PARENT.search(before)
        if call and _KIN[call["kin"].lower()] == "parent":
            a, b = as_character(doc, m["a"]), as_character(doc, m["b"])
            if a and b and a != b:
                yield "reminded", (a, "parent", b)


def _couple_kind(frame: str, sentence: str, at: int) -> str:
    """Spouse for a wedding that took place, romance for one still to come or an engagement."""
    if frame == "wed":
        left, right = clause_bounds(sentence, at, at + 1)
        status = clause_status(sentence[left:right], at - left)
        return "romance" if status in ("upcoming", "speculated") else "spouse"
    return {"engaged": "romance", "divorce": "spouse", "story": "romance"}[frame]


_MARRIED_WORD = re.compile(r"\b(?:her|his)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}(?:husband|wife)\b")


def _parted_kind(doc: Doc, a: str, b: str) -> str:
    """A couple who part ways: spouses when a sentence naming one of them speaks of
    "her husband" / "his wife" (the article gives no other partner), else lovers."""
    for s in doc.sentences:
        if (a in s.text or b in s.text) and _MARRIED_WORD.search(s.text):
            return "spouse"
    return "romance"


def _subjects(doc: Doc, sentence: Sentence, m: re.Match[str]) -> list[str | None]:
    """A couple frame's subject: a name, "she"/"he" (the nearest name before), or "they"
    (the two characters the sentence before names: "A and B ... they marry C")."""
    a = m["a"]
    if a in ("They", "they"):
        index = doc.sentences.index(sentence)
        before = doc.sentences[index - 1].text if index else ""
        pair = distinct([c for _, _, c in names_in(doc, before + " " + sentence.text[:m.start()])])
        return list(pair[-2:]) if len(pair) >= 2 else []
    if a in ("She", "she", "He", "he"):
        return [_pronoun_anchor(doc, sentence, m.start())]
    return [as_character(doc, a)]


def _couple_triples(doc: Doc, sentence: Sentence) -> Iterator[tuple[str, Triple]]:
    text = sentence.text
    low = text.lower()
    for frame, pattern, needs in _COUPLE_FRAMES:
        for m in pattern.finditer(text) if _holds(low, needs) else ():
            b = m["b"]
            b = _pronoun_anchor(doc, sentence, m.start("a")) if b in ("her", "him") \
                else as_character(doc, b)
            for a in _subjects(doc, sentence, m):
                if a and b and a != b:
                    kind = _parted_kind(doc, a, b) if frame == "parted" else \
                        _couple_kind(frame, text, m.start("b"))
                    yield "couple", (a, kind, b)
    for m in _LOVE_STORY.finditer(text) if _holds(low, _LOVE_WORDS) else ():
        pair = distinct([c for _, _, c in names_in(doc, m.group())])[:2]
        if len(pair) == 2:
            yield "couple", (pair[0], "romance", pair[1])
    for m in _ROMANTIC_PAIR.finditer(text) if "romantic" in low else ():
        a, b = as_character(doc, m["a"]), as_character(doc, m["b"])
        if a and b and a != b:
            yield "couple", (a, "romance", b)


def _key(show: str, triple: Triple) -> tuple[str, ...]:
    subject, relation, obj = triple
    if relation in UNORDERED_RELATIONS:
        subject, obj = sorted((subject, obj))
    return show.lower(), relation, subject.lower(), obj.lower()


def rule_facts(doc: Doc) -> list[tuple[str, Fact]]:
    """The relations the hand-written frames read, each once, with the frame and the
    first sentence stating it (cached): candidates and features of the learned decision."""
    if "relation.rules" in doc.cache:
        return list(doc.cache["relation.rules"])
    seen: set[tuple[str, ...]] = set()
    facts: list[tuple[str, Fact]] = []
    for i in sentences_with(doc, *_GATE_KEYS):
        sentence = doc.sentences[i]
        low = sentence.text.lower()
        kin, couple = _KIN_GATE.search(low), _holds(low, _COUPLE_WORDS)
        reminded = "reminded" in low
        show = doc.show_for(sentence) if kin or couple or reminded else None
        if not show or _OFFSCREEN.search(sentence.text):
            continue
        triples = [*(_kin_triples(doc, sentence) if kin else ()),
                   *(_couple_triples(doc, sentence) if couple else ()),
                   *(_reminded_triples(doc, i) if reminded else ())]
        for frame, triple in triples:
            key = _key(show, triple)
            if key in seen:
                continue
            seen.add(key)
            subject, relation, obj = triple
            facts.append((frame, Fact(type="relation", show=show, evidence=doc.evidence(sentence),
                                      confidence=0.7, subject=subject, relation=relation,
                                      object=obj)))
    doc.cache["relation.rules"] = facts
    return list(facts)


# ---------------------------------------------------------------------------
# The learned decision (``extract/weights/relation.json``, made by ``tellytrack train``)

MAX_PAIR = 250  # characters between the two names of a pair
MAX_CUE = 160  # characters between a cue word and the nearer name of the pair


def _cue_relations() -> dict[str, tuple[tuple[str, str], ...]]:
    """cue word -> (relation, the side the word names) pairs: "P" the parent
    ("mother"), "C" the child ("daughter"), "-" a relation without sides."""
    def sides(value: str) -> tuple[tuple[str, str], ...]:
        return tuple(("parent", "P") if v == "parent" else ("parent", "C")
                     if v == "parent(reversed)" else (v, "-") for v in value.split("|"))
    return {k: sides(v) for k, v in (*mapping("kinship").items(),
                                     *mapping("relation_cues").items())}


_CUES = _cue_relations()
_CUE_RE = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(
        re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_CUES, key=len, reverse=True))
    + r")(?!\w|-\w)")
# What every match of _CUE_RE holds as a whole word (for gate.sentences_with).
_CUE_WORDS = key_words(_CUES)[0]


def _cues(s: Sentence) -> list[_Cue]:
    """The cue words of a sentence (offsets into the article)."""
    return [_Cue(m.start() + s.start, m.end() + s.start, " ".join(m.group().lower().split()))
            for m in _CUE_RE.finditer(s.text)]


_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_AKA = re.compile(r"\s+(?:aka|AKA|a\.k\.a\.?)\s+")
_HYPHENATED = re.compile(r"\s*[-–/]\s*")  # "A-B": a couple written as one word
_JOINERS = frozenset({"and", "&", "-", "/", ",", "–"})

# How a name stands to a cue word, read in the text between them (see _role).
_POSS_GAP = re.compile(r"\s*['’]s?\s+(?:[a-z][\w-]*\s+){0,2}")  # "A's (on-screen) KIN"
_PRON_GAP = re.compile(r"\b(?:her|his|their)\s+(?:[a-z][\w-]*\s+){0,2}$")  # "A ... her KIN"
_COPULA_GAP = re.compile(  # "B is the KIN", "B, who was A's KIN" (up to the cue or the anchor)
    r"\s*,?\s*(?:\([^()]{0,40}\)\s*)?(?:(?:who|which)\s+)?(?:is|was|are|were|becomes|became|"
    r"plays|played|as|turns\s+out\s+to\s+be|happens\s+to\s+be)\s+(?:(?:the|a|an|now|also)\s+)*"
    r"(?:[a-z][\w-]*\s+){0,2}")
_APPOS_GAP = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*,\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
_CHAIN_GAP = re.compile(r"\s*(?:,|and|,\s+and)\s+")
_PRON_OBJ = re.compile(r"\s+(?:her|him)\b")
_SUBJ_GAP = re.compile(  # "A finally got married", "A (X) parting ways"
    r"\s*(?:\([^()]{0,40}\))?\s+(?:[a-z][\w'’-]*\s+){0,4}")
_AND_GAP = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,|and|&|/|-|–)\s*(?:and\s+)?")
_NEXT_GAP = re.compile(r"\s*(?:,|:|-|–)?\s*(?:(?:named|called|aka|i\.e\.)\s+)?")  # "KIN, B"
_OF_GAP = re.compile(r"\s+(?:of|to|for)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?")  # "KIN of A"
_WITH_GAP = re.compile(r"\s+(?:with|between)\s+")  # "marries with B"


class _Name(NamedTuple):
    """A character-like name in a sentence: its span, the text, the character."""

    start: int
    end: int
    raw: str
    char: str


class _Cue(NamedTuple):
    start: int
    end: int
    word: str


def extract(doc: Doc) -> list[Fact]:
    """The relations the learned model accepts: one per pair of characters (the most
    probable), oriented as the article first states them."""
    learned = model("relation")
    proposed, rule_only = _proposals(doc)
    # a fact is built only for what the model accepts (decide skips the rest anyway)
    cands = [Candidate(_fact(doc, p), p.features) for p in proposed
             if learned.probability(p.features) >= learned.threshold]
    orient: dict[tuple[str, ...], tuple[str, str]] = doc.cache["relation.orient"]
    out: list[Fact] = []
    for f in sorted(decide(cands + rule_only, learned), key=lambda f: -f.confidence):
        if any(_same_pair(f, g) for g in out):
            continue
        pair = orient.get((f.relation or "", (f.subject or "").lower(), (f.object or "").lower()))
        out.append(f.with_(subject=pair[0], object=pair[1]) if pair else f)
    return out


def candidates(doc: Doc) -> list[Candidate]:
    """Every pair of character names in a sentence with a kin or couple word near
    them, as that word's relation (both directions for a parent; siblings for two
    names a child word introduces), coordinated pairs ("A and B", "A-B") as possible
    couples, and what the hand-written frames read; features hold no names."""
    proposed, rule_only = _proposals(doc)
    return [Candidate(_fact(doc, p), p.features) for p in proposed] + rule_only


class _Proposal(NamedTuple):
    """A candidate before its fact is built (most are rejected): the relation
    ``subject`` ``relation`` ``obj`` in ``show`` read in sentence ``s``."""

    show: str
    s: Sentence
    subject: str
    relation: str
    obj: str
    features: tuple[str, ...]


def _proposal_key(p: _Proposal) -> tuple[str, ...]:
    """``Fact.key()`` of a proposal's fact, without building it."""
    return "relation", p.show.lower(), p.subject.lower(), p.relation.lower(), p.obj.lower()


def _fact(doc: Doc, p: _Proposal) -> Fact:
    """The candidate fact of a proposal."""
    return Fact(type="relation", show=p.show, evidence=doc.evidence(p.s), confidence=0.5,
                subject=p.subject, relation=p.relation, object=p.obj)


def _proposals(doc: Doc) -> tuple[list[_Proposal], list[Candidate]]:
    """The pairs of :func:`candidates` as proposals, then the candidates only the
    frames read."""
    rules = rule_facts(doc)
    ctx = _Context(doc, rules)
    out: list[_Proposal] = []
    orient: dict[tuple[str, ...], tuple[str, str]] = {}

    def add(show: str, s: Sentence, subject: str, relation: str, obj: str,
            features: list[str]) -> None:
        a, b = _canonical(subject, relation, obj)
        orient.setdefault((relation, a.lower(), b.lower()), (subject, obj))
        out.append(_Proposal(show, s, a, relation, b, (*features, *ctx.common)))

    for _, r in rules:  # the frames' orientation first ("A's wife B": A, B)
        a, b = _canonical(r.subject or "", r.relation or "", r.object or "")
        orient.setdefault((r.relation or "", a.lower(), b.lower()),
                          (r.subject or "", r.object or ""))
    with_cues = frozenset(sentences_with(doc, _CUE_WORDS))
    for i, s in enumerate(doc.sentences):
        names = _names(doc, i)
        show = doc.shows.topic or doc.show_for(s)
        if len(names) < 2 or not show:
            continue
        ctx.sentence(s)
        cues = _cues(s) if i in with_cues else []
        cues = [c for c in cues if not any(n.start < c.end and c.start < n.end for n in names)]
        role = {(n, c): _role(doc, n, c, names, cues) for n in names for c in cues}
        for xi, x in enumerate(names):
            for y in names[xi + 1:]:
                if y.start - x.end > MAX_PAIR or _same(x.char, y.char):
                    continue
                pair = ctx.pair(x, y)
                for c in cues:
                    if _distance(c, x, y) > MAX_CUE:
                        continue
                    rx, ry = role[x, c], role[y, c]
                    rival = _rivals([role[n, c] for n in names if n is not x and n is not y])
                    for relation, side in _CUES[c.word]:
                        if relation != "parent":
                            roles = "-".join(sorted((rx, ry)))
                            fit = max(_fit(rx, ry), _fit(ry, rx))
                            add(show, s, x.char, relation, y.char,
                                [*_conjoin([f"cue={c.word}", f"roles={roles}", fit], relation),
                                 *(f"{r}|{fit}" for r in rival), *pair,
                                 *ctx.rule(x.char, relation, y.char)])
                            continue
                        for subj, obj, rs, ro in ((x, y, rx, ry), (y, x, ry, rx)):
                            # the word names the subject ("mother") or the object ("daughter")
                            kin_is_subject = side == "P"
                            kin = ("X" if subj is x else "Y") if kin_is_subject else \
                                ("Y" if subj is x else "X")
                            rk, ra = (rs, ro) if kin_is_subject else (ro, rs)
                            tag = f"parent|{kin}"
                            add(show, s, subj.char, relation, obj.char,
                                [*_conjoin([f"cue={c.word}", f"roles={rk}>{ra}"], tag),
                                 f"kin={kin}", _fit(rk, ra), *pair,
                                 *(f"{r}|{_fit(rk, ra)}" for r in rival),
                                 *ctx.rule(subj.char, relation, obj.char)])
                        if side == "C" and rx.startswith("kin") and ry.startswith("kin"):
                            # "her daughters A and B": the two are siblings
                            add(show, s, x.char, "sibling", y.char,
                                [*_conjoin([f"cue={c.word}", f"roles={rx}-{ry}"], "sibling|co"),
                                 "co_kin", *pair, *ctx.rule(x.char, "sibling", y.char)])
                gap = shape_tokens(doc.text[x.end:y.start])
                if gap and len(gap) <= 2 and set(gap) <= _JOINERS:
                    add(show, s, x.char, "romance", y.char,
                        ["cue=none", *pair, *ctx.rule(x.char, "romance", y.char)])
    seen: set[tuple[object, ...]] = {_proposal_key(p) for p in out}
    rule_only: list[Candidate] = []
    for frame, r in rules:  # what the frames read where no pair of names stands
        a, b = _canonical(r.subject or "", r.relation or "", r.object or "")
        fact = r.with_(subject=a, object=b, confidence=0.5)
        if fact.key() not in seen and r.evidence:
            rule_only.append(Candidate(fact, ("rule", f"rule={frame}|{r.relation}", "rule_only",
                                              f"rule_only={r.relation}")))
    doc.cache["relation.orient"] = orient
    return out, rule_only


def _names(doc: Doc, index: int) -> list[_Name]:
    """The sentence's names that stand for characters (an actor stands for their
    role): the mention layer's, each part of "A-B" on its own, plus the story-name
    reader's where no mention stands (a character named like the show)."""
    s = doc.sentences[index]
    out: list[_Name] = []
    for m in by_sentence(doc).get(index, []):
        parts = _HYPHENATED.split(m.text)
        if len(parts) > 1 and all(p[:1].isupper() and len(p) > 1 for p in parts):
            at = m.start
            for p in parts:
                start = doc.text.index(p, at)
                at = start + len(p)
                char = as_character(doc, p)
                if char:
                    out.append(_Name(start, at, p, char))
            continue
        char = as_character(doc, m.text)
        if char:
            out.append(_Name(m.start, m.end, m.text, char))
    for start, end, char in names_in(doc, s.text, s.start):
        if not any(n.start < end and start < n.end for n in out):
            out.append(_Name(start, end, doc.text[start:end], char))
    merged: list[_Name] = []
    for n in sorted(out):
        prev = merged[-1] if merged else None
        if prev and _same(prev.char, n.char):
            gap = doc.text[prev.end:n.start]
            close = _CLOSE.match(doc.text, n.end) if _OPEN.fullmatch(gap) else None
            if close or _AKA.fullmatch(gap):  # "A (X)", "X aka A": one name
                merged[-1] = prev._replace(end=close.end() if close else n.end)
                continue
        merged.append(n)
    return merged


def _role(doc: Doc, n: _Name, c: _Cue, names: list[_Name], cues: Sequence[_Cue] = ()) -> str:
    """How a name stands to the cue word: "anchor" (whose KIN: "A's KIN", "A and B's
    KIN", "KIN of A"), "pron_anchor" ("A ... her KIN"), "kin" (who is the KIN: "KIN
    B", "B is the KIN", "B, A's KIN"), "subj" ("A and B got married"), "with"
    ("marries with B"), "…_and" (coordinated with such a name after the cue), or
    only before or after it."""
    text = doc.text
    if n.end <= c.start:
        gap = text[n.end:c.start]
        if _POSS_GAP.fullmatch(gap):
            return "anchor"
        if _COPULA_GAP.fullmatch(gap):
            return "kin"
        later = [m for m in names if n.end <= m.start and m.end <= c.start]
        joins = [text[a.end:b.start] for a, b in zip([n, *later], later, strict=False)]
        if later and _POSS_GAP.fullmatch(text[later[-1].end:c.start]):
            if all(_AND_GAP.fullmatch(g) for g in joins):
                return "anchor"  # "A and B's KIN"
            if all(_AND_GAP.fullmatch(g) for g in joins[:-1]) and (
                    _COPULA_GAP.fullmatch(joins[-1]) or _APPOS_GAP.fullmatch(joins[-1])):
                return "kin"  # "B, A's KIN", "B and C are A's KIN"
        elif not later and _PRON_GAP.search(gap) and len(gap) < 80:
            return "pron_anchor"
        for c1 in cues:  # "B is A's wife and C's mother": B is the mother too
            if n.end <= c1.start and c1.end <= c.start and later and \
                    later[-1].start >= c1.end and _CHAIN_GAP.fullmatch(
                        text[c1.end:later[-1].start]) and _POSS_GAP.fullmatch(
                        text[later[-1].end:c.start]) and _role(doc, n, c1, names) == "kin":
                return "kin"
        if len(later) == 1 and _PRON_OBJ.match(text, c.end) and _SUBJ_GAP.fullmatch(
                text[later[0].end:c.start]):
            return "pron_obj"  # "A ... when B marries her"
        if _SUBJ_GAP.fullmatch(gap) or (later and _SUBJ_GAP.fullmatch(
                text[later[-1].end:c.start]) and all(_AND_GAP.fullmatch(g) for g in joins)):
            return "subj"
        return "before" if len(gap) < 40 else "before_far"
    gap = text[c.end:n.start]
    if _NEXT_GAP.fullmatch(gap):
        return "kin"
    if _OF_GAP.fullmatch(gap):
        return "anchor"
    if _WITH_GAP.fullmatch(gap):
        return "with"
    earlier = [m for m in names if c.end <= m.start and m.end <= n.start]
    if earlier and all(_AND_GAP.fullmatch(text[a.end:b.start])
                       for a, b in zip(earlier, [*earlier[1:], n], strict=False)):
        first = _role(doc, earlier[0], c, names)
        if first in ("kin", "anchor", "with"):
            return first + "_and"
    return "after" if len(gap) < 40 else "after_far"


def _rivals(roles: list[str]) -> list[str]:
    """Which roles other names of the sentence take for the same cue word: a pair that
    fits less well than another name loses to it."""
    found = {r.removesuffix("_and") for r in roles}
    return [f"rival={r}" for r in sorted(found & {"kin", "anchor", "pron_anchor", "subj"})]


def _fit(kin: str, anchor: str) -> str:
    """Whether the roles read as "the kin person is the anchor's KIN"."""
    k, a = kin.removesuffix("_and"), anchor.removesuffix("_and")
    if k == "kin" and a in ("anchor", "pron_anchor"):
        return "fit=yes"
    if a == "kin" and k in ("anchor", "pron_anchor"):
        return "fit=reversed"
    if k == "kin" or a in ("anchor", "pron_anchor"):
        return "fit=half"
    return "fit=no"


def _conjoin(features: list[str], tag: str) -> list[str]:
    """Each feature as it is and joined with ``tag`` (the relation and direction)."""
    return [*features, *(f"{f}|{tag}" for f in features)]


def _distance(c: _Cue, x: _Name, y: _Name) -> int:
    """Characters between the cue word and the nearer name of the pair."""
    return min(abs(c.start - x.end), abs(c.start - y.end), abs(x.start - c.end),
               abs(y.start - c.end))


def _same(a: str, b: str) -> bool:
    """Whether two names are one character ("Arjun" and "Arjun Mehra")."""
    ta, tb = set(fold(a).split()), set(fold(b).split())
    return not ta or not tb or ta <= tb or tb <= ta


def _canonical(subject: str, relation: str, obj: str) -> tuple[str, str]:
    """Unordered relations in one orientation (so "A's wife B" and "B's husband A" are
    one candidate); a parent keeps its direction."""
    if relation in UNORDERED_RELATIONS and obj.lower() < subject.lower():
        return obj, subject
    return subject, obj


def _same_pair(f: Fact, g: Fact) -> bool:
    """Whether two accepted facts link the same two characters (names the scorer takes
    for one person count as one: "Arjun" and "Arjun Mehra")."""
    if fold(f.show) != fold(g.show):
        return False
    fs, fo, gs, go = f.subject or "", f.object or "", g.subject or "", g.object or ""
    return (_one(fs, gs) and _one(fo, go)) or (_one(fs, go) and _one(fo, gs))


def _one(a: str, b: str) -> bool:
    """Equal names, or a one-word name that is the first or last word of the other."""
    ta, tb = fold(a).split(), fold(b).split()
    if ta == tb:
        return True
    if len(ta) == 1 and tb and ta[0] in (tb[0], tb[-1]):
        return True
    return len(tb) == 1 and bool(ta) and tb[0] in (ta[0], ta[-1])


class _Context:
    """What the features read from the whole article or sentence, computed once."""

    def __init__(self, doc: Doc, rules: list[tuple[str, Fact]]) -> None:
        self.doc = doc
        self.types = name_types(doc)
        self.common: tuple[str, ...] = ()
        self.rules: dict[tuple[str, str], dict[str, str]] = {}  # pair -> relation -> frame
        for frame, r in rules:
            a, b = fold(r.subject or ""), fold(r.object or "")
            self.rules.setdefault((a, b), {}).setdefault(r.relation or "", frame)
            if r.relation in UNORDERED_RELATIONS:
                self.rules.setdefault((b, a), {}).setdefault(r.relation or "", frame)

    def sentence(self, s: Sentence) -> None:
        """Features of the sentence every candidate in it gets."""
        self.common = ("also_read",) if self.doc.in_headline(s) else ()

    def pair(self, x: _Name, y: _Name) -> list[str]:
        """What the typer makes of each name of the pair ("a": an actor's role)."""
        return [f"types={self._type(x)}{self._type(y)}"]

    def _type(self, n: _Name) -> str:
        if n.raw != n.char:
            return "a"
        person, char = self.types.get(fold(n.raw), (0.5, 0.5))
        return "c" if char >= 0.6 else "p" if person >= 0.6 else "?"

    def rule(self, subject: str, relation: str, obj: str) -> list[str]:
        """Whether the hand-written frames read this triple (or another link of the pair)."""
        a, b = fold(subject), fold(obj)
        here, back = self.rules.get((a, b), {}), self.rules.get((b, a), {})
        if relation in here:
            return ["rule", f"rule={here[relation]}|{relation}"]
        if not here and not back:
            return []
        return ["rule_other", "rule_reversed"] if relation == "parent" and "parent" in back \
            else ["rule_other"]
