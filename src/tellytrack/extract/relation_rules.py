"""Hand-written relation frames: kin and couple words in the frames news uses.

The frames (:func:`rule_facts`) read kin words in the few
syntactic frames news writing uses for them, each giving a *kin person* B and
an *anchor* A ("B is A's KIN"):

- "A's KIN B" / "A and C's KIN, B"           (possessive anchor first)
- "B, A's KIN" / "B, who was A's KIN"         (apposition or copula)
- "her KIN B"                                 (pronoun anchor: the nearest name before it)
- "X, who played (the) KIN of B"              (the actor's character is the kin person)

a child calling out to a parent that reminds A of B (A is B's parent), plus
story frames for couples: "A marries B" (spouse; "A to marry B" is still
a romance), "A is engaged to B", "divorce to B", "the love story of A and B",
"A and B's story". What they read is a candidate of ``relations.py`` (also where no pair of names
stands, as "her KIN B" with A in the sentence before) and a feature.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from tellytrack.extract import records
from tellytrack.extract.document import Doc
from tellytrack.extract.events import clause_bounds, clause_status
from tellytrack.extract.gate import key_words, sentences_with
from tellytrack.extract.lexicon import mapping
from tellytrack.extract.names import castings, gender_of_pronoun, person_genders
from tellytrack.extract.scan import lower_phrases
from tellytrack.extract.shows import fold
from tellytrack.extract.story_names import NAME, as_character, distinct, names_in, show_context
from tellytrack.model import UNORDERED_RELATIONS, Fact, Sentence

_KIN: Final = mapping("kinship")
_KIN_ALT: Final = "|".join(re.escape(k) for k in sorted(_KIN, key=len, reverse=True))
_POSS: Final = r"(?:'s|’s|')"
_MOD: Final = (r"(?:(?:on-?screen|reel|onscreen|elder|younger|beloved|estranged|biological|real|"
        r"long-lost)\s+)?")
_KIN_RE: Final = rf"{_MOD}(?P<kin>{_KIN_ALT})\b"
_B: Final = rf"(?P<b>{NAME})(?:\s+(?:aka|AKA)\s+(?P<b2>{NAME}))?"
_A: Final = rf"(?P<a>{NAME})(?:\s+and\s+(?P<a2>{NAME}))?"
_FILLER: Final = r"(?:(?:the|a)\s+)?(?:(?:lead|main|central)\s+)?(?:character\s+)?"

# Each frame with what every match of it holds, lower-cased: a frame is tried only on a
# sentence holding one (its name-led patterns are tried at every capital otherwise).
_FRAMES: Final = (
    # "Raghav's daughter, Kavya" / "Meera and Dev's daughter Naina"
    ("poss", re.compile(rf"\b{_A}{_POSS}\s+{_KIN_RE},?\s+{_B}"), ("'", "’")),
    # "Kavya, Meera's daughter" / "Arjun, who was Sharda's husband" / "B is A's wife"
    ("appos", re.compile(
        rf"\b{_B}(?:,\s+(?:(?:who\s+)?(?:is|was|plays|played)\s+)?"
        rf"|\s+(?:who\s+)?(?:is|was|plays|played)\s+){_FILLER}{_A}{_POSS}\s+{_KIN_RE}"),
     ("'", "’")),
    # "her on-screen daughter, Tara Sood aka Choti Gauri"
    ("pron", re.compile(rf"\b(?P<pron>[Hh]er|[Hh]is|[Tt]heir)\s+{_KIN_RE},?\s+{_B}"),
     ("her", "his", "their")),
    # "(Sudha learns that) Vikram is her biological father"
    ("pron", re.compile(rf"\b{_B}\s+(?:is|was)\s+(?:actually\s+|really\s+)?"
                        rf"(?P<pron>[Hh]er|[Hh]is|[Tt]heir)\s+{_KIN_RE}(?!['’])"),
     ("her", "his", "their")),
    # "Simran, who played wife of Kabir Sethi aka Arjun"
    ("role", re.compile(
        rf"\b(?P<x>{NAME}),?\s+who\s+(?:plays|played|portrays|portrayed|essays|essayed)\s+"
        rf"(?:the\s+role\s+of\s+)?(?:the\s+)?{_KIN_RE}\s+of\s+{_B}"), ("who",)),
)
# A further "and C's KIN" after an apposition: "B is A's wife and C's mother".
_CHAIN: Final = re.compile(rf"\s*(?:,|and)\s+(?P<a>{NAME}){_POSS}\s+{_KIN_RE}")
_SUBJECT: Final = rf"(?P<a>{NAME}|[Ss]he|[Hh]e|[Tt]hey)"
_LOVE_WORDS: Final[tuple[str, ...]] = ("story", "romance", "jodi")
_COUPLE_FRAMES: Final = (  # each with what every match of it holds, lower-cased (as _FRAMES)
    ("wed", re.compile(rf"\b{_SUBJECT}\s+(?:\w+\s+){{0,3}}?(?P<v>marries|married|marrying|weds|"
                       rf"to\s+marry|will\s+marry|(?:to\s+)?(?:ties?|tied)\s+the\s+knot\s+with|"
                       rf"married\s+to)\s+(?:(?:a|an|the)\s+[\w\s-]{{0,40}}?named\s+"
                       rf"|the\s+(?:same\s+)?(?:man|woman|guy|girl|boy),\s+)?(?P<b>{NAME}|her|him)"),
     ("marr", "weds", "knot")),
    ("engaged", re.compile(rf"\b{_SUBJECT}\s+(?:[\w()]+\s+){{0,5}}?(?:is|gets|got|get)\s+"
                           rf"(?:now\s+)?engaged\s+to\s+(?P<b>{NAME})"), ("engaged",)),
    # "A loves B", "A is in love with B", "A elopes with B": lovers
    ("love", re.compile(rf"\b{_SUBJECT}\s+(?:\w+\s+){{0,2}}?(?:loves|(?:is|was|falls?|fell|"
                        rf"fallen|falling)\s+(?:madly\s+|deeply\s+)?in\s+love\s+with|elopes?\s+with|"
                        rf"eloped\s+with|is\s+dating|propos(?:es|ed|e|ing)\s+(?:marriage\s+)?to)"
                        rf"\s+(?P<b>{NAME}|her|him)\b(?!['’])"),
     ("love", "elope", "dating", "propos")),
    ("divorce", re.compile(
        rf"\b{_SUBJECT}\s+(?:\w+\s+){{0,4}}?(?P<v>divorce\s+(?:to|from)|divorces|divorced|divorcing)"
        rf"\s+(?P<b>{NAME})"),
     ("divorce",)),
    # "has she parted ways from B?", "A and B parting ways": they were a couple
    ("parted", re.compile(rf"\b{_SUBJECT}\s+(?:\w+\s+){{0,3}}?(?:parted|parts?|parting)\s+ways\s+"
                          rf"(?:from|with)\s+(?P<b>{NAME})"), ("ways",)),
    ("parted", re.compile(rf"\b(?P<a>{NAME})(?:\s+\([^()]{{1,40}}\))?\s+and\s+(?P<b>{NAME})"
                          rf"(?:\s+\([^()]{{1,40}}\))?\s+(?:\w+\s+){{0,2}}?"
                          rf"(?:parted|part|parting)\s+ways\b"), ("ways",)),
    # "A and B got married / are brothers / fell in love / are divorced": the pair's own verb
    ("pair", re.compile(rf"\b(?P<a>{NAME})(?:\s+\([^()]{{1,40}}\))?\s+(?:and|&)\s+(?P<b>{NAME})"
                        rf"(?:\s+\([^()]{{1,40}}\))?\s+(?:(?:will|would|are|were|have|had|"
                        rf"finally|soon|to|also|now|recently|eventually)\s+){{0,3}}(?P<v>"
                        rf"(?:get|got|gets|getting)\s+(?:married|engaged)|married|marry|"
                        rf"(?:tie|tied|ties|tying)\s+the\s+knot|engaged|"
                        rf"(?:(?:fall|fell|falls|fallen|falling)\s+)?in\s+love|brothers|sisters|siblings|divorced)\b"),
     ("marr", "knot", "engaged", "love", "brothers", "sisters", "siblings", "divorced")),
    ("story", re.compile(rf"\b(?P<a>{NAME})\s+and\s+(?P<b>{NAME}){_POSS}\s+(?:\w+\s+)?"
                         rf"(?:love\s+)?(?:story|romance|jodi)\b"), _LOVE_WORDS),
)
_LOVE_STORY: Final = re.compile(
    r"\b(?:love\s+story|romance|jodi)\s+(?:of|between)\b[^.;?!]{0,160}")
_ROMANTIC_PAIR: Final = re.compile(
    rf"\b(?P<a>{NAME})\s+and\s+(?P<b>{NAME})\s+(?:is|are|look|looks)\s+(?:\w+\s+)?romantic\b")
# "A little boy calls 'Papa'. Arjun is reminded of Kabir": a child calling out to a
# parent reminds A of their own child B.
_CALLS_PARENT: Final = re.compile(
    rf"\b(?:girl|boy|child|kid|baby)\s+(?:\w+\s+){{0,2}}?(?:calls?|called|calling|cries|cried)"
    rf"\s+(?:out\s+)?(?:for\s+|to\s+)?['‘\"“]?(?P<kin>{_KIN_ALT})\b", re.I)
_REMINDED: Final = re.compile(
    rf"\b(?P<a>{NAME})\s+(?:is|gets|got|was|feels|felt)\s+reminded\s+(?:of|to|about)\s+"
    rf"(?:her\s+|his\s+)?(?P<b>{NAME})")
OFFSCREEN = re.compile(r"\b(?:real[- ]life|off-?screen|personal life|personal front)\b", re.I)
_OFFSCREEN_PARTS: Final = ("life", "screen", "front")  # every match of it holds one, lower-cased


def offscreen(doc: Doc, index: int) -> bool:
    """Whether sentence ``index`` speaks of real life (:data:`OFFSCREEN`), searched only
    in the sentences that hold one of its words (a case-insensitive alternation led by
    ``\\b`` is tried at every position; the relation proposals ask of every sentence)."""
    if "relation.offscreen" not in doc.cache:
        doc.cache["relation.offscreen"] = frozenset(sentences_with(doc, literals=_OFFSCREEN_PARTS))
    return index in doc.cache["relation.offscreen"] and bool(
        OFFSCREEN.search(doc.sentences[index].text))

# Cheap gates: the name-led frames run only on sentences holding one of their words,
# read in the lower-cased sentence (the kin words case-sensitively: literal first
# letters are fast). The couple words are those of the couple frames (love words
# included) and of the romantic-pair frame.
_KIN_GATE: Final = lower_phrases(list(_KIN), tail=r"(?![\w-])")
_COUPLE_WORDS = (*dict.fromkeys(w for *_, needs in _COUPLE_FRAMES for w in needs), "romantic")
# What a sentence passing either gate holds (for gate.sentences_with): a kin word, or
# one of the couple words anywhere.
_GATE_KEYS: Final = (key_words(_KIN)[0], (*_COUPLE_WORDS, "reminded"))

Triple = tuple[str, str, str]


def _relation(kin: str, kin_person: str, anchor: str) -> Triple:
    """(subject, relation, object) for "kin_person is anchor's KIN"."""
    value = _KIN[kin.lower()]
    if value == "parent":
        return kin_person, "parent", anchor
    if value == "parent(reversed)":
        return anchor, "parent", kin_person
    return anchor, value, kin_person


_PLAYS_HER: Final = re.compile(r",?\s+(?:who\s+)?(?:[a-z]+\s+){0,2}?(?:plays|played|playing|essays|"
                        r"essayed|essaying|portrays|portrayed|portraying)\s+")


_FAMILY_NAME = re.compile(r"\s+(?:house|home|family|household|mansion|haveli|clan|parivaar)\b")


def _pronoun_anchor(doc: Doc, sentence: Sentence, before: int, upto: int | None = None
                    ) -> str | None:
    """The name a possessive pronoun at ``before`` refers to: the nearest one before it
    (or before ``upto``: "B is her KIN" is not B's own) whose gender, where the article
    tells it, is the pronoun's ("Her husband A" after "who plays her husband Rudra" is not
    Rudra's)."""
    head = sentence.text[:before if upto is None else upto]
    word = re.match(r"\w*", sentence.text[before:])
    gender = gender_of_pronoun(word.group()) if word and word.group() else None
    genders = _character_genders(doc) if gender else {}
    found = [c for start, end, c in names_in(doc, head)
             if not _PLAYS_HER.fullmatch(head, end)  # "A, who plays her KIN B": not A
             and not _FAMILY_NAME.match(head, end)  # "the Sethi house": nobody
             and not head[:start].endswith(("the ", "The "))
             and genders.get(c, gender) == gender]
    if found:
        return found[-1]
    index = doc.sentences.index(sentence)
    for prev in reversed(doc.sentences[max(0, index - 2):index]):
        earlier = [c for _, _, c in names_in(doc, prev.text) if genders.get(c, gender) == gender]
        if earlier:
            return earlier[-1]
    return None


_FEMALE_KIN: Final = re.compile(r"(?:mother|mom|mum|maa|mummy|mumma|mamma|wife|daughter|sister|"
                         r"girlfriend|fianc[eé]e|bahu|beti|bhabhi|saas|behen|didi|devrani|"
                         r"jethani|nanad|patni|ladylove)(?:-in-law)?$")
_MALE_KIN: Final = re.compile(r"(?:father|dad|papa|daddy|husband|son|brother|boyfriend|fianc[eé]|"
                       r"beta|bhai|sasur|damaad|devar|pati)(?:-in-law)?$")


def _character_genders(doc: Doc) -> dict[str, str]:
    """Characters whose gender a kin word gives ("her on-screen husband Rudra", "Meera's
    mother Sudha") or their actor's does ("actress A plays Y"): character -> "f"/"m"
    (cached)."""
    if "relation.genders" not in doc.cache:
        found: dict[str, str] = {}
        for sentence in doc.sentences:
            if not _KIN_GATE.search(sentence.text.lower()):
                continue
            for _, pattern, _ in _FRAMES[:3]:
                for m in pattern.finditer(sentence.text):
                    b = as_character(doc, m["b2"] or m["b"])
                    kin = m["kin"].lower()
                    g = "f" if _FEMALE_KIN.search(kin) else "m" if _MALE_KIN.search(kin) else None
                    if b and g:
                        found.setdefault(b, g)
        actors = person_genders(doc)  # "actress A plays Y": Y is a woman
        for c in castings(doc):
            if g := actors.get(fold(c.actor)):
                found.setdefault(c.character, g)
        doc.cache["relation.genders"] = found
    return doc.cache["relation.genders"]  # type: ignore[no-any-return]


def _holds(low: str, needs: tuple[str, ...]) -> bool:
    """Whether the lower-cased sentence holds one of what a pattern's every match holds."""
    return any(n in low for n in needs)


def _kin_triples(doc: Doc, sentence: Sentence) -> Iterator[tuple[str, Triple]]:
    text = sentence.text
    low = text.lower()
    for frame, pattern, needs in _FRAMES:
        for m in pattern.finditer(text) if _holds(low, needs) else ():
            b = _character(doc, m, "b2" if m["b2"] else "b") if frame != "role" else None
            if frame == "role":
                b, anchors = _character(doc, m, "x"), [_character(doc, m, "b2" if m["b2"] else "b")]
            elif frame == "pron":  # "(A learns that) B is her KIN": her is not B
                upto = m.start("b") if m.start("b") < m.start("pron") else None
                anchors = [_pronoun_anchor(doc, sentence, m.start("pron"), upto)]
            else:
                anchors = [_character(doc, m, "a"), _character(doc, m, "a2")]
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


def _character(doc: Doc, m: re.Match[str], group: str) -> str | None:
    """The character a frame's name group stands for; none for a title where the words
    around it name the show ("In X, A's son B": X is no one's son)."""
    name = m[group]
    char = as_character(doc, name) if name else None
    at = m.start(group) + name.rfind(char) if name and char and char in name else -1
    if at >= 0 and char in doc.shows.names and show_context(m.string, at, at + len(char)):
        return None  # ("In X" is read as one name and trimmed to "X")
    return char


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


def _couple_kind(frame: str, sentence: str, m: re.Match[str]) -> str:
    """Spouse for a wedding that took place, romance for one still to come or an
    engagement, former spouses for a divorce that took place. A wedding's status is read
    at its verb ("A got married to B": the "to" before B is no infinitive)."""
    if frame == "wed":
        at = m.start("v")
        left, right = clause_bounds(sentence, at, at + 1)
        status = clause_status(sentence[left:right], at - left)
        future = _FUTURE_WED.search(sentence, left, m.end("v"))  # "A to marry B": not yet
        return "romance" if future or status in ("upcoming", "speculated") else "spouse"
    if frame == "divorce":  # "A has divorced B": no longer; "A divorces B", "refuses to
        return "ex_spouse" if m["v"] == "divorced" else "spouse"  # give divorce to B": yet
    if frame == "pair":
        v = m["v"].lower()
        if v.endswith(("brothers", "sisters", "siblings")):
            return "sibling"
        if v.endswith("divorced"):  # "A and B are (finally) divorced": no longer spouses
            return "ex_spouse"
        if v.endswith(("engaged", "love")):
            return "romance"
        return _couple_kind("wed", sentence, m)
    return {"engaged": "romance", "story": "romance", "love": "romance"}[frame]


_FUTURE_WED: Final = re.compile(
    r"\b(?:to|will|shall)\s+(?:soon\s+|finally\s+)?(?:marry|wed|tie\s+the\s+knot)\b")
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
                        _couple_kind(frame, text, m)
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
        if not show or offscreen(doc, i):
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
            facts.append((frame, records.fact(
                type="relation", show=show, evidence=doc.evidence(sentence), confidence=0.7,
                subject=subject, relation=relation, object=obj)))
    doc.cache["relation.rules"] = facts
    return list(facts)
