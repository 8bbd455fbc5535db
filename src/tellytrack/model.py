"""The data model every stage passes along: articles, sentences, facts, evidence, entities.

All classes are frozen so that a value produced by one stage cannot be changed
behind the back of the next (ingest -> extract -> resolve -> store -> query).
The fact fields follow ``shared/eval/SPEC.md`` so that ``Fact.to_spec()`` is the
exchange format of ``tellytrack extract`` and the scorer.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any

FACT_TYPES: tuple[str, ...] = ("cast", "cast_change", "rating", "event", "relation", "show_info")
CHANGES = ("exit", "entry", "return")
CHANGE_STATUSES = ("confirmed", "reported", "denied")
EVENT_STATUSES = ("aired", "upcoming", "speculated")
EVENT_KINDS = (
    "leap", "death", "wedding", "divorce", "separation", "relocation", "accident",
    "pregnancy", "birth", "kidnapping", "arrest", "illness", "reunion", "engagement",
    "exposure",
)
RELATIONS = ("spouse", "ex_spouse", "parent", "sibling", "romance", "in_law")
UNORDERED_RELATIONS = frozenset({"spouse", "ex_spouse", "sibling", "romance", "in_law"})
INFO_FIELDS = ("channel", "producer", "platform")


class Precision(StrEnum):
    """How much of a date is known: an article dated "2023-12" is a month, not Dec 1st."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


@dataclass(frozen=True, order=True)
class PubDate:
    """A publication date with its precision; ``start`` is the first day it may mean."""

    start: date
    precision: Precision = Precision.DAY

    @classmethod
    def parse(cls, text: str) -> PubDate:
        """Read "YYYY", "YYYY-MM" or "YYYY-MM-DD"; raise ValueError on anything else."""
        m = _DATE_RE.match(text.strip())
        if not m:
            raise ValueError(f"not a date (want YYYY-MM-DD, YYYY-MM or YYYY): {text!r}")
        year, month, day = int(m[1]), m[2], m[3]
        if month is None:
            return cls(date(year, 1, 1), Precision.YEAR)
        if day is None:
            return cls(date(year, int(month), 1), Precision.MONTH)
        return cls(date(year, int(month), int(day)), Precision.DAY)

    @property
    def end(self) -> date:
        """The last day the date may mean: what a reader knew "by" this date."""
        if self.precision is Precision.DAY:
            return self.start
        if self.precision is Precision.MONTH:
            last = calendar.monthrange(self.start.year, self.start.month)[1]
            return self.start.replace(day=last)
        return self.start.replace(month=12, day=31)

    def iso(self) -> str:
        """The date written with exactly its precision."""
        if self.precision is Precision.YEAR:
            return f"{self.start.year:04d}"
        if self.precision is Precision.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()

    def __str__(self) -> str:
        return self.iso()


def content_id(text: str) -> str:
    """Article identity: a hash of its whitespace-folded text, so re-ingest is idempotent."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One dated news article as ingested; ``id`` is the content hash."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: PubDate | None = None
    title: str | None = None
    lang: str = "en"
    source_id: str | None = None  # the id the input gave it (e.g. a JSONL "id")
    origin: str | None = None  # where it was read from ("file.jsonl:3"), for messages

    @classmethod
    def create(cls, text: str, **kwargs: Any) -> Article:
        """Build an article whose id is derived from its text."""
        return cls(id=content_id(text), text=text, **kwargs)


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: the article and the sentence's character offsets."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Fact:
    """One typed fact from one article (fields per SPEC.md) with its evidence.

    ``status`` holds the SPEC status (cast_change: confirmed/reported/denied;
    event: aired/upcoming/speculated). ``modality`` is the cross-type reading
    of the same thing: stated, reported, denied or planned.
    """

    type: str
    show: str
    evidence: Evidence | None = None
    confidence: float = 0.5
    modality: str = "stated"
    actor: str | None = None
    character: str | None = None
    change: str | None = None
    status: str | None = None
    rank: int | None = None
    rating: float | None = None
    week: str | None = None
    kind: str | None = None
    characters: tuple[str, ...] = ()
    subject: str | None = None
    relation: str | None = None
    object: str | None = None
    field: str | None = None
    value: str | None = None

    def to_spec(self) -> dict[str, Any]:
        """The SPEC.md JSON form of this fact (only the fields its type has)."""
        out: dict[str, Any] = {"type": self.type, "show": self.show}
        for name in SPEC_FIELDS[self.type]:
            value = getattr(self, name)
            out[name] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_spec(cls, obj: dict[str, Any], **extra: Any) -> Fact:
        """Build a fact from its SPEC.md JSON form (gold files, API input)."""
        kwargs: dict[str, Any] = {"type": obj["type"], "show": _first(obj.get("show")) or ""}
        for name in SPEC_FIELDS.get(obj["type"], ()):
            value = obj.get(name)
            if name == "characters":
                kwargs[name] = tuple(_first(v) or "" for v in value or ())
            elif name in ("rank",):
                kwargs[name] = int(value) if value is not None else None
            elif name == "rating":
                kwargs[name] = float(value) if value is not None else None
            else:
                kwargs[name] = _first(value)
        kwargs.update(extra)
        return cls(**kwargs)

    def key(self) -> tuple[Any, ...]:
        """What makes two facts of one article "the same fact" (listed once)."""
        return (self.type, self.show.lower(), *(
            str(getattr(self, n)).lower() for n in SPEC_KEYS[self.type]))

    def with_(self, **changes: Any) -> Fact:
        """A copy with some fields changed (facts are frozen)."""
        return replace(self, **changes)


def _first(value: Any) -> Any:
    """Gold name fields may be lists of alternatives; the first is the canonical form."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


SPEC_FIELDS: dict[str, tuple[str, ...]] = {
    "cast": ("actor", "character"),
    "cast_change": ("actor", "character", "change", "status"),
    "rating": ("rank", "rating", "week"),
    "event": ("kind", "characters", "status"),
    "relation": ("subject", "relation", "object"),
    "show_info": ("field", "value"),
}
SPEC_KEYS: dict[str, tuple[str, ...]] = {
    "cast": ("actor", "character"),
    "cast_change": ("actor", "change"),
    "rating": ("week",),
    "event": ("kind",),
    "relation": ("subject", "relation", "object"),
    "show_info": ("field", "value"),
}
FACT_FIELDS = tuple(f.name for f in fields(Fact))


class EntityKind(StrEnum):
    """The kinds of thing the knowledge base names."""

    SHOW = "show"
    PERSON = "person"
    CHARACTER = "character"
    CHANNEL = "channel"
    OUTLET = "outlet"


# Whether an entity is listed (docs/kb.md, "Admission"): "confirmed" entities are
# listed; "unconfirmed" ones are mentions whose evidence does not say what they are
# (shown on request, e.g. ``--all``); "rejected" ones were ruled out by a curator.
ENTITY_STATUSES = ("confirmed", "unconfirmed", "rejected")


@dataclass(frozen=True)
class Entity:
    """A canonical named thing; a character is scoped to its show (``show_id``).

    ``status`` is one of ``ENTITY_STATUSES``; ``evidence`` says in a few words why
    (e.g. "cast fact names it", "3 independent stories", "also a person's name").
    """

    id: str
    kind: EntityKind
    name: str
    show_id: str | None = None
    aliases: tuple[str, ...] = field(default=())
    status: str = "confirmed"
    evidence: str = ""

    @property
    def listed(self) -> bool:
        """Whether the entity appears in listings, search and answers by default."""
        return self.status == "confirmed"
