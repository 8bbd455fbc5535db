"""The typing cue: whether a fact's own sentence writes its show or its actor.

Admission (``admission.py``) lists a show or person whose name a cast, cast-change,
rating or show-info sentence writes (a strong cue), so it asks, per written name,
whether one of its facts' sentences writes it. The answer depends on one fact and its
sentence only, so the pipeline computes it once per fact, where the fact is extracted
(``fact_cues``, in an extraction worker: not the one writer's work), and the store
keeps it per fact and ORed per kept name tally (``name_tallies.cues``, docs/store.md);
a resolution reads the tally's bits instead of reading sentences back (about 14,000
sentence queries per 5,000 articles at 95,000 articles). A fact stored without its cue
(None) leaves its tallies unknown, and resolution reads their sentences as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tellytrack.model import Fact
from tellytrack.resolve.mentions import (
    CUE_TYPES,
    MIN_CUE_CONFIDENCE,
    PERSON_CUE_TYPES,
    SHOW_CUE_TYPES,
)
from tellytrack.resolve.names import words
from tellytrack.resolve.script import is_devanagari, normal_form

# A fact's cue: its type's bit (1 << its place in CUE_TYPES) when its sentence writes its
# show, and that bit shifted by ACTOR_SHIFT when the sentence writes its actor.
ACTOR_SHIFT = 4


def type_bit(fact_type: str) -> int:
    """A fact type's bit in a cue (0 for a type that types nothing)."""
    return 1 << CUE_TYPES.index(fact_type) if fact_type in CUE_TYPES else 0


def fact_cues(fact: Fact) -> int:
    """The fact's cue bits (``cue_bits``)."""
    ev = fact.evidence
    return cue_bits(fact.type, fact.show, fact.actor, fact.confidence, ev.text if ev else None)


def cue_bits(fact_type: str, show: str | None, actor: str | None, confidence: float,
             text: str | None) -> int:
    """A fact's cue bits: its type's bit when its sentence types its show (a show cue
    type), that bit shifted by ``ACTOR_SHIFT`` when it types its actor (a person cue
    type), as ``named_in`` tells, at a confidence that may type."""
    if text is None or not show or confidence < MIN_CUE_CONFIDENCE:
        return 0
    bit = type_bit(fact_type)
    out = bit if fact_type in SHOW_CUE_TYPES and named_in(show, text) else 0
    if fact_type in PERSON_CUE_TYPES and actor and named_in(actor, text):
        out |= bit << ACTOR_SHIFT
    return out


@lru_cache(maxsize=4096)
def _padded(text: str) -> str:
    """A sentence's normal form between spaces. Not through ``words``: its cache is for
    names, and holding every sentence's words there grew the writer by kilobytes an
    article (a resolution asks about a sentence a few times, one after the other)."""
    return f" {normal_form(text)} "


def named_in(raw: str, text: str) -> bool:
    """Whether a fact's sentence writes ``raw`` (word for word, normal form), and a
    one-word name stands on its own there (not a piece of a longer capitalised name)."""
    if f" {' '.join(words(raw))} " not in _padded(text):
        return False
    return len(raw.split()) > 1 or is_devanagari(raw) or _stands_alone(raw, text)


# What glues a one-word name into a longer one: a capitalised word right after it
# ("Meera Rao"), or a capitalised word and "of" before it ("House of Meera"); and
# what makes it a person: a verb of saying or acting right after it ("Meera says").
_GLUED_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]|(?:says|said|told|tells|shares|shared|adds|added|reveals|revealed"
    r"|recalls|recalled|explains|explained|plays|played|wrote|writes)\b)")
_GLUED_BEFORE = re.compile(r"[A-Z][a-z]+\s+of\s+$")


def _stands_alone(raw: str, text: str) -> bool:
    """Whether ``raw`` occurs in ``text`` once at least not glued into a longer name
    (True when the sentence spells it otherwise: the normal form already matched)."""
    spots = [m for m in re.finditer(rf"(?<!\w){re.escape(raw)}(?!\w)", text)]
    return not spots or any(not _GLUED_AFTER.match(text, m.end())
                            and not _GLUED_BEFORE.search(text, 0, m.start()) for m in spots)
