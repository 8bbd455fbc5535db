"""resolve.lookup: an id, a spelling or a variant finds its stored entity."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tellytrack.model import EntityKind
from tellytrack.pipeline import ingest_paths
from tellytrack.resolve.lookup import find_person, find_show
from tellytrack.store.sqlite import SQLiteStore

ARTICLES = [
    {"id": "a1", "date": "2024-02-01",
     "text": "Pyaar Ki Dor: Kabeer Sethi aka Arjun quits the show\nActor Kabeer Sethi, who "
             "plays Arjun in Star Plus show Pyaar Ki Dor, has quit the show."},
    {"id": "a2", "date": "2024-02-03",
     "text": "Pyaar Ki Dor: Kabir Sethi aka Arjun bids adieu\nActor Kabir Sethi, who plays "
             "Arjun in Star Plus show Pyaar Ki Dor, has quit. Kabir Sethi said he was sad."},
]


def test_an_id_made_from_a_merged_spelling_finds_the_entity(
    tmp_path: Path, write_jsonl: Callable[[str, list[Any]], Path]
) -> None:
    """"Kabeer Sethi" and "Kabir Sethi" are one person with one id; a link made with the
    id the other spelling would have had (before a merge, say) still finds them, and an
    id no spelling stands behind finds nothing."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        ingest_paths(store, [str(write_jsonl("in.jsonl", ARTICLES))])
        people = [e.id for e in store.entities(EntityKind.PERSON)]
        assert len(people) == 1
        assert find_person(store, "person:kabir-sethi") == people[0]
        assert find_person(store, "person:kabeer-sethi") == people[0]
        assert find_person(store, "person:riya-malhotra") is None
        assert find_show(store, "person:kabir-sethi") is None  # another kind's id
