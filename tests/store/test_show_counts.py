"""The listing counts the store keeps per show (``Store.show_counts``) always equal what
counting every linked fact gives: after a rebuild, after each incremental resolution
(which relinks only the shows it touches), and after curation that renames a show, on
SQLite and on PostgreSQL (issue 15 part 2: a listing reads no fact)."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from tellytrack.model import Article, Evidence, Fact, PubDate
from tellytrack.resolve import incremental, resolve_new, resolve_store
from tellytrack.resolve.curation import curate
from tellytrack.store import Incoming
from tellytrack.store.base import ShowCounts, StoredFact

from .conftest import ClosingStore
from .test_stored_resolution import cast

SHOW, DOR = "Saath Chalenge", "Pyaar Ki Dor"


def add(store: ClosingStore, day: str | None, text: str, *facts: Fact) -> None:
    """Store one invented article of ``day`` (None: undated) with ``facts``."""
    art = Article.create(text, published=PubDate.parse(day) if day else None,
                         outlet="example.com")
    ev = Evidence(art.id, 0, len(text), text)
    store.add_batch([Incoming(art, [f.with_(evidence=ev) for f in facts])])


def channel(show: str, value: str) -> Fact:
    return Fact("show_info", show, field="channel", value=value, confidence=0.9)


def counted(store: ClosingStore) -> list[ShowCounts]:
    """The plain twin: the counts from every linked fact, by show id."""
    groups: dict[str, list[StoredFact]] = defaultdict(list)
    for sf in store.facts():
        if sf.show_id is not None:
            groups[sf.show_id].append(sf)
    out = []
    for sid in sorted(groups):
        facts = groups[sid]
        dated = [sf.published for sf in facts if sf.published]
        votes = Counter((str(sf.fact.field), str(sf.fact.value)) for sf in facts
                        if sf.fact.type == "show_info" and sf.fact.field and sf.fact.value)
        out.append(ShowCounts(sid, len(facts), len({sf.article_id for sf in facts}),
                              max(dated) if dated else None,
                              tuple(sorted((f, v, n) for (f, v), n in votes.items()))))
    return out


def test_counts_follow_every_resolution_write(store: ClosingStore,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Rebuild, incremental batches (a show's spelling joining it, a new show), renames."""
    monkeypatch.setattr(incremental, "FULL_SHARE", 1.0)  # tiny KB: stay incremental
    add(store, "2024-03-05", "Riya Malhotra plays Meera in Saath Chalenge on Colors.",
        cast("Riya Malhotra", "Meera"), channel(SHOW, "Colors"))
    assert resolve_new(store) == "rebuild"
    assert store.show_counts() == counted(store) and counted(store)
    for day, text, facts in [
        ("2024-04", "Kabir Sethi plays Arjun in Saath Chalenge.", [cast("Kabir Sethi", "Arjun")]),
        (None, "Riya plays Meera in Sath Chalenge, on COLORS.",
         [cast("Riya", "Meera", show="Sath Chalenge"), channel("Sath Chalenge", "COLORS")]),
        ("2024-04-30", "Kabir Sethi plays Rohan in Pyaar Ki Dor on Star Plus.",
         [cast("Kabir Sethi", "Rohan", DOR), channel(DOR, "Star Plus")]),
    ]:
        add(store, day, text, *facts)
        assert resolve_new(store) == "incremental"
        assert store.show_counts() == counted(store)
    curate(store, "rename", SHOW, "Saath Chalenge Phir Se")
    assert store.show_counts() == counted(store)
    assert {c.show_id for c in store.show_counts()} == {"show:sath-chalenge-phir-se",
                                                        "show:pyar-ki-dor"}
    resolve_store(store)
    latest = {c.show_id: c.latest for c in store.show_counts()}
    assert store.show_counts() == counted(store)
    assert latest["show:sath-chalenge-phir-se"] == PubDate.parse("2024-04")  # month > 03-05
