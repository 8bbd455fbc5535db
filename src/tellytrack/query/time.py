"""The two kinds of time every query takes.

``as_of`` is world time: what was true on that day, judged by everything the
knowledge base knows (including articles published later). ``known_by`` is
news time: only articles published by then count. A date keeps its precision:
an article dated "2023-12" is known by, and vouches for, the END of December,
never the 1st, so both filters compare against ``PubDate.end``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tellytrack.model import PubDate
from tellytrack.query.result import Result


@dataclass(frozen=True)
class TimeFilter(Result):
    """World time (``as_of``) and news time (``known_by``); None means "now"."""

    as_of: date | None = None
    known_by: date | None = None

    def known(self, published: PubDate | None) -> bool:
        """Whether an article of this date had been published by ``known_by``.

        An undated article cannot be placed in news time, so it only counts
        when no ``known_by`` is asked.
        """
        if self.known_by is None:
            return True
        return published is not None and published.end <= self.known_by

    def by_as_of(self, when: PubDate | None) -> bool:
        """Whether something dated ``when`` had certainly happened by ``as_of``."""
        if self.as_of is None:
            return True
        return when is not None and when.end <= self.as_of


NOW = TimeFilter()
