"""The one module that knows every stage: read → dedup → extract → store → resolve.

``ingest_paths`` reads articles in batches; an article already stored (same
content id) is skipped before extraction, so re-ingesting an archive is cheap
and changes nothing. A near-duplicate of a stored article (or of one earlier in
the run) is stored as a syndicated copy of it. Each batch is written in one
transaction; when a batch fails, its articles are retried one by one so that
only the article at fault is reported and everything else is kept.

Resolution is crash-safe: each stored batch marks the store as needing
resolution in its own transaction, and the mark is cleared only once a
resolution has finished (:func:`finish_resolution`). A run killed anywhere
leaves either an unmarked store whose entities are current, or a marked one
that the next command opening it resolves (the CLI's ``open_store``, the web
app at start-up, any ingest).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from tellytrack.extract import extract_facts
from tellytrack.ingest import Failure, read_paths
from tellytrack.ingest.dedup import NearDuplicateIndex, signature
from tellytrack.model import Article
from tellytrack.resolve import resolve_store
from tellytrack.store.base import BatchResult, Incoming, Store

Progress = Callable[[int], None]  # called with the number of input items just handled


@dataclass
class IngestReport:
    """What one ingest run did; ``failed`` names every item that was not stored."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    syndicated: int = 0
    facts: int = 0
    failed: list[Failure] = field(default_factory=list)

    def add(self, result: BatchResult) -> None:
        """Count what one stored batch did."""
        self.new += result.new
        self.duplicate += result.duplicate
        self.syndicated += result.syndicated
        self.facts += result.facts

    def as_dict(self) -> dict[str, Any]:
        """Plain counts (failures as "item: message") for JSON output."""
        return {"read": self.read, "new": self.new, "duplicate": self.duplicate,
                "syndicated": self.syndicated, "failed": [str(f) for f in self.failed],
                "facts": self.facts}


def ingest_paths(
    store: Store,
    paths: Sequence[str | Path],
    *,
    progress: Progress | None = None,
    batch_size: int = 200,
    stdin: TextIO | None = None,
) -> IngestReport:
    """Read, deduplicate, extract and store every article under ``paths``."""
    items = read_paths([str(p) for p in paths], stdin=stdin)
    return ingest_items(store, items, progress=progress, batch_size=batch_size)


def ingest_items(
    store: Store,
    items: Iterable[Article | Failure],
    *,
    progress: Progress | None = None,
    batch_size: int = 200,
) -> IngestReport:
    """Deduplicate, extract and store articles already read (failures are reported)."""
    report = IngestReport()
    index = NearDuplicateIndex()
    for article_id, sig in store.signatures():
        index.add(article_id, sig)
    seen: set[str] = set()
    for batch in _batches(items, batch_size):
        report.read += len(batch)
        prepared = []
        for entry in batch:  # progress per article: a batch can take seconds
            prepared.append(_prepare(entry, store, index, seen, report))
            if progress is not None:
                progress(1)
        _store(store, [i for i in prepared if i is not None], report)
    finish_resolution(store)
    return report


def finish_resolution(store: Store) -> bool:
    """Resolve the store if a stored batch is not resolved yet; whether it ran.

    The mark is read before the facts, so a batch stored meanwhile by another
    writer stays marked for the next run (the resolution may not have seen it).
    """
    pending = store.resolution_pending()
    if pending is None:
        return False
    resolve_store(store)
    store.resolution_done(pending)
    return True


def _prepare(
    entry: Article | Failure,
    store: Store,
    index: NearDuplicateIndex,
    seen: set[str],
    report: IngestReport,
) -> Incoming | None:
    """One article made ready to store, or None (failure or exact duplicate, counted)."""
    if isinstance(entry, Failure):
        report.failed.append(entry)
        return None
    if entry.id in seen or store.has_article(entry.id):
        report.duplicate += 1
        return None
    seen.add(entry.id)
    try:
        facts = extract_facts(entry)
        sig = signature(entry.text)
    except Exception as e:  # an extractor bug must cost one article, not the run
        report.failed.append(Failure(_name(entry), f"extraction failed ({type(e).__name__}: "
                                     f"{str(e)[:300]}); please report this article as a bug"))
        return None
    copy_of = index.find(sig)
    index.add(entry.id, sig)
    return Incoming(entry, facts, copy_of=copy_of, signature=sig)


def _store(store: Store, items: list[Incoming], report: IngestReport) -> None:
    """Write a batch in one transaction; on failure, isolate the article at fault."""
    if not items:
        return
    try:
        report.add(store.add_batch(items))
        return
    except Exception:  # any backend's error: the batch rolled back, find the culprit
        pass
    for item in items:
        try:
            report.add(store.add_batch([item]))
        except Exception as e:
            report.failed.append(Failure(_name(item.article), f"not stored: {e}"))


def _name(article: Article) -> str:
    """How a person finds the article again: where it was read from, else its id."""
    return article.origin or article.source_id or article.id


def _batches(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
