"""``cast`` facts: the actor plays or played a character in a show.

Candidates are pairs of name mentions in one sentence (``mentions.py``); a model
learned from the annotated articles (``extract/weights/cast.json``, made by
``tellytrack train``) decides which pair is "actor plays character" from how the
sentence links them: the words between ("aka", "(", ", who plays", "as"), their
order, coordinated lists that pair up ("A, B and C as X, Y and Z"), how the
article uses each name elsewhere, and whether a hand-written link pattern
(:func:`tellytrack.extract.names.castings`) reads the same pair. The show is the
one named right after the character ("plays Y in the show Z"), else the
sentence's show.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import pairwise
from typing import Final, NamedTuple

from tellytrack.extract import records
from tellytrack.extract.charts import headings
from tellytrack.extract.document import Doc
from tellytrack.extract.linear import Candidate, LinearModel, decide, model
from tellytrack.extract.link_patterns import KIN_AFTER
from tellytrack.extract.mentions import (
    NameMention,
    by_sentence,
    context,
    frequency,
    name_types,
    shapes,
    titular_mentions,
    typed_full_name,
)
from tellytrack.extract.names import castings, characters, people, resolve_person
from tellytrack.extract.shows import fold
from tellytrack.model import Fact, Sentence

_POSSESSIVE_GAP: Final = re.compile(r"(?:'s|’s)\s+(?:[a-z]+\s+){0,2}")


# "X fame A aka ": the alias is the role A is famed for in X
_FAME_ALIAS: Final = re.compile(r"[ \t]+[Ff]ame[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
                                r"[ \t]+(?:aka|AKA)[ \t]+")


def _owner_show(doc: Doc, s: Sentence, start: int) -> str | None:
    """The show written as the owner of the name at ``start``: "Kesar's Meera (Riya
    Malhotra)", "Kesar fame Riya Malhotra aka Meera"."""
    for m in doc.shows.shows_in(s):
        if m.end < start and (_POSSESSIVE_GAP.fullmatch(doc.text, m.end, start)
                              or _FAME_ALIAS.fullmatch(doc.text, m.end, start)):
            owner: str = m.show
            return owner
    return None


_PAST_ROLE: Final = re.compile(
    r"\b(?:previously|earlier|formerly)\s+(?:played|essayed|portrayed|been\s+seen\s+as)\b")


def _show_of(doc: Doc, s: Sentence, character_start: int, end: int) -> str | None:
    """The character's show: its owner ("Z's Y"), else one named right after the pair
    ("plays Y in Z") or right before "as Y" ("seen in Z as Y"), else a list article's
    numbered heading over the sentence ("2. Z"), else the show the sentence names (not in
    passing, and no name the article gives a person), else the article's topic (an
    article's casts are mostly its own show's: filing them under the paragraph's show
    instead scored worse on validation, 0.598 vs 0.614 in the eighth session; the
    sentence's own show first: +1 right in the twenty-second); none for a role
    "previously played" in a show this sentence does not name."""
    if _PAST_ROLE.search(s.text) and not doc.shows.show_after(s, end):
        return None
    return (_owner_show(doc, s, character_start) or doc.shows.show_after(s, end)
            or _as_show(doc, s, character_start) or _where_show(doc, s, character_start)
            or _numbered_section(doc, s) or _named_show(doc, s) or doc.shows.topic)


def _named_show(doc: Doc, s: Sentence) -> str | None:
    """The show sentence ``s`` names (see ``ShowIndex.show_named``), unless the article
    uses the name for a person ("The A (Y) and B show": the show layer took B for one)."""
    named = doc.shows.show_named(s)
    if named is None:
        return None
    key = fold(named)
    return None if any(fold(n) == key for n in people(doc)) else named


_AS_AFTER: Final = re.compile(r"\s+as\s+(?:the\s+)?(?:new\s+)?$")


def _as_show(doc: Doc, s: Sentence, start: int) -> str | None:
    """The show named right before "as Y" ("will be seen in X as Y", "joins X as Y")."""
    for m in doc.shows.shows_in(s):
        if m.end <= start and _AS_AFTER.match(doc.text[m.end:start]):
            show: str = m.show
            return show
    return None


# a few words may stand between the show and its clause ("debuted in X in 2015, where")
_WHERE: Final = re.compile(r"(?:[ \t]+[\w'’-]+){0,4}?,?\s+where\b")


def _where_show(doc: Doc, s: Sentence, start: int) -> str | None:
    """The show a relative "where" clause opens on ("seen in X, where she played Y",
    "debuted with X in 2015, where she played Y"): the nearest before the clause."""
    for m in reversed(doc.shows.shows_in(s)):
        if m.end < start and _WHERE.match(doc.text, m.end):
            where: str = m.show
            return where
    return None


def _numbered_section(doc: Doc, s: Sentence) -> str | None:
    """The show of a list article's numbered heading ("2. X") over the sentence (a
    heading naming a person, "1. Riya Malhotra", heads no show's section)."""
    index = doc.sentence_index(s.start)
    current = None
    for h in headings(doc):
        if h.index > index:
            break
        current = h.shows[0] if h.rank is not None and len(h.shows) == 1 else None
    if current and fold(current) in {fold(p) for p in people(doc)}:
        return None
    return current


MAX_SPAN: Final = 200  # characters between the two names of a pair: beyond, no sentence links them
_JOINERS: Final = frozenset({",", "and", "&", "/"})
# the words that pair two names ("A as X", "X played by A"), as the token shapes read them
_PAIR_LINKS: Final = frozenset({("as",), ("aka",), ("played", "by"), ("essayed", "by"),
                                ("portrayed", "by")})


def roles(doc: Doc) -> dict[str, str]:
    """actor -> the first character the article gives them."""
    out: dict[str, str] = {}
    for f in extract(doc):
        if f.actor and f.character:
            out.setdefault(f.actor, f.character)
    return out


def role_in(doc: Doc, show: str, actor: str) -> str | None:
    """The character the article gives ``actor`` in ``show``; None when the article
    casts them only in another show (an actor's old role is not their new one)."""
    mine = [f for f in extract(doc) if f.actor == actor]
    same = [f.character for f in mine if fold(f.show) == fold(show)]
    return same[0] if same else None


def extract(doc: Doc) -> list[Fact]:
    """One cast fact per (show, actor, character) the model accepts (cached). Facts
    are built only for the pairs the model keeps: most pairs are not casts."""
    if "cast.facts" not in doc.cache:
        learned = model("cast")
        pairs = _pairs(doc, learned)
        kept = [p for p in pairs
                if p.features and learned.probability(p.features) >= learned.threshold]
        chosen = [f for f in decide(_as_candidates(doc, kept) + _rule_only(doc, pairs), learned)
                  if not TWO_NAMES.search(f.actor or "")]  # two people as one name
        doc.cache["cast.facts"] = _drop_swapped(_one_form(chosen))
    return list(doc.cache["cast.facts"])


# two people joined by a hyphen ("A B-C D", a starrer's pair read as one name) or glued
# by a space the page lost ("A SinghB C"): no one actor (vetoed after the deciders, whose
# rows still hold them)
TWO_NAMES: Final = re.compile(r"[A-Z]\w*\s+[A-Z][\w'’]*-[A-Z]\w*\s+[A-Z]|[a-z]{2}[A-Z][a-z]{2}")


def _one_form(facts: list[Fact]) -> list[Fact]:
    """"Arjun" and "Arjun Mehra" for one actor and show: one role written twice, kept
    in the more probable form."""
    out: list[Fact] = []
    for f in sorted(facts, key=lambda f: -f.confidence):
        ch = fold(f.character or "")
        if not any(o.show == f.show and o.actor == f.actor and (
                fold(o.character or "").startswith(ch) or ch.startswith(fold(o.character or "")))
                for o in out):
            out.append(f)
    return sorted(out, key=lambda f: f.evidence.start if f.evidence else 0)


def _drop_swapped(facts: list[Fact]) -> list[Fact]:
    """"A and B essay C and D" written in the wrong order, beside "D (A)" and "C (B)":
    a link yields when its actor has a more probable other role and its role a more
    probable other actor (a swap; an actor's double role, or a role's two actors, one
    replacing the other, stay)."""
    def swapped(f: Fact) -> bool:
        stronger = [o for o in facts if o.show == f.show and o.confidence > f.confidence]
        return (any(o.actor == f.actor and o.character != f.character for o in stronger)
                and any(o.character == f.character and o.actor != f.actor for o in stronger))
    return [f for f in facts if not swapped(f)]


def candidates(doc: Doc) -> list[Candidate]:
    """Every pair of :func:`_pairs` as a cast fact with its features, and the links only
    a hand-written pattern reads (what training labels and extraction decides)."""
    pairs = _pairs(doc)
    return _as_candidates(doc, pairs) + _rule_only(doc, pairs)


class _Pair(NamedTuple):
    """"Actor ``a`` plays ``c``" proposed in sentence ``s``, with its features."""

    s: Sentence
    a: NameMention
    c: NameMention
    actor: str
    features: tuple[str, ...]


def _pairs(doc: Doc, learned: LinearModel | None = None) -> list[_Pair]:
    """Every ordered pair of name mentions in a sentence (but for two names of one
    coordinated group, "A, B and C": no sentence links those, and the model learned as
    much: 6 of 1,980 such pairs in train were casts). Given the model that will decide
    them, a pair it surely rejects gets no features (``()``): its score is added up
    from the weights without building the feature strings (most pairs are no casts)."""
    ctx = _Context(doc, learned)
    out: list[_Pair] = []
    titular = titular_mentions(doc)
    for i in sorted({*by_sentence(doc), *titular}):
        ms = sorted([*by_sentence(doc).get(i, []), *titular.get(i, [])])
        s = doc.sentences[i]
        if doc.other_story(s) or len(ms) < 2:
            continue
        roles_only = {m.start for m in titular.get(i, [])}
        groups = _groups(doc, ms)
        starts = [m.start for m in ms]  # in text order: a pair's reach is a slice of them
        # "plays Raghav's grandmother, Amma": a possessor is nobody's role here
        owners = {m.start for m in ms if KIN_AFTER.match(doc.text, m.end)}
        for ia, a in enumerate(ms):
            if a.start in roles_only:
                continue  # an eponymous show's title plays nobody
            actor = ctx.actor(a)
            lo = bisect_left(starts, a.start - MAX_SPAN)
            for ic in range(lo, bisect_right(starts, a.start + MAX_SPAN)):
                c = ms[ic]
                if c is a or c.start in owners or groups[a.start][0] == groups[c.start][0] or \
                        fold(actor) == fold(c.text):
                    continue
                out.append(_Pair(s, a, c, actor, ctx.features(s, groups, a, c, abs(ic - ia) - 1)))
    return out


def _as_candidates(doc: Doc, pairs: list[_Pair]) -> list[Candidate]:
    """The pairs as cast facts (a pair whose role has no show gives none)."""
    out: list[Candidate] = []
    for p in pairs:
        show = _show_of(doc, p.s, p.c.start, max(p.a.end, p.c.end))
        if show:
            fact = records.fact(type="cast", show=show, evidence=doc.evidence(p.s), confidence=0.5,
                                modality="stated", actor=p.actor, character=p.c.text)
            out.append(Candidate(fact, p.features))
    return out


def _rule_only(doc: Doc, pairs: list[_Pair]) -> list[Candidate]:
    """Links a hand-written pattern reads where no pair of mentions stands, such as a
    show's own title as its lead's role ("X in the titular role")."""
    links = castings(doc)
    where = {link.sentence.start for link in links}  # only these sentences' pairs matter
    seen = {(p.s.start, fold(p.actor), fold(p.c.text)) for p in pairs if p.s.start in where}
    out: list[Candidate] = []
    for link in links:
        start = link.sentence.text.rfind(link.character, 0, link.end - link.sentence.start)
        show = _show_of(doc, link.sentence, link.sentence.start + max(start, 0), link.end)
        key = (link.sentence.start, fold(link.actor), fold(link.character))
        if show and key not in seen and not doc.other_story(link.sentence):
            fact = records.fact(type="cast", show=show, evidence=doc.evidence(link.sentence),
                                confidence=0.5, modality="stated", actor=link.actor,
                                character=link.character)
            out.append(Candidate(fact, ("rule", "rule_only")))
    return out


class _Context:
    """What the pair features read from the whole article, computed once (and each
    mention's own features once per mention, not once per pair)."""

    def __init__(self, doc: Doc, learned: LinearModel | None = None) -> None:
        self.doc = doc
        self.learned = learned  # when given, pairs it surely rejects get no features
        self.floor = learned.logit_floor() if learned else 0.0
        # its weights of the gap's feature families, by order (see _logit)
        self.families = {order: tuple(learned.family(f"{name}={order}:") for name in _GAP_FAMILIES)
                         for order in ("ac", "ca")} if learned else {}
        self.rule = {(fold(c.actor), fold(c.character)) for c in castings(doc)}
        self.people = {fold(p) for p in people(doc)}
        self.chars = {fold(c) for c in characters(doc)}
        self.freq = frequency(doc)
        self.types = name_types(doc)
        self._actors: dict[int, str] = {}
        self._sides: dict[tuple[str, int], list[str]] = {}
        self._outsides: dict[tuple[int, str, int], tuple[str, str]] = {}

    def actor(self, m: NameMention) -> str:
        """The mention as an actor's name: the article's full form of the person."""
        if m.start not in self._actors:
            self._actors[m.start] = (resolve_person(self.doc, m.text)
                                     or typed_full_name(self.doc, m.text) or m.text)
        return self._actors[m.start]

    def features(self, s: Sentence, groups: Groups, a: NameMention,
                 c: NameMention, between: int) -> tuple[str, ...]:
        """Context and form of "``a`` plays ``c``" in sentence ``s`` (``between``: how
        many names stand between them); no names. With a model given (see
        :func:`_pairs`): ``()`` when its score is surely below the threshold."""
        first, second = (a, c) if a.start < c.start else (c, a)
        order = "ac" if first is a else "ca"
        gap = shapes(self.doc, first.end, second.start)
        pre, pre1 = self._outside(first, order, 0)
        post, post1 = self._outside(second, order, 1)
        typing = self._typing(a, c)
        head = [f"order={order}", f"gaplen={min(len(gap), 12)}", pre, post, pre1, post1,
                f"between_names={min(between, 4)}", f"typing={typing}"]
        tail = self._side("a", a) + self._side("c", c)
        if (fold(self.actor(a)), fold(c.text)) in self.rule:
            tail.append("rule")
        if (fold(c.text), fold(a.text)) in self.rule or fold(c.text) in self.people:
            tail.append("rule_reversed")
        alignment = _alignment(groups, a, c)
        tail.append(alignment)
        if "respectively" in s.text:
            tail.append(f"respectively:{alignment}")
        if self.learned is not None and self._logit(order, gap, typing, head, tail) < self.floor:
            return ()
        return (*head, *_gap_features(order, gap, typing), *tail)

    def _logit(self, order: str, gap: list[str], typing: str, head: list[str],
               tail: list[str]) -> float:
        """The model's logit for the features ``head``, :func:`_gap_features` and
        ``tail``, the gap's weights read by family (see :meth:`LinearModel.family`)
        rather than from formatted strings."""
        m = self.learned
        assert m is not None
        flat = m.flat  # (its ``get`` as a dict's: a bound method in a local is a generic call)
        whole, crossed, firsts, lasts, words = self.families[order]
        logit = m.bias[0]
        for f in head:
            logit += flat.get(f, 0.0)
        if len(gap) <= 6:
            joined = " ".join(gap)
            logit += whole.get(joined, 0.0)
            logit += crossed.get(f"{joined}|{typing}", 0.0)
        if gap:
            logit += firsts.get(gap[0], 0.0)
            logit += lasts.get(gap[-1], 0.0)
        if len(gap) <= 15:
            for t in set(gap):
                logit += words.get(t, 0.0)
        for f in tail:
            logit += flat.get(f, 0.0)
        return logit

    def _outside(self, m: NameMention, order: str, side: int) -> tuple[str, str]:
        """The words before (``side`` 0, ``m`` the pair's first name) or after (1, its
        second) the pair as the features "pre"/"pre1" or "post"/"post1": built once
        per mention and order, not once per pair (the mention's context is the
        typer's, :func:`mentions.context`)."""
        key = (m.start, order, side)
        if key not in self._outsides:
            words = context(self.doc, m)[side]
            if side == 0:
                self._outsides[key] = (f"pre={order}:{' '.join(words)}",
                                       f"pre1={order}:{words[-1] if words else '^'}")
            else:
                self._outsides[key] = (f"post={order}:{' '.join(words)}",
                                       f"post1={order}:{words[0] if words else '$'}")
        return self._outsides[key]

    def _typing(self, a: NameMention, c: NameMention) -> str:
        """Which side the typer finds more of a person and which more of a character."""
        pa, ca = self.types.get(fold(a.text), (0.5, 0.5))
        pc, cc = self.types.get(fold(c.text), (0.5, 0.5))
        return f"{'P' if pa > pc else 'p'}{'C' if cc > ca else 'c'}{_bucket(pa)}{_bucket(cc)}"

    def _side(self, side: str, m: NameMention) -> list[str]:
        """A mention's own features as the actor ("a") or the character ("c") side."""
        if (side, m.start) not in self._sides:
            full = self.actor(m) if side == "a" else m.text
            key = fold(full)
            f = [f"{side}_ntok={min(len(full.split()), 3)}",
                 f"{side}_freq={min(self.freq.get(fold(m.text.split()[0]), 0), 4)}"]
            if key in self.people:
                f.append(f"{side}_person")
            if key in self.chars or fold(m.text) in self.chars:
                f.append(f"{side}_char")
            if full != m.text:
                f.append(f"{side}_resolved")
            self._sides[(side, m.start)] = f
        return self._sides[(side, m.start)]


# The families of _gap_features, in the order _logit reads them.
_GAP_FAMILIES: Final[tuple[str, ...]] = ("gap", "gapx", "g0", "g-1", "gw")


def _gap_features(order: str, gap: list[str], typing: str) -> list[str]:
    """The features of the words between a pair's names (their shapes ``gap``): the
    whole gap, with the typer's verdict too, its first and last word, each word."""
    f: list[str] = []
    if len(gap) <= 6:
        f += [f"gap={order}:{' '.join(gap)}", f"gapx={order}:{' '.join(gap)}|{typing}"]
    if gap:
        f += [f"g0={order}:{gap[0]}", f"g-1={order}:{gap[-1]}"]
    if len(gap) <= 15:
        f += [f"gw={order}:{t}" for t in set(gap)]
    return f


def _bucket(p: float) -> str:
    return "h" if p >= 0.6 else "m" if p >= 0.3 else "l"


Groups = dict[int, tuple[int, int, int]]  # mention start -> (group id, position, size)


def _groups(doc: Doc, ms: list[NameMention]) -> Groups:
    """Where each mention stands in its coordinated group: names joined only by commas,
    "and", "&" or "/" form one group ("A, B and C")."""
    places: dict[int, tuple[int, int]] = {}
    gid, pos = 0, 0
    gaps = [shapes(doc, x.end, y.start) for x, y in pairwise(ms)]
    for k, (prev, m) in enumerate(zip([None, *ms], ms, strict=False)):
        if prev is not None and set(gaps[k - 1]) <= _JOINERS \
                and doc.text[prev.end:m.start].strip() and not _pair_chain(gaps, k):
            pos += 1
        else:
            gid, pos = gid + 1, 0
        places[m.start] = (gid, pos)
    sizes = Counter(g for g, _ in places.values())
    return {start: (g, p, sizes[g]) for start, (g, p) in places.items()}


def _pair_chain(gaps: list[list[str]], k: int) -> bool:
    """Whether mention ``k`` opens a pair of a chain ("A as X, B as Y and C as Z", "X,
    played by A, Y played by B"): the
    mention before it closes one ("A as X") and it is linked the same way to the next,
    so the comma between them separates two pairs rather than joining two names."""
    link = tuple(gaps[k]) if k < len(gaps) else ()
    return k >= 2 and link in _PAIR_LINKS and tuple(gaps[k - 2]) in (link, (",", *link))


def _alignment(groups: Groups, a: NameMention, c: NameMention) -> str:
    """How two mentions sit in coordinated groups: the same place in two groups of the
    same size pairs them ("A and B aka C and D")."""
    (ga, pa, na), (gc, pc, nc) = groups[a.start], groups[c.start]
    if ga == gc:
        return "same_group"
    if na == 1 and nc == 1:
        return "singles"
    if na == nc:
        return "aligned" if pa == pc else "misaligned"
    return "uneven"
