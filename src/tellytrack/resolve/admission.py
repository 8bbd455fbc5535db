"""Admission: which show and person entities are listed, and why.

A fact says "show X" or "actor Y" because an extractor guessed so; the guess is
trusted only when its evidence says what the name is:

- **typed by a strong cue**: a show is named *in the sentence* of a cast,
  cast-change, rating or show-info fact (the patterns that produce those read a
  show cue around the name); a person is named in the sentence of a cast or
  cast-change fact as its actor; or
- **confirmed by independent articles**: named in two or more stories (syndicated
  copies of one story count once);

and nothing name-free speaks against it (``signals.py``): page furniture, company
and headline words in a title, function words or jobs in a person's name, an
outlet or a channel, a one-word nickname used as a show, a title that is another
title plus common words, a name held by a person, a character of another show or
a show with more stories (a name is given to the kind that holds it most), or two
people's names run together.

Everything else stays in the store as an ``unconfirmed`` mention, visible on
request; a curator's ``confirm`` / ``not-a-show`` / ``not-a-person`` wins.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import partial

from tellytrack.model import Entity, EntityKind
from tellytrack.resolve.cues import named_in
from tellytrack.resolve.mentions import (
    ACTOR,
    CUE_TYPES,
    PERSON_CUE_TYPES,
    ROLE,
    SHOW,
    SHOW_CUE_TYPES,
    Mentions,
    Tally,
    TallyKey,
)
from tellytrack.resolve.names import key, words
from tellytrack.resolve.overrides import STATUS_OF
from tellytrack.resolve.signals import is_nickname, never_names, person_noise, title_noise
from tellytrack.store.base import HolderRow, KeptNames, Override, WordRow

# Independent stories that confirm an entity without a strong cue.
MIN_STORIES = 2
# A show with fewer stories than this loses its name to a producer or a first name.
WEAK_STORIES = 3


@dataclass(frozen=True)
class Sighting:
    """One written name in the facts of one written show, with the entity it resolved
    to and its tally (how often, in which stories)."""

    kind: EntityKind
    entity_id: str
    raw: str
    show: str  # the show as written in those facts
    tally: Tally

    @property
    def ref(self) -> TallyKey:
        """Its tally's name as the store keys it (``Mentions.story_count``)."""
        if self.kind is EntityKind.SHOW:
            return (SHOW, self.show, "")
        return (ACTOR if self.kind is EntityKind.PERSON else ROLE, self.show, self.raw)


@dataclass
class _Tally:
    stories: int = 0  # independent stories naming any of its spellings
    sightings: list[Sighting] = field(default_factory=list)
    cue: str | None = None  # why a strong cue types it (``_typing``), or None


def _typing(sightings: list[Sighting], mentions: Mentions) -> str | None:
    """Why a strong cue types an entity's name: the first fact type (in ``CUE_TYPES``)
    one of whose sentences writes one of its spellings; asked type by type and fact by
    fact, so it stops at the first sentence that does."""
    kind = sightings[0].kind
    types = SHOW_CUE_TYPES if kind is EntityKind.SHOW else PERSON_CUE_TYPES
    for t in (t for t in CUE_TYPES if t in types):
        for s in sightings:
            actor = None if kind is EntityKind.SHOW else s.raw
            if mentions.writes(t, s.show, actor, s.raw, partial(named_in, s.raw)):
                return f"named in the sentence of a {t} fact"
    return None


def _tallies(sightings: Iterable[Sighting], mentions: Mentions) -> dict[str, _Tally]:
    out: dict[str, _Tally] = defaultdict(_Tally)
    for s in sightings:
        out[s.entity_id].sightings.append(s)
    for t in out.values():
        t.stories = mentions.story_count(s.ref for s in t.sightings)
        if t.sightings[0].kind in (EntityKind.SHOW, EntityKind.PERSON):
            t.cue = _typing(t.sightings, mentions)
    return out


# The stored rows of the entities outside a resolution (``KeptNames``) with these holder
# keys and (set, key) words: what an incremental resolution reads of the rest of the KB.
Others = Callable[[Sequence[str], Sequence[tuple[str, str]]], KeptNames]


def admit(entities: Mapping[str, Entity], sightings: list[Sighting],
          decisions: Mapping[str, Override], mentions: Mentions,
          written: Set[str] | None = None, others: Others | None = None
          ) -> tuple[dict[str, Entity], KeptNames]:
    """The entities with their status and evidence (shows and people; others as given),
    and the kept names of those the caller writes (``written``; None: all of them).

    What admission weighs across the KB (the holders of a name, typed people's names
    and first names, producers, titles) is the written entities' own names plus, on
    the incremental path, what ``others`` reads of the stored entities it does not
    rewrite: exactly what the store holds once the result is written. A rebuild
    (``others`` None) writes every entity, so it reads them all from memory, as
    before."""
    tallies = _tallies(sightings, mentions)
    shows = {s.show for s in sightings if s.kind is EntityKind.SHOW}
    mine = kept_names({i: e for i, e in entities.items() if written is None or i in written},
                      tallies, {p for show, p in mentions.producers if show in shows})
    names = mine if others is None else _merged(mine, others(*_wanted(entities)))
    veto = _Vetoes(names, mentions)
    out: dict[str, Entity] = {}
    for eid, e in entities.items():
        if e.kind not in (EntityKind.SHOW, EntityKind.PERSON):
            out[eid] = e
            continue
        status, why = _status(e, tallies.get(eid, _Tally()), veto.reason(e, tallies),
                              decisions.get(eid))
        out[eid] = replace(e, status=status, evidence=why)
    return out, mine


def kept_names(entities: Mapping[str, Entity], tallies: Mapping[str, _Tally],
               producers: Iterable[str]) -> KeptNames:
    """The names these entities hold (a character its canonical name only: its aliases
    gather the names extractors put in the role's place, an actor's among them), with
    their stories; the titles of the shows, the full names and first names of the people
    a strong cue types (junk people must not veto shows), and the producers."""
    holders: list[HolderRow] = []
    out: list[WordRow] = []
    for eid, e in entities.items():
        tally = tallies.get(eid, _Tally())
        show = e.show_id if e.kind is EntityKind.CHARACTER else None
        names = (e.name,) if show else (e.name, *e.aliases)
        holders += [(k, eid, str(e.kind), tally.stories, e.name, show)
                    for k in sorted({key(a) for a in names})]
        if e.kind is EntityKind.SHOW:
            out += [("title", " ".join(words(a)), eid) for a in names]
        elif e.kind is EntityKind.PERSON and tally.cue:
            out += _full_name(eid, (a for a in names if len(words(a)) >= 2))
    for p in sorted({key(p) for p in producers}):
        # a producer counts by its key, as a full name of one word (so its "first name"
        # is the whole key, and it names a title's run of words when the key of its key
        # is that run's words joined: what admission has always read)
        out += [("producer", p, ""), *_full_name("", [p])]
    return KeptNames(holders, sorted(set(out)))


def _full_name(eid: str, names: Iterable[str]) -> list[WordRow]:
    return [row for a in names for row in
            (("person", key(a), eid), *((("first", words(a)[0], eid),) if words(a) else ()))]


def _wanted(entities: Mapping[str, Entity]) -> tuple[list[str], list[tuple[str, str]]]:
    """The holder keys and (set, key) words admission may ask about these entities:
    their names' keys; a title's producer key, first word, runs of two or more words
    and leading words; a person's name cut in two."""
    holders: set[str] = set()
    asked: set[tuple[str, str]] = set()
    for e in entities.values():
        if e.kind not in (EntityKind.SHOW, EntityKind.PERSON):
            continue
        holders |= {key(a) for a in (e.name, *e.aliases)}
        ws = words(e.name)
        if e.kind is EntityKind.SHOW:
            asked |= {("producer", key(e.name)), ("first", ws[0] if ws else "")}
            asked |= {("person", "".join(ws[i:j]))
                      for i in range(len(ws)) for j in range(i + 2, len(ws) + 1)}
            asked |= {("title", " ".join(ws[:n])) for n in range(1, len(ws))}
        else:
            asked |= {("person", "".join(part)) for cut in range(2, len(ws) - 1)
                      for part in (ws[:cut], ws[cut:])}
    return sorted(holders), sorted(asked)


# The order a resolution makes entities in (shows, people, characters): a veto names the
# first stronger holder of a name in it.
_KIND_ORDER = {str(EntityKind.SHOW): 0, str(EntityKind.PERSON): 1}


def _merged(mine: KeptNames, others: KeptNames) -> KeptNames:
    """The written entities' names and the others', holders in the order a resolution
    makes entities (shows, people, characters; its own before the stored ones), as a
    rebuild and the neighbourhood before met them."""
    holders = sorted([*mine.holders, *others.holders], key=lambda h: _KIND_ORDER.get(h[2], 2))
    return KeptNames(holders, [*mine.words, *others.words])


def _status(e: Entity, tally: _Tally, vetoed: str | None,
            decision: Override | None) -> tuple[str, str]:
    if decision is not None:
        return STATUS_OF[decision.action], f"curator: {decision.action}"
    n = tally.stories
    stories = f"{n} independent {'story' if n == 1 else 'stories'}"
    if vetoed:
        return "unconfirmed", f"{vetoed} ({stories})"
    if tally.cue:
        return "confirmed", f"{tally.cue} ({stories})"
    if n >= MIN_STORIES:
        return "confirmed", stories
    return "unconfirmed", f"{stories}, no typing cue"


class _Vetoes:
    """The name-free reasons against an entity, from the names admission weighs across
    the KB (``KeptNames``)."""

    def __init__(self, names: KeptNames, mentions: Mentions) -> None:
        self.mentions = mentions
        self.never = never_names()
        self.holders: dict[str, list[HolderRow]] = defaultdict(list)
        for row in names.holders:
            self.holders[row[0]].append(row)
        sets: dict[str, set[str]] = defaultdict(set)
        for what, k, _ in names.words:
            sets[what].add(k)
        self.producers, self.titles = sets["producer"], sets["title"]
        self.first_names, self.people = sets["first"], sets["person"]

    def reason(self, e: Entity, tallies: Mapping[str, _Tally]) -> str | None:
        """Why ``e`` is not what its facts call it, or None."""
        stories = tallies[e.id].stories if e.id in tallies else 0
        if e.kind is EntityKind.SHOW:
            return title_noise(e.name) or self._show(e, stories) or self._held(e, stories)
        return person_noise(e.name) or self._couple(e) or self._held(e, stories)

    def _held(self, e: Entity, own: int) -> str | None:
        """A stronger holder of one of its names: another kind (a character only of
        another show), with more stories."""
        for a in sorted({key(x) for x in (e.name, *e.aliases)}):
            for _, _, kind, n, name, show in self.holders.get(a, ()):
                if kind == str(e.kind) or show == e.id or n <= own:
                    continue
                return f"also the name of a {kind} ({name})"
        return None

    def _common(self, word: str) -> bool:
        """A word that is never a name, or one the KB writes in lower case at least as
        often as capitalised mid-sentence (a title is capitalised wherever it stands)."""
        return word in self.never or self.mentions.common(word)

    def _show(self, e: Entity, stories: int) -> str | None:
        ws, weak = words(e.name), stories < WEAK_STORIES
        if key(e.name) in self.producers and weak:
            return "a producer's name"
        if len(ws) == 1 and self._common(ws[0]):
            return "a common word"
        if len(ws) == 1 and ws[0] in self.first_names and weak:
            return "a person's first name"
        if is_nickname(e.name):
            return "a nickname"
        if any(ws[i:j] and tuple(ws[i:j]) != tuple(ws) and "".join(ws[i:j]) in self.people
               for i in range(len(ws)) for j in range(i + 2, len(ws) + 1)):
            return "a headline naming a person"
        for n in range(1, len(ws)):
            if " ".join(ws[:n]) in self.titles and all(self._common(w) for w in ws[n:]):
                return "another title and common words"
        return None

    def _couple(self, e: Entity) -> str | None:
        """Two people's names run together ("A Rao-B Shah")."""
        ws = words(e.name)
        for cut in range(2, len(ws) - 1):
            if "".join(ws[:cut]) in self.people and "".join(ws[cut:]) in self.people:
                return "two people's names"
        return None
