"""show_info facts: which channel a show airs on, where it streams, who produces it.

Candidates are broad: every channel or platform the lexicons find, and every
producer-like name (a company name, a name a producer cue introduces, a name
owning a show), each tied to the show named next to it; the hand-written
readings of ``info_rules.py`` propose too. A model learned from the annotated
articles (``extract/weights/show_info.json``) decides which candidates state a
fact (docs/extraction.md, "Show info, learned").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Final, NamedTuple

from tellytrack.extract import records
from tellytrack.extract.charts import section_shows
from tellytrack.extract.document import Doc
from tellytrack.extract.gate import sentences_with, word_offsets
from tellytrack.extract.info_rules import (
    CHANNEL_RE,
    CHANNEL_WORDS,
    COMPANY_END,
    NAME_WORD,
    PLATFORM_RE,
    PRODUCER_WORDS,
    Mention,
    RuleItem,
    add_mention,
    doc_producers,
    known_shows,
    plausible_producer,
    plausible_show,
    producer_hint,
    producers_of,
    rule_items,
    show_mentions,
    spelling_key,
    split_owner,
    whole_word_hits,
)
from tellytrack.extract.lexicon import mapping
from tellytrack.extract.lexicon import words as lexicon_words
from tellytrack.extract.linear import Candidate, decide
from tellytrack.extract.mentions import (
    by_sentence,
    frequency,
    name_types,
    window,
)
from tellytrack.extract.names import characters, people, resolve_person
from tellytrack.extract.scan import first_gated
from tellytrack.extract.shows import fold
from tellytrack.model import Fact, Sentence

# --- the learned decision ------------------------------------------------------------------
#
# Candidates are broad: every channel or platform the lexicons find, and every
# producer-like name (a company name, a name a producer cue introduces, a name
# owning a show: "X's Show", "the X show"), each tied to the show named next to it
# (else the sentence's show). A model learned from the annotated articles
# (``extract/weights/show_info.json``) decides which of them state a fact, from
# name-free features: the words around the value and between it and its show,
# cue words, whether a hand-written pattern above reads the same fact, how the
# article uses the name elsewhere (an actor, a producer).


def extract(doc: Doc) -> list[Fact]:
    """Channel, platform and producer facts the model accepts, one per (show, field,
    value) and one channel a show (its most probable)."""
    if "show_info.facts" not in doc.cache:
        found, ctx = _candidates(doc)
        facts = _one_channel(decide(found, "show_info"))
        full = full_titles(doc)
        if full:
            facts = [records.with_(f, show=full[fold(f.show)]) if fold(f.show) in full else f
                     for f in facts]
        # words of the show's own title are no producer ("Ek Naya Safar" of "Dor – Ek Naya
        # Safar")
        facts = [f for f in facts if not (f.field == "producer" and _words(f.value or "")
                                           in _words(f.show))]
        # nor a person the article makes an actor ("Actress A's show X"): decided here, not
        # left out of the candidates, whose "no" rows teach the decider what a lead's
        # possessive looks like (left out, validation took three false producers more);
        # nor a name that holds a channel's ("Fellow Star Plus show X"), nor a phrase
        # around a name ("production house X", "A's production house X")
        facts = [f for f in facts if not (f.field == "producer" and (
            ctx.acts(f.value or "") or CHANNEL_RE.search(f.value or "")
            or _NOT_A_NAME.search(f.value or "")))]
        doc.cache["show_info.facts"] = facts
    return list(doc.cache["show_info.facts"])


# a producer "name" that opens with a lower-case word or holds a possessive before one
_NOT_A_NAME: Final = re.compile(r"^[a-z]|['’]s\s+[a-z]")


# "'Kesar Ki Dor – Ek Naya Safar'": a quoted title with its subtitle, the full form of
# the show the article may name by its head alone. The quote leads (at the text's start or
# after white space or "(", which the lookbehind checks once the quote is read), so the
# regex engine skips ahead to quote characters instead of trying every position.
_FULL_TITLE: Final = re.compile(
    r"[‘'\"“](?<![^\s(][‘'\"“])(?P<full>(?P<head>[A-Z][^‘’'\"“”:–—\n-]{1,60}?)\s*[–:—-]\s*"
    r"[A-Z][\w!+-]*(?:\s+[A-Z][\w!+-]*){0,6})[’'\"”]")


def _words(name: str) -> str:
    """ " a b c ": a name's words, lower-cased, for a whole-word containment test."""
    return " " + " ".join(_WORD_RE.findall(name.lower())) + " "


_WORD_RE: Final = re.compile(r"[^\W_]+")


def full_titles(doc: Doc) -> dict[str, str]:
    """Folded head -> the quoted "Head – Subtitle" form, for heads the article also
    names alone as a show (the ShowIndex's or a vouched title); cached, as every
    extractor's facts are filed by it."""
    out: dict[str, str] | None = doc.cache.get("show_info.full_titles")
    if out is None:
        out = {}
        for m in _FULL_TITLE.finditer(doc.text):
            head = m["head"].strip()
            if len(head.split()) <= 6 and (head in known_shows(doc) or head in _vouched(doc)):
                out.setdefault(fold(head), m["full"])
        doc.cache["show_info.full_titles"] = out
    return out


def _one_channel(facts: list[Fact]) -> list[Fact]:
    """One channel a show and one fact a spelling of (show, field, value): the most
    probable, in the order first proposed."""
    best: dict[tuple[str, ...], Fact] = {}
    for f in facts:
        value = f.value or ""
        key = (spelling_key(f.show), f.field or "",
               "" if f.field == "channel" else spelling_key(value))
        if key not in best or best[key].confidence < f.confidence:
            best[key] = f
    kept = set(map(id, best.values()))
    initials = {(fold(f.show), _initials(f.value or "")) for f in best.values()
                if f.field == "producer" and len((f.value or "").split()) >= 2}
    return [f for f in facts if id(f) in kept and not (
        f.field == "producer" and (fold(f.show), f.value) in initials)]


def _initials(name: str) -> str:
    """ "Dor Tales Productions" -> "DTP": the short form an article may also use."""
    return "".join(w[0] for w in name.split() if w[0].isalpha()).upper()


class _Value(NamedTuple):
    """A channel, platform or producer named at ``start..end`` of the article."""

    start: int
    end: int
    field: str
    value: str
    source: str  # how it was found: lexicon, cue, company, person


_COMPANY_RUN: Final = re.compile(
    rf"(?<![\w'’])(?:\d+\s+)?{NAME_WORD}(?:\s+(?:{NAME_WORD}|&|and))*?\s+(?:Telefilms|Films|"
    r"Productions?|Entertainment|Studios?|Pictures|Creations|Media|Motion Pictures)\b"
    r"(?:\s+(?:Pvt\.?|Ltd\.?|Private Limited|Limited))*"
)
# What every match of _COMPANY_RUN holds, lower-cased ("telefilms" holds "films").
_COMPANY_RUN_WORDS: Final = ("films", "production", "entertainment", "studio", "pictures",
                      "creations", "media")
_COMPANY_RUN_CASED = ("Films", "Telefilms", "Production", "Entertainment", "Studio", "Pictures",
                      "Creations", "Media")  # the same, as a match writes them
_LEADING_NUMBER: Final = re.compile(r"(?<!\S)\d{1,3}\s+$")
# Words a company run may begin with that are not its name ("Production House X Films").
_LEADING_CUE = re.compile(r"^(?:(?:The|A|An|Production|House|Producers?|Banner|Makers|Produced|"
                          r"By|Backed|Created|Presented)\s+)+")
# Words near a name that speak of making a show (lower-cased shape tokens).
_MAKER_CUES: Final = frozenset({
    "produced", "producer", "producers", "co-producer", "produces", "producing", "production",
    "productions", "banner", "makers", "maker", "helmed", "backed", "bankrolled", "created",
    "creator", "creators", "offering", "house", "czarina", "storyteller", "co-produced",
    "showrunner",
})
# What a window must hold, lower-cased, for maker_context to accept it: a maker cue, a
# company word (of _COMPANY_WORD), "show", an apostrophe. Looked for with ``in``, the
# likeliest first: as one alternation, ``re`` tried each word at every position.
_MAKER_HINTS: Final = ("'", "’", "show", *sorted(
    {*_MAKER_CUES, "films", "production", "entertainment", "studio", "creations"}))
_SHOW_CUES: Final = frozenset({"show", "shows", "serial", "serials", "series", "soap", "soaps",
                        "drama", "franchise", "saga", "sitcom", "thriller", "programme"})
_AIR_CUES = frozenset({"airs", "aired", "airing", "air", "premiered", "premieres", "premiere",
                       "launched", "launches", "launch", "telecast", "broadcast", "streams",
                       "streaming", "streamed", "channel", "on", "watch", "primetime", "slot",
                       "network", "ott", "platform", "app", "replace", "replaced", "replacing"})


def candidates(doc: Doc) -> list[Candidate]:
    """Every channel, platform and producer-like name with the show it is tied to, as a
    show_info fact with features; plus what only the hand-written patterns read."""
    return _candidates(doc)[0]


def _candidates(doc: Doc) -> tuple[list[Candidate], _Context]:
    """:func:`candidates` and the article context they were read with (returned, not kept
    in ``doc.cache``: the context holds the document, and a cycle would outlive the
    pipeline workers' paused collector)."""
    ctx = _Context(doc)
    out: list[Candidate] = []
    covered: set[tuple[int, str, str, str]] = set()
    for i, s in enumerate(doc.sentences):
        for v in _values(doc, i, s, ctx):
            rule = ctx.rule_for(s, v)
            if rule and ctx.not_a_show(rule.show):
                rule = None
            show, how = _show_of(doc, s, v, ctx)
            if rule and how != "anaphor":
                show, how = rule.show, "rule"
            if not show or fold(show) == fold(v.value) or (
                    how in _WEAK_SHOW and v.field != "producer" and len(doc.shows.names) > 2):
                continue
            fact = records.fact(type="show_info", show=show, field=v.field, value=v.value,
                                evidence=doc.evidence(s), confidence=0.5)
            out.append(Candidate(fact, ctx.features(i, s, v, show, how, rule)))
            covered.add((s.start, v.field, spelling_key(v.value), spelling_key(show)))
            for other in _other_shows(doc, s, show, v, ctx):
                # not marked covered: a hand-written pattern's reading stays a candidate
                if (s.start, v.field, spelling_key(v.value), spelling_key(other)) not in covered:
                    fact = records.with_(fact, show=other)
                    feats = ctx.features(i, s, v, other, "also", None)
                    out.append(Candidate(fact, (*feats, "also"), True))
    for r in rule_items(doc):
        key = (r.sentence.start, r.field, spelling_key(r.value), spelling_key(r.show))
        if key not in covered:
            covered.add(key)
            fact = records.fact(type="show_info", show=r.show, field=r.field, value=r.value,
                                evidence=doc.evidence(r.sentence), confidence=0.5)
            out.append(Candidate(fact, ("rule", "rule_only", f"rule={r.tag}",
                                        f"field={r.field}")))
    return out, ctx


# "The show is produced by X ...": the article's show, not one named later in the sentence.
_ANAPHOR: Final = re.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur)\s+(?:show|serial|series|drama|soap)\b")
# A show the sentence does not name: when the article names several shows, a channel
# there is as likely another show's (a ratings round-up), and the labels, which judge
# the value only, cannot teach the model which; such candidates are left out.
_WEAK_SHOW: Final = frozenset({"topic", "paragraph", "section"})


def _values(doc: Doc, i: int, s: Sentence, ctx: _Context) -> list[_Value]:
    """The channels, platforms and producer-like names of one sentence (non-overlapping)."""
    found: list[_Value] = []

    def add(start: int, end: int, fld: str, value: str, source: str) -> None:
        a, b = s.start + start, s.start + end
        if value and not any(a < x.end and x.start < b for x in found):
            found.append(_Value(a, b, fld, value, source))

    text = s.text
    if i in ctx.channel_sentences:
        for m in CHANNEL_RE.finditer(text):
            add(m.start(), m.end(), "channel", m.group(), "lexicon")
        for m in PLATFORM_RE.finditer(text):
            add(m.start(), m.end(), "platform", m.group(), "lexicon")
    for offset, raw in producers_of(doc, s) if i in ctx.producer_sentences else ():
        name = _LEADING_CUE.sub("", raw)
        at = text.find(name, offset)
        lead = _LEADING_NUMBER.search(text, 0, at) if at > 0 else None
        if lead and COMPANY_END.search(name):  # "7 Arts Films"
            name, at = text[lead.start():at + len(name)], lead.start()
        if at >= 0 and name:
            add(at, at + len(name), "producer", name, "cue")
    for m in _COMPANY_RUN.finditer(text) if i in ctx.company_sentences else ():
        for name in split_owner(_LEADING_CUE.sub("", m.group())):
            at = text.find(name, m.start())
            if at >= 0 and plausible_producer(name):
                add(at, at + len(name), "producer", name, "company")
    names = by_sentence(doc).get(i, [])
    if names and ctx.makers_near(s):
        shows = [(x.start, x.end) for x in show_mentions(doc, s) if not ctx.not_a_show(x.name)]
    else:  # no name to read as a maker here: the sentence's shows are not needed
        names, shows = [], []
    for nm in names:
        if any(a < nm.end and nm.start < b for a, b in shows):
            continue
        name = resolve_person(doc, nm.text) or nm.text
        if (plausible_producer(name) and ctx.maker_context(nm.start, nm.end, s)
                and not ctx.in_title(nm.text, doc.text[max(s.start, nm.start - 30):nm.start])):
            add(nm.start - s.start, nm.end - s.start, "producer", name, "person")
    return sorted(found)


_BRACKET_OPEN: Final = re.compile(r"[ \t]*\([ \t]*")


def _show_of(doc: Doc, s: Sentence, v: _Value, ctx: _Context) -> tuple[str | None, str]:
    """The show a value speaks of, and how it was chosen: the show it is bracketed after
    ("X (Star Plus)"), else the show named right after it ("Star Plus' X", "Kavita Rao's
    X"), else the nearest before, the section's show,
    the nearest after, the sentence's show (never a name the article gives a person)."""
    known = set(known_shows(doc))
    mentions = [m for m in show_mentions(doc, s)
                if m.name in known and plausible_show(m.name) and not ctx.not_a_show(m.name)]
    mentions = _with_vouched(doc, s, mentions, ctx)
    topic = doc.shows.topic or ctx.vouched_topic
    anaphor = bool(topic and _ANAPHOR.search(doc.text, s.start, v.start)
                   and not ctx.not_a_show(topic))
    for m in mentions:  # "X (Star Plus), followed by Y": the bracket is X's
        if m.end <= v.start and _BRACKET_OPEN.fullmatch(doc.text, m.end, v.start):
            return m.name, "before"
    for m in mentions:
        gap = window(doc, v.end, m.start) if m.start >= v.end else None
        # "The show is produced by X and will replace Y": Y is named after X, not X's
        if gap is not None and len(gap) <= (1 if anaphor else 6) and \
                sum(t[0].isalnum() for t in gap) <= 3:
            return m.name, "right_after"
    before = [m for m in mentions if m.end <= v.start]
    if before:
        return before[-1].name, "before"
    if anaphor and topic:
        return topic, "anaphor"
    section = [n for n in section_shows(doc, s) if not ctx.not_a_show(n)]
    if len(section) == 1:
        return section[0], "section"
    after = [m for m in mentions if m.start >= v.end]
    if after:
        return after[0].name, "after"
    show = doc.show_for(s)
    if show is None and ctx.vouched_topic and not ctx.not_a_show(ctx.vouched_topic):
        return ctx.vouched_topic, "vouched_topic"
    if show and ctx.not_a_show(show):
        return None, "none"
    return show, "topic" if show and show == doc.shows.topic else "paragraph"


def _other_shows(doc: Doc, s: Sentence, chosen: str, v: _Value, ctx: _Context) -> list[str]:
    """The other shows sentence ``s`` names, each a candidate for ``v`` too ("Star Plus
    shows A and B"): the decider, whose labels judge the show, picks."""
    known = set(known_shows(doc))
    return list(dict.fromkeys(
        m.name for m in show_mentions(doc, s)
        if m.name in known and m.name != chosen and plausible_show(m.name)
        and not ctx.not_a_show(m.name) and fold(m.name) != fold(v.value)))


def _vouched(doc: Doc) -> tuple[str, ...]:
    """Titles the ShowIndex missed that a pattern here reads as a show ("Star Plus'
    X", "X, produced by", "X airs on"), most often named first."""
    if "show_info.vouched" not in doc.cache:
        known = {fold(n) for n in (*known_shows(doc), *doc_producers(doc))}
        titles = {r.show for r in rule_items(doc) if r.tag not in ("owner", "table")}
        fresh = [t for t in titles if plausible_show(t) and fold(t) not in known
                 and t.lower() not in _outlets() and not t.isupper()]
        counts = {t: len(whole_word_hits(doc.text, t)) for t in fresh}
        doc.cache["show_info.vouched"] = tuple(sorted(fresh, key=lambda t: (-counts[t], t)))
    return doc.cache["show_info.vouched"]  # type: ignore[no-any-return]


def _with_vouched(doc: Doc, s: Sentence, mentions: list[Mention], ctx: _Context) -> list[Mention]:
    """The sentence's show mentions plus where it names a vouched title."""
    extra = list(mentions)
    for name in sorted(_vouched(doc), key=len, reverse=True):
        if ctx.not_a_show(name):
            continue
        for at in whole_word_hits(s.text, name):
            add_mention(extra, Mention(s.start + at, s.start + at + len(name), name))
    return sorted(extra, key=lambda x: x.start) if len(extra) > len(mentions) else mentions


class _Context:
    """What the features read from the whole article, computed once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.rules: dict[tuple[int, str, str], list[RuleItem]] = {}
        self.rule_values: set[tuple[str, str]] = set()
        for r in rule_items(doc):
            self.rules.setdefault((r.sentence.start, r.field, spelling_key(r.value)), []).append(r)
            self.rule_values.add((r.field, spelling_key(r.value)))
        self.people = {fold(p) for p in people(doc)}
        self._actor_cache: dict[str, bool] = {}
        self.actor_cues = word_offsets(doc, _ACTOR_FIRSTS)  # see _actor_cue_before
        self._sentences: dict[int, tuple[list[str], list[Mention], int]] = {}  # see _sentence
        self.chars = {fold(c) for c in characters(doc)}
        self.producers = {fold(p) for p in doc_producers(doc)}
        self.types = name_types(doc)
        self.freq = frequency(doc)
        counts: dict[str, int] = {}
        for m in CHANNEL_RE.finditer(doc.text):
            key = spelling_key(_canonical_channel(m.group()))
            counts[key] = counts.get(key, 0) + 1
        self.channel_counts = counts
        self.top_channel = max(counts, key=counts.__getitem__) if counts else ""
        vouched = _vouched(doc) if doc.shows.topic is None else ()
        self.vouched_topic = vouched[0] if vouched else None
        self.topic = fold(doc.shows.topic or self.vouched_topic or "")
        # The sentences where a channel or platform, a company run, or a producer cue
        # may stand (supersets, see gate.sentences_with): the others need no search.
        self.channel_sentences = frozenset(sentences_with(doc, CHANNEL_WORDS))
        self.company_sentences = frozenset(  # (lower-cased first: "media" is common)
            i for i in sentences_with(doc, literals=_COMPANY_RUN_WORDS)
            if any(w in doc.sentences[i].text for w in _COMPANY_RUN_CASED))
        self.producer_sentences = frozenset(sentences_with(doc, literals=PRODUCER_WORDS))

    def not_a_show(self, name: str) -> bool:
        """A name the article uses for a person or a producer, or a news outlet's (a
        character may share its show's name)."""
        key = fold(name)
        return key in self.people or key in self.producers or name.lower() in _outlets()

    def in_title(self, name: str, before: str) -> bool:
        """Words of a show title rather than a name: part of a show the article names,
        or after another name's "'s" ("India's Best Singer")."""
        key = f" {fold(name)} "
        return (any(key in f" {fold(show)} " for show in known_shows(self.doc))
                or bool(_TITLE_POSSESSIVE.search(before)))

    def acts(self, name: str) -> bool:
        """Whether the article makes the person an actor (a role linked to them, or
        "actress X", "X starrer", ...) and never names them a producer."""
        key = fold(name)
        return key not in self.producers and (key in self.people or self.called_actor(name))

    def called_actor(self, name: str) -> bool:
        """Whether the article calls the name an actor anywhere ("actress X", "X
        starrer", "X, who plays", "X as Y"): the cue patterns are tried at each place
        the name stands (found with ``str.find``; no pattern compiled per name)."""
        if name not in self._actor_cache:
            self._actor_cache[name] = any(
                (self._actor_cue_before(at) and _CALLED_BEFORE.search(
                    self.doc.text, max(0, at - 80), at))
                or _CALLED_AFTER.match(self.doc.text, at + len(name))
                for at in whole_word_hits(self.doc.text, name))
        return self._actor_cache[name]

    def _actor_cue_before(self, at: int) -> bool:
        """Whether an actor cue's first word begins in the 80 characters before ``at``
        (where a match of ``_CALLED_BEFORE`` begins; always, when the article's word
        offsets cannot tell): the search tries every position of the window."""
        cues = self.actor_cues
        if cues is None:
            return True
        i = bisect_left(cues, max(0, at - 80))
        return i < len(cues) and cues[i] < at

    def rule_for(self, s: Sentence, v: _Value) -> RuleItem | None:
        """What a pattern reads of this value in this sentence: of several (a table's
        rows, a list), the one whose show is written nearest the value."""
        items = self.rules.get((s.start, v.field, spelling_key(v.value)), [])
        if len(items) <= 1:
            return items[0] if items else None

        def distance(r: RuleItem) -> int:
            hits = [s.start + at for at in whole_word_hits(s.text, r.show)]
            return min((abs(h - v.start) for h in hits), default=len(self.doc.text))
        return min(items, key=distance)

    def makers_near(self, s: Sentence) -> bool:
        """Whether a sentence may name a maker: a cue word, a known producer, a show."""
        low = s.text.lower()
        # the substring tests first: most sentences hold "'s" or "show", and the
        # alternation tries every position
        if ("'s" in low or "’s" in low or "show" in low or producer_hint(low)
                or any(w in low for w in _MAKER_CUES)):
            return True
        folded = fold(s.text) if self.producers else ""
        return any(p and p in folded for p in self.producers)

    def maker_context(self, start: int, end: int, s: Sentence) -> bool:
        """A person's name with a maker cue near it, an owner's "'s" or "show" after it,
        or one the article calls a producer."""
        if fold(self.doc.text[start:end]) in self.producers:
            return True
        raw = self.doc.text[max(s.start, start - 50):min(s.end, end + 50)]
        low = raw.lower()
        if not any(w in low for w in _MAKER_HINTS):
            return False  # none of what the tests below read: no need to tokenize
        first = window(self.doc, end, min(s.end, end + 50))[:3]
        owned = first[:1] in (["'s"], ["’s"], ["'"], ["’"])
        if owned and _kin_owned(first[1:]):
            return False  # "A's (on-screen) husband": a role's kin, nothing A makes
        if any(n in raw for n in _COMPANY_NEEDS) and _COMPANY_WORD.search(raw):
            return True
        if owned or "show" in first:
            return True
        if not any(w in low for w in _MAKER_CUES):
            return False  # a cue token is a cue word written in the window: none is
        return self.maker_cue_near(start, end, s)

    def maker_cue_near(self, start: int, end: int, s: Sentence) -> bool:
        """Whether a maker cue is among the feature tokens of the 50 characters before
        or after ``start..end`` (within the sentence)."""
        before = set(window(self.doc, max(s.start, start - 50), start))
        after = window(self.doc, end, min(s.end, end + 50))
        return bool(before & _MAKER_CUES or set(after) & _MAKER_CUES)

    def features(self, i: int, s: Sentence, v: _Value, show: str, how: str,
                 rule: RuleItem | None) -> tuple[str, ...]:
        """Context and form of "``show`` has ``v``" in sentence ``s``; no names."""
        doc = self.doc
        fld = v.field
        before = window(doc, max(s.start, v.start - 50), v.start)
        after = window(doc, v.end, min(s.end, v.end + 50))
        b2, a2 = before[-2:], after[:2]
        f = [f"field={fld}", f"src={fld}:{v.source}", f"how={fld}:{how}",
             f"pre={fld}:{' '.join(b2)}", f"post={fld}:{' '.join(a2)}",
             f"pre1={fld}:{b2[-1] if b2 else '^'}", f"post1={fld}:{a2[0] if a2 else '$'}"]
        f += [f"cue_before={fld}:{w}" for w in set(before[-6:]) & (_MAKER_CUES | _SHOW_CUES
                                                                    | _AIR_CUES)]
        f += [f"cue_after={fld}:{w}" for w in set(after[:6]) & (_MAKER_CUES | _SHOW_CUES
                                                                 | _AIR_CUES)]
        cues, shows_here, values_here = self._sentence(i, s)
        f += [f"sent_cue={fld}:{w}" for w in cues]
        f.append(f"nshows={fld}:{min(len(shows_here), 3)}")
        f.append(f"nchannels={fld}:{min(values_here, 3)}")
        f.append(f"topic={fld}:{fold(show) == self.topic}")
        f.append(f"headline={fld}:{i == 0 or doc.in_headline(s)}")
        if doc.other_story(s):
            f.append("other_story")
        near = [m for m in shows_here if m.name == show]
        if near:
            m = min(near, key=lambda m: abs(m.start - v.start))
            first_end, second_start = (v.end, m.start) if v.start < m.start else (m.end, v.start)
            gap = window(doc, first_end, second_start)
            order = "vs" if v.start < m.start else "sv"
            f += [f"order={fld}:{order}", f"gaplen={fld}:{min(len(gap), 10)}"]
            if len(gap) <= 5:
                f.append(f"gap={fld}:{order}:{' '.join(gap)}")
            if len(gap) <= 12:
                f += [f"gw={fld}:{w}" for w in set(gap)]
        else:
            f.append(f"show_not_in_sentence={fld}")
        if rule:
            f += ["rule", f"rule={rule.tag}"]
        elif (fld, spelling_key(v.value)) in self.rule_values:
            f.append(f"rule_elsewhere={fld}")
        if fld in ("channel", "platform"):
            f += self._channel_features(v)
        else:
            f += self._producer_features(v)
            raw_b = doc.text[max(s.start, v.start - 40):v.start]
            raw_a = doc.text[v.end:min(s.end, v.end + 40)]
            if _COMPANY_WORD.search(raw_b) or _COMPANY_WORD.search(raw_a):
                f.append("company_near")
            if _JOINED_AFTER.match(raw_a) or _JOINED_BEFORE.search(raw_b):
                f.append("coordinated")
        return tuple(f)

    def _sentence(self, i: int, s: Sentence) -> tuple[list[str], list[Mention], int]:
        """What the features read of sentence ``i``, once per sentence rather than once
        per candidate: its cue substrings, its show mentions (vouched titles included),
        how many channels and platforms it names (none outside the channel sentences)."""
        if s.start not in self._sentences:
            low = s.text.lower()
            self._sentences[s.start] = (
                [w for w in ("produc", "banner", "maker", "airs", "channel", "show", "trp",
                             "barc", "rating", "@", "thank") if w in low],
                _with_vouched(self.doc, s, show_mentions(self.doc, s), self),
                len(CHANNEL_RE.findall(s.text)) + len(PLATFORM_RE.findall(s.text))
                if i in self.channel_sentences else 0)
        return self._sentences[s.start]

    def _channel_features(self, v: _Value) -> list[str]:
        key = spelling_key(_canonical_channel(v.value))
        n = self.channel_counts.get(key, 0)
        return [f"ch_count={min(n, 4)}", f"ch_top={key == self.top_channel}",
                f"ch_distinct={min(len(self.channel_counts), 4)}"]

    def _producer_features(self, v: _Value) -> list[str]:
        key = fold(v.value)
        f = [f"ntok={min(len(v.value.split()), 4)}",
             f"company={bool(COMPANY_END.search(v.value))}",
             f"freq={min(self.freq.get(fold(v.value.split()[0]), 0), 4)}"]
        if key in self.producers:
            f.append("known_producer")
        if key in self.people or any(fold(t) in self.people for t in v.value.split()):
            f.append("is_actor")
        if key in self.chars:
            f.append("is_character")
        if self.called_actor(v.value):
            f.append("called_actor")
        p, c = self.types.get(key, self.types.get(fold(self.doc.text[v.start:v.end]), (-1, -1)))
        if p >= 0:
            f.append(f"typed={'P' if p >= 0.5 else 'p'}{'C' if c >= 0.5 else 'c'}")
        return f


_TITLE_POSSESSIVE: Final = re.compile(r"\b[A-Z][\w-]*['’]s\s+$")
_ACTOR_BEFORE: Final = (r"\b(?i:actor|actress|actors|actresses|starring|featuring|stars|star|lead|"
                 r"leads|co-star|co-stars)\s+")
_ACTOR_AFTER: Final = (r"(?:starrer|who\s+(?:plays|played|essays|portrays)|plays|played|essays|aka|"
                r"as\s+[A-Z]|\(as\b)")
# The first words of _ACTOR_BEFORE's cues ("co" of "co-star"), lower-cased.
_ACTOR_FIRSTS = frozenset({"actor", "actress", "actors", "actresses", "starring", "featuring",
                           "stars", "star", "lead", "leads", "co"})
_CALLED_BEFORE: Final = re.compile(rf"{_ACTOR_BEFORE}(?:[A-Z][\w.]*\s+){{0,2}}$")
_CALLED_AFTER: Final = re.compile(rf"['’]?s?\s*,?\s*{_ACTOR_AFTER}")
_JOINED_AFTER: Final = re.compile(r"\s*(?:,|and|&)\s*[A-Z0-9]")
_JOINED_BEFORE: Final = re.compile(r"[\w.]\s*(?:,|and|&)\s*$")
_COMPANY_WORD: Final = first_gated(re.compile(  # tried only at "T", "F", "P", "E", "S", "C"
    r"\b(?:Telefilms|Films|Productions?|Entertainment|Studios?|Creations)\b"))
# What every match of _COMPANY_WORD holds as written: a window without any is not searched.
_COMPANY_NEEDS: Final = ("ilms", "Production", "Entertainment", "Studio", "Creations")


_ON_SCREEN: Final = frozenset({"onscreen", "on-screen", "reel", "reel-life", "screen"})


def _kin_owned(after: list[str]) -> bool:
    """Whether the words after a possessive name a kin ("husband", "on-screen mother")."""
    if after[:1] and after[0] in _ON_SCREEN:
        after = after[1:]
    return bool(after) and after[0] in mapping("kinship")


def _canonical_channel(name: str) -> str:
    return _channel_map().get(name.lower(), name)


@cache
def _outlets() -> frozenset[str]:
    return lexicon_words("outlets")


@cache
def _channel_map() -> dict[str, str]:
    return mapping("channels")
