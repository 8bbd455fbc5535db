"""Articles through the real pipeline into SQLite, then the queries; in any order."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tellytrack.pipeline import ingest_paths
from tellytrack.query import TimeFilter, cast, person, rumours
from tellytrack.store.sqlite import SQLiteStore

SHOW = "Kesar Ki Kahani"
ARTICLES = [
    {"id": "t1", "date": "2023-01-05", "outlet": "a.example",
     "text": "Kesar Ki Kahani: Riya Malhotra aka Meera wins hearts. "
             "Kabir Sethi, who plays Arjun, praised her."},
    {"id": "t2", "date": "2023-02-01", "outlet": "b.example",
     "text": "Kesar Ki Kahani: Reportedly, Riya Malhotra is likely to quit the show "
             "Kesar Ki Kahani."},
    {"id": "t3", "date": "2023-02-10", "outlet": "c.example",
     "text": "Riya Malhotra has denied the rumours that she is quitting Kesar Ki Kahani."},
    {"id": "t4", "date": "2023-03-10", "outlet": "d.example",
     "text": "Riya Malhotra has quit Kesar Ki Kahani."},
]


def build(tmp_path: Path, name: str, order: list[int]) -> SQLiteStore:
    """A KB from the articles ingested one file at a time in ``order``."""
    store = SQLiteStore(tmp_path / f"{name}.db")
    for i in order:
        path = tmp_path / f"{name}-{i}.jsonl"
        path.write_text(json.dumps(ARTICLES[i]) + "\n", encoding="utf-8")
        ingest_paths(store, [path])
    return store


def test_rumour_then_denial_then_exit(tmp_path: Path) -> None:
    """Riya plays Meera until her confirmed exit; the rumour is denied, then confirmed."""
    store = build(tmp_path, "kb", [0, 1, 2, 3])
    on = {d: TimeFilter(as_of=date.fromisoformat(d)) for d in ("2023-02-15", "2023-04-01")}
    before, after = cast(store, SHOW, on["2023-02-15"]), cast(store, SHOW, on["2023-04-01"])
    assert before is not None and after is not None
    assert ("Meera", "Riya Malhotra") in {(t.character, t.actor) for t in before.current}
    assert ("Meera", "Riya Malhotra") in {(t.character, t.actor) for t in after.former}
    assert [c.state for c in rumours(store, SHOW, on["2023-02-15"])] == ["denied"]
    assert [c.state for c in rumours(store, SHOW)] == ["confirmed"]
    store.close()


def test_ingest_order_never_changes_the_answers(tmp_path: Path) -> None:
    """Re-ingesting in another order gives the same entities and the same answers."""
    one, two = build(tmp_path, "one", [0, 1, 2, 3]), build(tmp_path, "two", [3, 1, 0, 2])
    assert one.entities() == two.entities()
    for when in (TimeFilter(), TimeFilter(as_of=date(2023, 2, 15))):
        for a, b in ((cast(one, SHOW, when), cast(two, SHOW, when)),
                     (person(one, "Riya", when), person(two, "Riya", when))):
            assert a is not None and b is not None
            assert a.to_dict() == b.to_dict()
        assert [c.to_dict() for c in rumours(one, SHOW, when)] == [
            c.to_dict() for c in rumours(two, SHOW, when)]
    one.close()
    two.close()
