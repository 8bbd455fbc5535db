"""What every answer handler shares: the question, the names, the time it asks about.

:class:`Ask` turns the question's time words into the query layer's
:class:`~tellytrack.query.time.TimeFilter` (world time ``as_of``; news time
``known_by`` = the reference date when one is given), anchors "before the
leap" on the show's timeline, and collects why a handler could not answer
(``fail``) together with the closest things it does know.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tellytrack.qa.dates import When
from tellytrack.qa.names import Names
from tellytrack.qa.parse import Question
from tellytrack.query.result import Result
from tellytrack.query.sources import Source
from tellytrack.query.time import TimeFilter
from tellytrack.store.base import Store


@dataclass(frozen=True)
class Finding(Result):
    """One statement an answer rests on, with the sources that state it."""

    statement: str
    sources: list[Source]


@dataclass
class Ask:
    """One question being answered."""

    store: Store
    question: Question
    names: Names
    today: date | None  # the explicit reference date, if any
    failure: str | None = None
    closest: list[Finding] = field(default_factory=list)
    anchored: When | None = None

    @classmethod
    def of(cls, store: Store, question: Question, today: date | None) -> Ask:
        return cls(store, question, Names.of(store), today)

    @property
    def when(self) -> When | None:
        """The question's time, with an event anchor resolved when it has been."""
        return self.anchored or self.question.when

    @property
    def dated(self) -> bool:
        """Whether the question names a time other than "now"."""
        w = self.when
        return w is not None and w.mode != "now" and w.start is not None

    def filter(self) -> TimeFilter:
        """The query time: the question's day (or the reference date) and the news by then."""
        w = self.when
        as_of = w.as_of if w is not None and self.dated else self.today
        return TimeFilter(as_of=as_of, known_by=self.today)

    def news_filter(self) -> TimeFilter:
        """All news up to the reference date, at no particular world time."""
        return TimeFilter(as_of=None, known_by=self.today)

    def window(self) -> tuple[date | None, date | None]:
        """The span of world time asked about (None ends are open)."""
        w = self.when
        if w is None or not self.dated:
            return None, self.today
        start, end = w.window
        if self.today is not None:
            end = min(end, self.today) if end else self.today
        return start, end

    def fail(self, text: str, closest: list[Finding] | None = None) -> None:
        """Record why there is no answer; handlers return this (None)."""
        self.failure = text if text.startswith("I don't know") else f"I don't know {text}"
        self.closest = closest or []

    def as_of_label(self) -> str | None:
        """The date the answer speaks for: the asked day, the reference date, or the latest news."""
        as_of = self.filter().as_of
        if as_of is not None:
            return as_of.isoformat()
        newest = self.store.articles(limit=1)
        published = newest[0].published if newest else None
        return published.iso() if published else None

    def time_words(self) -> str:
        """How the answer names its time ("on 2024-03-05", "now")."""
        w = self.when
        if w is None or w.mode == "now":
            return f"as of {self.today.isoformat()}" if self.today else "now"
        return w.describe()
