"""Where a fact comes from: the article, its outlet and date, and the sentence."""

from __future__ import annotations

from dataclasses import dataclass

from tellytrack.query.result import Result
from tellytrack.store.base import StoredFact


@dataclass(frozen=True)
class Source(Result):
    """One piece of evidence; ``published`` is an ISO date with its precision."""

    article_id: str
    outlet: str | None
    published: str | None
    url: str | None
    title: str | None
    sentence: str | None
    start: int | None
    end: int | None


def source_of(sf: StoredFact) -> Source:
    """The source of one stored fact."""
    ev = sf.fact.evidence
    return Source(
        article_id=sf.article_id,
        outlet=sf.outlet,
        published=sf.published.iso() if sf.published else None,
        url=sf.url,
        title=sf.title,
        sentence=ev.text if ev else None,
        start=ev.start if ev else None,
        end=ev.end if ev else None,
    )


def sources_of(facts: list[StoredFact]) -> list[Source]:
    """Sources of several facts, one per article, oldest first."""
    seen: dict[str, Source] = {}
    for sf in facts:
        seen.setdefault(sf.article_id, source_of(sf))
    return sorted(seen.values(), key=lambda s: (s.published or "9999", s.article_id))


def independent_outlets(facts: list[StoredFact]) -> int:
    """How many outlets stand behind these facts, syndicated copies counted once.

    Each story (``story_id``: an article and its syndicated copies) counts for
    the outlet of its earliest article; the same outlet twice counts once.
    """
    first: dict[str, StoredFact] = {}
    for sf in sorted(facts, key=_order):
        first.setdefault(sf.story_id, sf)
    return len({sf.outlet or sf.story_id for sf in first.values()})


def _order(sf: StoredFact) -> tuple[str, str]:
    return (sf.published.start.isoformat() if sf.published else "9999", sf.article_id)
