"""What resolution reads of the facts: a tally per written name, not the facts.

Clustering needs how often each spelling is written (a person's and a character's
per show spelling, since they are read in their show); admission needs the
independent stories that name it, whether some fact's sentence types it, the
producers, and which words the KB writes in lower case. ``Mentions`` holds exactly
that. Built from facts in memory (``FactMentions``) or read from the store
(``StoreMentions``: the counts it keeps per written name, ``Store.name_counts``), a
resolution costs per distinct name in a show, not per fact: a show's ten-thousandth
cast fact adds one to a count.

Each name comes with its number of independent stories; an entity written several
ways needs the union of its names' stories, asked once per entity
(``Mentions.story_count``). The two questions that need a sentence are asked lazily,
name by name: whether a fact of one type writes a name in its sentence (usually the
first such fact says so) and whether a word is written in lower case more than
capitalised.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

import numpy as np

from tellytrack.model import Fact
from tellytrack.resolve.names import key

if TYPE_CHECKING:
    from tellytrack.store.base import LinkGroup, NameCounts, Store

# Facts whose sentence types a show named in it (their extractors read a show cue).
SHOW_CUE_TYPES = frozenset({"cast", "cast_change", "rating", "show_info"})
# Facts whose sentence types a person named in it as their actor.
PERSON_CUE_TYPES = frozenset({"cast", "cast_change"})
# The fact types whose sentence may type a name, in the order admission names them; a
# type's bit in a kept cue is 1 << its place here (``cues.py``).
CUE_TYPES = ("cast", "cast_change", "rating", "show_info")
# Below this confidence an extractor's guess types nothing.
MIN_CUE_CONFIDENCE = 0.5
# Words as the common-word signal counts them (admission.py): lower case, and
# capitalised mid-sentence.
LOWER_WORD = re.compile(r"\b[a-z]+\b")
MID_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")
_ASCII_WORD = re.compile(r"[a-z]+")
# The common-word signal reads at most this many distinct sentences that may write the
# word, newest first: all of them for a rare word (a one-word title is one), a sample
# for a frequent one (enough to tell 1:1), in the sentences of the newest
# COMMON_WORD_WINDOW facts, so its cost does not grow with the KB.
COMMON_WORD_SAMPLE = 500
COMMON_WORD_WINDOW = 20_000
# A resolution from the store asks the store for the sentences that may write a word
# this many times; past that it reads the window's sentences once and searches them in
# memory (``SentenceWindow``), with the same answers: a 5,000-article resolution at
# 95,000 synthetic articles asked about 93 words, each a scan of up to the whole window
# (about 1 s of its 7), where one article asks about one to three.
COMMON_WORD_QUERIES = 4
# Per store, the (fact type, show, actor, name) whose facts' sentences were found to write
# the name: facts are only ever added, so the answer stays yes, and the next resolution
# that re-admits the entity need not read a sentence again. Bounded, as the name caches.
TYPED_CACHE = 32768
_TYPED: WeakKeyDictionary[Any, dict[tuple[str, str, str | None, str], None]] = (
    WeakKeyDictionary())


def actor_names(fact: Fact) -> list[str]:
    """The people a fact names."""
    return [fact.actor] if fact.type in ("cast", "cast_change") and fact.actor else []


def character_names(fact: Fact) -> list[str]:
    """The characters a fact names (cast roles, event participants, relation ends)."""
    if fact.type in ("cast", "cast_change"):
        return [fact.character] if fact.character else []
    if fact.type == "event":
        return [c for c in fact.characters if c]
    if fact.type == "relation":
        return [n for n in (fact.subject, fact.object) if n]
    return []


# A fact's stored ids: show, actor's person, character (None: not linked).
Stored = tuple[str | None, str | None, str | None]


@dataclass
class Tally:
    """One written name in the facts of one written show."""

    count: int = 0  # facts naming it (a character: namings)
    stories: int = 0  # independent stories naming it
    # a show's or actor's typing cues kept by the store (cues.py: the bits of the fact
    # types whose sentence writes it), None when unknown: then its sentences are read
    cues: int | None = None


# A tally's name as the store keys it: (kind, written show, name), kinds below.
TallyKey = tuple[int, str, str]
# The kinds of tallies (``TallyKey``'s first field), as the store numbers them.
SHOW, ACTOR, ROLE, PRODUCER = 0, 1, 2, 3


@dataclass(frozen=True)
class Link:
    """The facts that name one (show, actor, character) spelling triple and share their
    stored ids (None: not linked yet): they all resolve alike."""

    show: str
    actor: str | None
    character: str | None
    stored: Stored
    fact_ids: tuple[int, ...]


class Mentions:
    """The tallies of a set of facts and the two lazy questions (see the module)."""

    def __init__(self) -> None:
        self.shows: dict[str, Tally] = {}
        self.actors: dict[tuple[str, str], Tally] = {}  # (show, actor spelling)
        self.roles: dict[tuple[str, str], Tally] = {}  # (show, character spelling)
        self.producers: set[tuple[str, str]] = set()  # (show, producer name)
        self.links: list[Link] = []
        self._common: dict[str, bool] = {}
        self._unions: dict[tuple[TallyKey, ...], int] = {}

    def story_count(self, keys: Iterable[TallyKey]) -> int:
        """How many independent stories name any of these names (an entity's sightings):
        one name's own count, the union of several's stories asked once."""
        ks = tuple(sorted(set(keys)))
        if len(ks) == 1:
            return self._tally(ks[0]).stories
        if ks not in self._unions:
            self._unions[ks] = self._union(ks)
        return self._unions[ks]

    def _tally(self, k: TallyKey) -> Tally:
        kind, show, name = k
        if kind == SHOW:
            return self.shows[show]
        return (self.actors if kind == ACTOR else self.roles)[(show, name)]

    def _union(self, keys: tuple[TallyKey, ...]) -> int:
        """The number of distinct stories naming any of ``keys`` (two or more)."""
        raise NotImplementedError

    def sentences(self, fact_type: str, show: str, actor: str | None) -> Iterable[str]:
        """The sentences of the facts of ``fact_type`` with a confidence that may type
        a name, naming ``show`` (and ``actor`` as their actor, if given)."""
        raise NotImplementedError

    def writes(self, fact_type: str, show: str, actor: str | None, raw: str,
               test: Callable[[str], bool]) -> bool:
        """Whether a sentence of ``sentences(fact_type, show, actor)`` writes ``raw``, as
        ``test`` tells, reading them only until one does."""
        return any(test(text) for text in self.sentences(fact_type, show, actor))

    def texts_with(self, word: str) -> Iterable[str]:
        """The sentences of facts that name a show, newest first, at least those that
        may write ``word`` (a normal-form key of lower-case letters); from the store,
        only those of its newest ``COMMON_WORD_WINDOW`` facts."""
        raise NotImplementedError

    def common(self, word: str) -> bool:
        """Whether the KB's sentences write ``word`` (a key) in lower case at least as
        often as capitalised mid-sentence, and at least once (a title is capitalised
        wherever it stands); read in the newest ``COMMON_WORD_SAMPLE`` distinct
        sentences that may write it."""
        if word not in self._common:
            lower = upper = 0
            seen: set[str] = set()
            # a written word's key starts with its first letter, lower-cased (the normal
            # form only folds case, "chh" and doubled letters and drops whole words): the
            # words starting with another letter are not looked up
            first, capital = word[:1], word[:1].upper()
            for text in self.texts_with(word) if _ASCII_WORD.fullmatch(word) else ():
                if text in seen:
                    continue
                seen.add(text)
                lower += sum(key(w) == word for w in LOWER_WORD.findall(text) if w[0] == first)
                upper += sum(key(w) == word for w in MID_CAPITAL.findall(text)
                             if w[0] == capital)
                if len(seen) == COMMON_WORD_SAMPLE:
                    break
            self._common[word] = lower > 0 and lower >= upper
        return self._common[word]




class FactMentions(Mentions):
    """The tallies of facts held in memory, each with its story."""

    def __init__(self, pairs: Iterable[tuple[Fact, str]],
                 links: Iterable[tuple[int, Fact, Stored]] = ()) -> None:
        super().__init__()
        self._sentences: dict[tuple[str, str, str | None], list[str]] = defaultdict(list)
        self._texts: dict[str, None] = {}  # in input order, once each
        self._stories: dict[TallyKey, set[str]] = defaultdict(set)
        for fact, story in pairs:
            if not fact.show:
                continue
            self._add(self.shows, fact.show, (SHOW, fact.show, ""), story)
            for a in actor_names(fact):
                self._add(self.actors, (fact.show, a), (ACTOR, fact.show, a), story)
            for c in character_names(fact):
                self._add(self.roles, (fact.show, c), (ROLE, fact.show, c), story)
            if fact.type == "show_info" and fact.field == "producer" and fact.value:
                self.producers.add((fact.show, fact.value))
            if fact.evidence is not None:
                self._texts[fact.evidence.text] = None
                if fact.confidence >= MIN_CUE_CONFIDENCE:
                    self._sentences[(fact.type, fact.show, None)].append(fact.evidence.text)
                    if fact.actor:
                        self._sentences[(fact.type, fact.show, fact.actor)].append(
                            fact.evidence.text)
        groups: dict[tuple[str, str | None, str | None, Stored], list[int]] = {}
        for fid, fact, stored in links:
            if fact.show:
                groups.setdefault((fact.show, fact.actor, fact.character, stored), []).append(fid)
        self.links = [Link(s, a, c, st, tuple(ids)) for (s, a, c, st), ids in groups.items()]

    def _add(self, table: dict[Any, Tally], k: Any, ref: TallyKey, story: str) -> None:
        t = table.get(k)
        if t is None:
            t = table[k] = Tally()
        t.count += 1
        self._stories[ref].add(story)
        t.stories = len(self._stories[ref])

    def _union(self, keys: tuple[TallyKey, ...]) -> int:
        return len(set().union(*(self._stories[k] for k in keys)))

    def sentences(self, fact_type: str, show: str, actor: str | None) -> Iterable[str]:
        return self._sentences.get((fact_type, show, actor), ())

    def texts_with(self, word: str) -> Iterable[str]:
        return reversed(self._texts)


class SentenceWindow:
    """The distinct sentences of the window (``Store.texts_like`` without patterns:
    newest first), searched as the store's ``LIKE`` patterns search them. SQLite's
    ``LIKE`` folds the case of ASCII letters only, and so does ``bytes.lower``; a
    letter pair in UTF-8 bytes is the same pair in the text (no byte of a multi-byte
    character is ASCII), so a sentence matches here exactly when it matches there.

    The sentences are indexed once by the two-byte pairs they hold (numpy: every
    pair's place in one block of bytes, a newline between two sentences so that no
    letter pair spans two), and a word's sentences are the intersection of its pairs'
    lists, in order: a word costs its pairs' lists, not a pass over the window (93
    words on 9,267 sentences at 100,000 synthetic articles: 0.45 s as a scan each)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = list(texts)
        self.lowered = [t.encode().lower() for t in self.texts]
        data = np.frombuffer(b"\n".join(self.lowered), dtype=np.uint8)
        first, second = data[:-1], data[1:]
        letters = np.flatnonzero((first >= 97) & (first <= 122)
                                 & (second >= 97) & (second <= 122))
        # 32-bit numbers where they fit (a window holds at most COMMON_WORD_WINDOW
        # sentences): the index is built and dropped within one resolution, and its
        # peak is the writer's (at 100,000 synthetic articles: 14 MB, 22 in 64 bits)
        width: Any = np.int32 if len(self.texts) < 2**31 >> 15 else np.int64
        lengths = np.fromiter((len(low) + 1 for low in self.lowered), width, len(self.lowered))
        sentence = np.repeat(np.arange(len(self.lowered), dtype=width), lengths)[letters]
        codes = (first[letters].astype(width) << 8 | second[letters]) - (97 << 8 | 97)
        # each (letter pair, sentence) once, sorted by pair, then by sentence (newest
        # first); a sort and a mask (np.unique took 20 times as long)
        held = np.sort(codes * max(len(self.texts), 1) + sentence)
        held = held[np.concatenate(([True], held[1:] != held[:-1]))] if len(held) else held
        self._pairs, self._sentences = np.divmod(held, max(len(self.texts), 1))

    def _with(self, pair: bytes) -> Any:
        """The sentences (indexes, newest first) that hold a pair of ASCII letters."""
        code = (pair[0] << 8 | pair[1]) - (97 << 8 | 97)
        lo, hi = np.searchsorted(self._pairs, [code, code + 1])
        return self._sentences[lo:hi]

    def holding(self, pairs: list[str]) -> Iterator[str]:
        """The sentences holding every one of these letter pairs (case folded as above),
        newest first."""
        wanted = [p.encode() for p in pairs]
        if any(len(p) != 2 or not p.isalpha() for p in wanted):  # a pass over them
            return (t for t, low in zip(self.texts, self.lowered, strict=True)
                    if all(p in low for p in wanted))
        found = self._with(wanted[0])
        for p in wanted[1:]:
            found = np.intersect1d(found, self._with(p), assume_unique=True)
        return (self.texts[i] for i in found.tolist())


class StoreMentions(Mentions):
    """The tallies the store aggregates (``Store.name_counts``) of the facts of some
    shows and people and the unlinked ones, or of every fact; sentences are read
    from the store when asked."""

    def __init__(self, store: Store, counts: NameCounts) -> None:
        super().__init__()
        self.store = store
        self.add(counts)
        self._asked = 0  # words whose sentences were asked of the store
        self._window: SentenceWindow | None = None

    def add(self, counts: NameCounts) -> bool:
        """Take in more of the store's counts (a neighbourhood widened): the names not
        held yet and the link groups of triples not held yet; whether a name was new
        (clustering reads the names, the splice the link groups)."""
        before = (len(self.shows), len(self.actors), len(self.roles), len(self.producers))
        for show, n, stories, cues in counts.shows:
            self.shows.setdefault(show, Tally(n, stories, cues))
        for show, actor, n, stories, cues in counts.actors:
            self.actors.setdefault((show, actor), Tally(n, stories, cues))
        for show, name, n, stories, _ in counts.roles:
            self.roles.setdefault((show, name), Tally(n, stories))
        self.producers |= set(counts.producers)
        held = {_held(g) for g in self.links}
        self.links += [link for g in counts.links if _held(link := _link(g)) not in held]
        return before != (len(self.shows), len(self.actors), len(self.roles),
                          len(self.producers))

    def _union(self, keys: tuple[TallyKey, ...]) -> int:
        return self.store.story_count(keys)

    def sentences(self, fact_type: str, show: str, actor: str | None) -> Iterator[str]:
        return self.store.sentences(fact_type, show, actor, MIN_CUE_CONFIDENCE)

    def writes(self, fact_type: str, show: str, actor: str | None, raw: str,
               test: Callable[[str], bool]) -> bool:
        """As ``Mentions.writes``, from the cues the store keeps with the name's tally
        (``cues.py``) when they are known; else from its sentences, a yes remembered
        for the store (``TYPED_CACHE``)."""
        tally = self.shows.get(show) if actor is None else self.actors.get((show, actor))
        if tally is not None and tally.cues is not None:
            return bool(tally.cues & 1 << CUE_TYPES.index(fact_type))
        typed = _TYPED.setdefault(self.store, {})
        k = (fact_type, show, actor, raw)
        if k in typed:
            return True
        if not super().writes(fact_type, show, actor, raw, test):
            return False
        if len(typed) >= TYPED_CACHE:
            del typed[next(iter(typed))]  # the oldest
        typed[k] = None
        return True

    def texts_with(self, word: str) -> Iterator[str]:
        # a raw word whose key is ``word`` holds each of its letter pairs ("pyaar": "py",
        # "ya", "ar"), whatever letters it doubles
        pairs = sorted({word[i:i + 2] for i in range(len(word) - 1)} or {word})
        self._asked += 1
        if self._window is None and self._asked > COMMON_WORD_QUERIES:
            self._window = SentenceWindow(
                self.store.texts_like([], COMMON_WORD_WINDOW, COMMON_WORD_WINDOW))
        if self._window is not None:
            return islice(self._window.holding(pairs), COMMON_WORD_SAMPLE)
        return self.store.texts_like([f"%{p}%" for p in pairs],
                                     COMMON_WORD_SAMPLE, COMMON_WORD_WINDOW)


def _held(g: Link) -> tuple[str, str | None, str | None, bool]:
    """A link group's triple and whether it is a stored one (no facts) or new facts'."""
    return g.show, g.actor, g.character, not g.fact_ids


def _link(g: LinkGroup) -> Link:
    show, actor, character, show_id, actor_id, character_id, ids = g
    return Link(show, actor, character, (show_id, actor_id, character_id), tuple(ids))
