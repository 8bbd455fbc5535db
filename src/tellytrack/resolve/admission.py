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
from collections.abc import Iterable, Mapping
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
from tellytrack.store.base import Override

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


def admit(entities: Mapping[str, Entity], sightings: list[Sighting],
          decisions: Mapping[str, Override], mentions: Mentions) -> dict[str, Entity]:
    """The entities with their status and evidence (shows and people; others as given)."""
    tallies = _tallies(sightings, mentions)
    veto = _Vetoes(entities, sightings, tallies, mentions)
    out: dict[str, Entity] = {}
    for eid, e in entities.items():
        if e.kind not in (EntityKind.SHOW, EntityKind.PERSON):
            out[eid] = e
            continue
        status, why = _status(e, tallies[eid], veto.reason(e), decisions.get(eid))
        out[eid] = replace(e, status=status, evidence=why)
    return out


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
    """The name-free reasons against an entity, computed once for the whole KB."""

    def __init__(self, entities: Mapping[str, Entity], sightings: list[Sighting],
                 tallies: Mapping[str, _Tally], mentions: Mentions) -> None:
        self.entities = entities
        self.mentions = mentions
        self.never = never_names()
        self.stories = {eid: t.stories for eid, t in tallies.items()}
        self.holders = _holders(entities, self.stories)
        shows = {s.show for s in sightings if s.kind is EntityKind.SHOW}
        self.producers = {key(p) for show, p in mentions.producers if show in shows}
        self.titles = {tuple(words(a)) for e in entities.values() if e.kind is EntityKind.SHOW
                       for a in (e.name, *e.aliases)}
        # full names of the people a strong cue types (junk people must not veto shows)
        typed = [a for eid, e in entities.items() if e.kind is EntityKind.PERSON
                 and tallies.get(eid, _Tally()).cue for a in (e.name, *e.aliases)]
        full = [*(a for a in typed if len(words(a)) >= 2), *self.producers]
        self.first_names = {words(a)[0] for a in full if words(a)}
        self.people = {key(a) for a in full}

    def reason(self, e: Entity) -> str | None:
        """Why ``e`` is not what its facts call it, or None."""
        if e.kind is EntityKind.SHOW:
            return title_noise(e.name) or self._show(e) or self._held(e)
        return person_noise(e.name) or self._couple(e) or self._held(e)

    def _held(self, e: Entity) -> str | None:
        """A stronger holder of one of its names: another kind (a character only of
        another show), with more stories."""
        own = next((n for n, _, i in self.holders[key(e.name)] if i == e.id), 0)
        for a in sorted({key(x) for x in (e.name, *e.aliases)}):
            for n, kind, eid in self.holders[a]:
                other = self.entities[eid]
                if kind == str(e.kind) or other.show_id == e.id or n <= own:
                    continue
                return f"also the name of a {kind} ({other.name})"
        return None

    def _common(self, word: str) -> bool:
        """A word that is never a name, or one the KB writes in lower case at least as
        often as capitalised mid-sentence (a title is capitalised wherever it stands)."""
        return word in self.never or self.mentions.common(word)

    def _show(self, e: Entity) -> str | None:
        ws, weak = words(e.name), self.stories.get(e.id, 0) < WEAK_STORIES
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
            if tuple(ws[:n]) in self.titles and all(self._common(w) for w in ws[n:]):
                return "another title and common words"
        return None

    def _couple(self, e: Entity) -> str | None:
        """Two people's names run together ("A Rao-B Shah")."""
        ws = words(e.name)
        for cut in range(2, len(ws) - 1):
            if "".join(ws[:cut]) in self.people and "".join(ws[cut:]) in self.people:
                return "two people's names"
        return None


def _holders(entities: Mapping[str, Entity],
             stories: Mapping[str, int]) -> dict[str, list[tuple[int, str, str]]]:
    """Exact key -> (stories, kind, entity id) of every entity that holds the name.

    A character holds its canonical name only: its aliases gather the names
    extractors put in the role's place, an actor's among them.
    """
    out: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for eid, e in entities.items():
        is_char = e.kind is EntityKind.CHARACTER
        n = stories.get(eid, 0)
        for k in {key(a) for a in ((e.name,) if is_char else (e.name, *e.aliases))}:
            out[k].append((n, str(e.kind), eid))
    return out
