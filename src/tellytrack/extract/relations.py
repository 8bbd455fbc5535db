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
that reading against the other names of the sentence, how many names stand
between the two, the typer's view of each name, and whether a hand-written
frame reads the same triple. One
relation is kept per pair of characters, the most probable.

The hand-written frames that propose too live in ``relation_rules.py``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from typing import Final, NamedTuple

from tellytrack.extract import records
from tellytrack.extract.document import Doc
from tellytrack.extract.gate import first_words, key_words, sentences_with, starts_in
from tellytrack.extract.lexicon import mapping
from tellytrack.extract.linear import Candidate, decide, model
from tellytrack.extract.mentions import by_sentence, name_types, window
from tellytrack.extract.relation_rules import offscreen, rule_facts
from tellytrack.extract.scan import finditer_at
from tellytrack.extract.shows import fold
from tellytrack.extract.story_names import as_character, names_in, show_context
from tellytrack.model import UNORDERED_RELATIONS, Fact, Sentence

# ---------------------------------------------------------------------------
# The learned decision (``extract/weights/relation.json``, made by ``tellytrack train``)

MAX_PAIR: Final = 250  # characters between the two names of a pair
MAX_CUE: Final = 160  # characters between a cue word and the nearer name of the pair


def _cue_relations() -> dict[str, tuple[tuple[str, str], ...]]:
    """cue word -> (relation, the side the word names) pairs: "P" the parent
    ("mother"), "C" the child ("daughter"), "-" a relation without sides."""
    def sides(value: str) -> tuple[tuple[str, str], ...]:
        return tuple(("parent", "P") if v == "parent" else ("parent", "C")
                     if v == "parent(reversed)" else (v, "-") for v in value.split("|"))
    return {k: sides(v) for k, v in (*mapping("kinship").items(),
                                     *mapping("relation_cues").items())}


_CUES: Final = _cue_relations()
_CUE_RE: Final = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(
        re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_CUES, key=len, reverse=True))
    + r")(?!\w|-\w)")
# What every match of _CUE_RE holds as a whole word (for gate.sentences_with).
_CUE_WORDS: Final = key_words(_CUES)[0]
# The first word of every cue: where a match of _CUE_RE can begin (see _cues).
_CUE_FIRSTS: Final = first_words(_CUES)


def _cues(doc: Doc, s: Sentence) -> list[_Cue]:
    """The cue words of a sentence (offsets into the article). _CUE_RE opens with a
    lookbehind and ~100 alternatives, which ``re`` tries at every position: it is tried
    only where a cue's first word begins, when the article's word offsets tell where."""
    starts = starts_in(doc, s, _CUE_FIRSTS)
    found = _CUE_RE.finditer(s.text) if starts is None else finditer_at(_CUE_RE, s.text, starts)
    return [_Cue(m.start() + s.start, m.end() + s.start, " ".join(m.group().lower().split()))
            for m in found if not _audience_love(s.text, m.start(), m.end())
            and not _other_sense(s.text, m.start(), m.end())]


# A cue word in a sense that links no two characters: the quantifier "a couple of (days)"
# and colleagues who "work(ed) together".
_QUANTIFIER_BEFORE: Final = re.compile(r"(?i)\b(?:a|last|next|past|first|few)\s+$")
_OF_AFTER: Final = re.compile(r"\s+of\b")
_WORK_BEFORE: Final = re.compile(r"(?i)\bwork(?:s|ed|ing)?\s+$")


def _other_sense(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``text[start:end]`` is "a couple of" or "worked together"."""
    word = text[start:end].lower()
    before = text[max(0, start - 12):start]
    if word == "couple":
        return bool(_QUANTIFIER_BEFORE.search(before) and _OF_AFTER.match(text, end))
    return word == "together" and bool(_WORK_BEFORE.search(before))


# A love verb the audience is the subject of ("fans love A as X", "viewers loved the
# track of A and B") or said in the passive ("A was loved for / by ...", "has been
# loved"): the love of the viewers, no relation between two characters.
_LOVE_VERBS: Final = frozenset({"love", "loves", "loved", "adore", "adores", "adored"})
_AUDIENCE_BEFORE: Final = re.compile(
    r"(?i)\b(?:fans|viewers|audiences?|netizens|followers|people|everyone|critics)"
    r"(?:\s+(?:[a-z]+ly|have|has|had|will|would|also|still|just|too|all|truly|really))*\s+$")
_PASSIVE_BEFORE: Final = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:[a-z]+ly\s+|much\s+|also\s+)?$")
_PASSIVE_AFTER: Final = re.compile(r"(?i)\s+(?:by|for)\b")


def _audience_love(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``text[start:end]`` is a love verb said of the audience."""
    if text[start:end].lower() not in _LOVE_VERBS:
        return False
    before = text[max(0, start - 40):start]
    if _AUDIENCE_BEFORE.search(before):
        return True
    return text[start:end].lower() == "loved" and bool(
        _PASSIVE_BEFORE.search(before) or _PASSIVE_AFTER.match(text, end))


_OPEN: Final = re.compile(r"\s*\(\s*")
_CLOSE: Final = re.compile(r"\s*\)")
_AKA: Final = re.compile(r"\s+(?:aka|AKA|a\.k\.a\.?)\s+")
_HYPHENATED: Final = re.compile(r"\s*[-–/]\s*")  # "A-B": a couple written as one word
_JOINERS: Final = frozenset({"and", "&", "-", "/", ",", "–"})

# How a name stands to a cue word, read in the text between them (see _role).
_POSS_GAP: Final = re.compile(r"\s*['’]s?\s+(?:[a-z][\w-]*\s+){0,2}")  # "A's (on-screen) KIN"
_PRON_GAP: Final = re.compile(r"\b(?:her|his|their)\s+(?:[a-z][\w-]*\s+){0,2}$")  # "A ... her KIN"
_COPULA_GAP = re.compile(  # "B is the KIN", "B, who was A's KIN", "X will play A's KIN" (up to
    # the cue or the anchor)
    r"\s*,?\s*(?:\([^()]{0,40}\)\s*)?(?:(?:who|which)\s+)?(?:(?:will|would|shall|to)\s+)?"
    r"(?:is|was|are|were|be|becomes|became|plays?|played|essays?|portrays?|as|"
    r"turns\s+out\s+to\s+be|happens\s+to\s+be)\s+(?:(?:the|a|an|now|also)\s+)*"
    r"(?:[a-z][\w-]*\s+){0,2}")
_APPOS_GAP: Final = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*,\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
_CHAIN_GAP: Final = re.compile(r"\s*(?:,|and|,\s+and)\s+")
_PRON_OBJ: Final = re.compile(r"\s+(?:her|him)\b")
_SUBJ_GAP: Final = re.compile(  # "A finally got married", "A (X) parting ways"
    r"\s*(?:\([^()]{0,40}\))?\s+(?:[a-z][\w'’-]*\s+){0,4}")
_AND_GAP: Final = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,|and|&|/|-|–)\s*(?:and\s+)?")
# "KIN, B", "KIN named B", "KIN Mr. B" (a title before the name: the scorer drops it)
_NEXT_GAP: Final = re.compile(r"\s*(?:,|:|-|–)?\s*(?:(?:named|called|aka|i\.e\.)\s+)?"
                              r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
_OF_GAP = re.compile(r"\s+(?:of|to|for)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?")  # "KIN of A"
_WITH_GAP: Final = re.compile(r"\s+(?:with|between)\s+")  # "marries with B"


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
        if any(_same_pair(f, g) for g in out) or _vetoed(f):
            continue
        pair = orient.get((f.relation or "", (f.subject or "").lower(), (f.object or "").lower()))
        out.append(records.with_(f, subject=pair[0], object=pair[1]) if pair else f)
    return out


# ---------------------------------------------------------------------------
# Vetoes: accepted facts wrong for a reason the features cannot learn. They apply to
# the decider's output, not to the candidates, so their rows still train the decider.

_COUPLES: Final = frozenset({"romance", "spouse", "ex_spouse"})
_HYPHEN_PARTNER: Final = r"\s*[-–]\s*"


def _vetoed(f: Fact) -> bool:
    """Whether an accepted relation is one the sentence rules out."""
    return _paired_elsewhere(f) or _clauses_apart(f)


# Where a sentence's independent clauses meet: a kin or couple word binds the names of
# its own clause ("A is the son of B, while C is the son of D": B is not C's parent).
_CLAUSE_BREAK: Final = re.compile(r",?\s+(?:while|whereas)\s+|;\s*|,\s+but\s+")
_POSSESSIVE_PRONOUN: Final = re.compile(r"(?i)\b(?:her|his|their)\b")


def _clauses_apart(f: Fact) -> bool:
    """A relation whose two sides stand in different clauses of the sentence and in no
    clause together; not judged where a side is not written as itself (an actor's name
    for the role) or a clause holding one side refers back by "her / his / their"."""
    if not f.evidence or not f.subject or not f.object:
        return False
    clauses = _CLAUSE_BREAK.split(f.evidence.text)
    if len(clauses) < 2:
        return False
    a = [_writes(c, f.subject) for c in clauses]
    b = [_writes(c, f.object) for c in clauses]
    if not any(a) or not any(b) or any(x and y for x, y in zip(a, b, strict=True)):
        return False
    return not any((x or y) and _POSSESSIVE_PRONOUN.search(c)
                   for c, x, y in zip(clauses, a, b, strict=True))


def _writes(text: str, name: str) -> bool:
    """Whether ``text`` writes the name, whole or by its first or last word."""
    words = name.split()
    return name in text or any(re.search(rf"\b{re.escape(w)}\b", text)
                               for w in {words[0], words[-1]})


def _paired_elsewhere(f: Fact) -> bool:
    """A couple of A and B where the sentence writes A as one half of another pair
    joined by a hyphen ("the leads A-C as well as the couple B-D") and never beside B."""
    if f.relation not in _COUPLES or not f.evidence:
        return False
    a, b = f.subject or "", f.object or ""
    for x, y in ((a, b), (b, a)):
        partners = _hyphen_partners(f.evidence.text, x)
        if partners and not any(_one(p, y) for p in partners):
            return True
    return False


def _hyphen_partners(text: str, name: str) -> list[str]:
    """The names ``text`` joins to ``name`` by a hyphen ("A-C", "C - A")."""
    n = re.escape(name)
    after = re.finditer(rf"(?<![\w-]){n}{_HYPHEN_PARTNER}([A-Z]\w+)", text)
    before = re.finditer(rf"([A-Z]\w+){_HYPHEN_PARTNER}{n}(?![\w-])", text)
    return [m.group(1) for m in (*after, *before)]


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
    return records.fact(type="relation", show=p.show, evidence=doc.evidence(p.s), confidence=0.5,
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
        show = doc.shows.topic or doc.show_for(s)
        if not show or offscreen(doc, i):  # "On the personal front, A married B"
            continue
        if i not in with_cues and not may_join(doc, i):
            continue  # no cue word and no two names joined: no candidate (names unread)
        names = _names(doc, i)
        if len(names) < 2:
            continue
        ctx.sentence(s)
        cues = _cues(doc, s) if i in with_cues else []
        cues = [c for c in cues if not any(n.start < c.end and c.start < n.end for n in names)]
        role = {(n, c): _role(doc, n, c, names, cues) for n in names for c in cues}
        chain = _chains(doc, names)
        for xi, x in enumerate(names):
            for y in names[xi + 1:]:
                if y.start - x.end > MAX_PAIR or _same(x.char, y.char):
                    continue
                near = [c for c in cues if _distance(c, x, y) <= MAX_CUE]
                joined = _joined(doc, x, y)
                if not near and not joined:
                    continue  # no candidate: its features are not needed
                pair = [*ctx.pair(x, y), _between(names, x, y)]
                for c in near:
                    rx, ry = role[x, c], role[y, c]
                    rival = _rivals([role[n, c] for n in names
                                     if chain[n] not in (chain[x], chain[y])])
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
                if joined:
                    add(show, s, x.char, "romance", y.char,
                        ["cue=none", *pair, *ctx.rule(x.char, "romance", y.char)])
    seen: set[tuple[object, ...]] = {_proposal_key(p) for p in out}
    rule_only: list[Candidate] = []
    for frame, r in rules:  # what the frames read where no pair of names stands
        a, b = _canonical(r.subject or "", r.relation or "", r.object or "")
        fact = records.with_(r, subject=a, object=b, confidence=0.5)
        if records.key(fact) not in seen and r.evidence:
            rule_only.append(Candidate(fact, ("rule", f"rule={frame}|{r.relation}", "rule_only",
                                              f"rule_only={r.relation}")))
    doc.cache["relation.orient"] = orient
    return out, rule_only


# A character that makes a token no joiner ("and", "&", "-", "/", ",", "–") wherever it
# stands in a gap: an ASCII letter other than those of "and" (the token holding it is
# another word), a digit, a punctuation mark other than the joiners.
_NOT_JOINER: Final = re.compile(r"[b-cB-Ce-mE-Mo-zO-Z0-9]|[^\w\s,&/\-–]")


# A joined pair's gap, up to the second name's first letter (see may_join): a joiner
# ("and" in any case: "And" shapes as "and"), then only characters _NOT_JOINER lets pass,
# then a capital, a digit or a letter beyond ASCII (a superset of "isupper"). Led by one
# character class (a joiner's first character), so that ``re`` skips ahead to those
# characters; an alternation of a class and "[Aa][Nn][Dd]" was tried at every position.
_JOINED_GAP: Final = re.compile(
    r"[,&/\-–Aa](?:(?<=[Aa])[Nn][Dd]|(?<![Aa]))"
    r"(?:(?![b-cB-Ce-mE-Mo-zO-Z0-9])[\w\s,&/\-–])*?[A-Z0-9\x80-\U0010ffff]")


def may_join(doc: Doc, index: int) -> bool:
    """Whether two names of sentence ``index`` may be joined (:func:`_joined`), told
    without reading its names (the story-name reader costs most of the proposals, and a
    sentence without a cue word gives a candidate only for a joined pair): a joined
    pair's gap holds a joiner, and from it to the second name only characters
    :data:`_NOT_JOINER` lets pass; that name begins with a capital (the story names'
    ``[A-Z]``, each part of "A-B": ``isupper``) or where a mention begins, whose first
    letter is a capital or a digit (else the sentence is not gated). False only where
    :func:`_joined` is false for every pair of :func:`_names`."""
    s = doc.sentences[index]
    text = doc.text
    if any(not _JOINED_GAP_END.match(text, m.start) for m in by_sentence(doc).get(index, [])):
        return True
    return bool(_JOINED_GAP.search(text, s.start, s.end))


_JOINED_GAP_END: Final = re.compile(r"[A-Z0-9\x80-\U0010ffff]")


def _joined(doc: Doc, x: _Name, y: _Name) -> bool:
    """Whether only one or two joiners stand between the names ("A and B", "A-B", "A,
    B"): a couple written as such. Most gaps hold a word no joiner can be, which one
    search finds before they are tokenized."""
    if _NOT_JOINER.search(doc.text, x.end, y.start):
        return False
    gap = window(doc, x.end, y.start)
    return bool(gap) and len(gap) <= 2 and set(gap) <= _JOINERS


def _names(doc: Doc, index: int) -> list[_Name]:
    """The sentence's names that stand for characters (an actor stands for their
    role): the mention layer's, each part of "A-B" on its own, plus the story-name
    reader's where no mention stands (a character named like the show); a title where the
    words around it name the show is none."""
    s = doc.sentences[index]
    out: list[_Name] = []
    for m in by_sentence(doc).get(index, []):
        if m.text in doc.shows.names and show_context(doc.text, m.start, m.end):
            continue  # "In X, A's son B ...": the show, not a character named like it
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
    taken = sorted((n.start, n.end) for n in out)  # disjoint spans, kept sorted
    for start, end, char in names_in(doc, s.text, s.start):
        i = bisect_left(taken, (end,))  # the spans starting before this name ends
        if i == 0 or taken[i - 1][1] <= start:  # none of them reaches into it
            out.append(_Name(start, end, doc.text[start:end], char))
            insort(taken, (start, end))
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


def _between(names: list[_Name], x: _Name, y: _Name) -> str:
    """How many of the sentence's other names stand between the pair's two (0, 1, 2 or
    more): a nearer name is the likelier partner of each ("A loves B, C's daughter")."""
    count = sum(1 for n in names if x.end <= n.start and n.end <= y.start)
    return f"between={min(count, 2)}"


def _chains(doc: Doc, names: list[_Name]) -> dict[_Name, int]:
    """Each name's coordinated list ("A, B and C", "A/B", "A (X) and B"), numbered in
    order: names of one list share a role, so none is the other's rival."""
    out: dict[_Name, int] = {}
    for i, n in enumerate(names):
        prev = names[i - 1] if i else None
        joined = prev is not None and bool(_AND_GAP.fullmatch(doc.text, prev.end, n.start))
        out[n] = out[prev] if joined and prev is not None else i
    return out


def _rivals(roles: list[str]) -> list[str]:
    """Which roles other names of the sentence take for the same cue word (names listed
    with either side aside): a pair that fits less well than another name loses to it."""
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
    ta, tb = set(_words(a)), set(_words(b))
    return not ta or not tb or ta <= tb or tb <= ta


def _words(name: str) -> list[str]:
    """A name's words, each folded (:func:`fold` folds a whole name to one word)."""
    return [w for w in map(fold, name.split()) if w]


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
    ta, tb = _words(a), _words(b)
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
        self.titles = frozenset(fold(t) for t in doc.shows.names)
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
        """What the typer makes of each name of the pair ("a": an actor's role, "t": a
        name the article also gives its show, the title role)."""
        return [f"types={self._type(x)}{self._type(y)}"]

    def _type(self, n: _Name) -> str:
        if n.raw != n.char:
            return "a"
        if fold(n.raw) in self.titles:  # a title role ("Kesar's husband" in the show Kesar)
            return "t"
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
