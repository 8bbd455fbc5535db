"""RSS and Atom feeds: one article per entry, via feedparser.

feedparser copes with every feed dialect (RSS 0.9x/1.0/2.0, Atom 0.3/1.0),
their date formats and declared encodings, and sanitises entry HTML. Entries
are named ``feed.xml#entry 4`` (1-based) in failures. An entry whose date
cannot be read is kept undated: the date is the publisher's, not the user's,
and losing the article would be worse than not knowing its day.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

import feedparser

from tellytrack.ingest.dates import date_from_feed, date_from_url
from tellytrack.ingest.html import fragment_text
from tellytrack.ingest.records import (
    Failure,
    Item,
    found_url,
    guarded,
    make_article,
    outlet_from_url,
)


def from_feed(data: bytes, item: str) -> Iterator[Item]:
    """Every entry of an RSS/Atom document as an Article or a Failure."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable feed ({problem})" if problem else "the feed has no entries"
        yield Failure(item, reason)
        return
    site = parsed.feed.get("link")
    for number, entry in enumerate(parsed.entries, start=1):
        name = f"{item}#entry {number}"
        yield guarded(name, partial(from_entry, entry, name, site))


def from_entry(entry: Any, item: str, site: str | None) -> Item:
    """One feed entry: full content if given, else the summary, as plain text."""
    text = fragment_text(_entry_html(entry))
    if not text:
        return Failure(item, "the entry has no summary or content text")
    url = found_url(entry.get("link"))
    raw_date = entry.get("published") or entry.get("updated")
    return make_article(
        text, origin=item, url=url, outlet=outlet_from_url(url) or outlet_from_url(site),
        published=date_from_feed(raw_date) or date_from_url(url),
        title=fragment_text(entry.get("title") or ""), source_id=entry.get("id"),
    )


def _entry_html(entry: Any) -> str:
    """The longest body an entry offers (content is usually fuller than summary)."""
    bodies = [str(c.get("value") or "") for c in entry.get("content", [])]
    bodies.append(str(entry.get("summary") or ""))
    return max(bodies, key=len)
