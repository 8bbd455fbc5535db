"""Entity status and the curator's overrides in the store: each test on every backend."""

from __future__ import annotations

from tellytrack.model import Article, Entity, EntityKind, Evidence, Fact, PubDate
from tellytrack.resolve import resolve_store
from tellytrack.store.base import Incoming, Override

from .conftest import Backend, ClosingStore


def test_entity_status_and_evidence_round_trip(store: ClosingStore) -> None:
    """Admission's verdict and its reason come back as written."""
    listed = Entity("show:sc", EntityKind.SHOW, "Saath Chalenge", status="confirmed",
                    evidence="named in the sentence of a cast fact (2 independent stories)")
    mention = Entity("show:read", EntityKind.SHOW, "Read", status="unconfirmed",
                     evidence="a title does not say 'read' (1 independent story)")
    store.replace_entities([listed, mention])
    assert store.entities(EntityKind.SHOW) == [mention, listed]


def test_overrides_keep_their_order_and_can_be_deleted(store: ClosingStore) -> None:
    """Overrides apply oldest first, so ids rise; a deleted one is gone, twice is False."""
    first = store.add_override(Override("merge", "show", "Saath Chalenge", "SC"))
    second = store.add_override(Override("not-a-person", "person", "Read"))
    assert 0 < first.id < second.id and first.created
    assert [(o.action, o.target, o.value) for o in store.overrides()] == [
        ("merge", "Saath Chalenge", "SC"), ("not-a-person", "Read", None)]
    assert store.delete_override(first.id)
    assert not store.delete_override(first.id)
    assert store.overrides() == [second]


def test_overrides_outlive_the_connection(backend: Backend) -> None:
    """An override is stored, not held in memory: a new connection reads it."""
    with backend.open() as store:
        store.add_override(Override("rename", "show", "Saath Chalenge", "Saath Chalein"))
    with backend.open() as store:
        assert [o.value for o in store.overrides()] == ["Saath Chalein"]


def test_resolution_applies_stored_overrides(store: ClosingStore) -> None:
    """resolve_store reads the overrides beside the facts, on every backend."""
    art = Article.create("Riya Malhotra plays Meera in Saath Chalenge; SCK tops the chart.",
                         published=PubDate.parse("2024-03-05"), outlet="example.com")
    ev = Evidence(art.id, 0, len(art.text), art.text)
    facts = [Fact("cast", "Saath Chalenge", actor="Riya Malhotra", character="Meera",
                  confidence=0.9, evidence=ev),
             Fact("rating", "SCK", rank=1, confidence=0.9, evidence=ev)]
    store.add_batch([Incoming(art, facts)])
    store.add_override(Override("merge", "show", "Saath Chalenge", "SCK"))
    resolve_store(store)
    shows = store.entities(EntityKind.SHOW)
    assert [(e.id, e.aliases) for e in shows] == [
        ("show:sath-chalenge", ("SCK", "Saath Chalenge"))]
