"""Build a real SQLite knowledge base from short dated articles a test writes.

``KB.add(day, outlet, *facts)`` stores one invented article (its text names
the facts, so every article has its own content id) with those facts, each
evidenced by the whole text, then re-resolves, exactly as the pipeline does.
"""

from __future__ import annotations

from pathlib import Path

from tellytrack.model import Article, Evidence, Fact, PubDate
from tellytrack.resolve import resolve_store
from tellytrack.store.base import Incoming
from tellytrack.store.sqlite import SQLiteStore


class KB:
    """A tmp_path SQLite store plus a writer for dated articles."""

    def __init__(self, path: Path) -> None:
        self.store = SQLiteStore(path)

    def add(self, day: str | None, outlet: str, *facts: Fact, text: str | None = None,
            copy_of: str | None = None) -> str:
        """Store one article of ``day`` (None: undated) from ``outlet``; returns its id."""
        body = text or f"{outlet} on {day}: " + "; ".join(repr(f.to_spec()) for f in facts)
        art = Article.create(body, outlet=outlet, published=PubDate.parse(day) if day else None,
                             url=f"https://{outlet}/{day}", title=body[:40])
        ev = Evidence(art.id, 0, len(body), body)
        self.store.add_batch([Incoming(art, [f.with_(evidence=ev) for f in facts],
                                       copy_of=copy_of)])
        resolve_store(self.store)
        return art.id


def cast(show: str, actor: str, character: str) -> Fact:
    """A cast fact: ``actor`` plays ``character`` in ``show``."""
    return Fact("cast", show, actor=actor, character=character)


def change(show: str, actor: str, change_: str, status: str, character: str | None = None) -> Fact:
    """A cast-change fact."""
    return Fact("cast_change", show, actor=actor, character=character, change=change_,
                status=status)
