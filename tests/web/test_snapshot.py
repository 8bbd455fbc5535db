"""Every GET reads one snapshot of the knowledge base (``Store.begin_read``, opened by
``web.app.store_for``): a page makes several reads (the show, its part of the stored
resolution, its facts), and a write committed between two of them must not give it
half of each (an id read before a merge, looked up after it)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from tellytrack.store.base import Override
from tellytrack.store.sqlite import SQLiteStore

from .conftest import TOKEN, build_kb


def test_a_snapshot_does_not_see_a_later_commit(tmp_path: Path) -> None:
    """A reader in a snapshot keeps seeing its version while a writer commits, without
    waiting for it; after ``end_read`` it sees the commit."""
    path = build_kb(tmp_path / "kb.db")
    with SQLiteStore(path) as reader, SQLiteStore(path) as writer:
        reader.begin_read()
        before = reader.version()
        writer.add_override(Override("confirm", "show", "Saath Chalenge"))
        assert writer.version() > before
        assert reader.version() == before and len(reader.overrides()) == 0
        reader.end_read()
        assert reader.version() == writer.version() and len(reader.overrides()) == 1


def test_pages_read_in_a_snapshot_and_writes_still_work(fresh_client: TestClient) -> None:
    """GETs go through the snapshot (and answer); a POST, which writes, is not in one."""
    assert fresh_client.get("/shows/Saath%20Chalenge").status_code == 200
    posted = fresh_client.post("/api/v1/articles", headers={"Authorization": f"Bearer {TOKEN}"},
                               json={"text": "Riya Rao plays Meera in Naya Safar.",
                                     "date": "2024-05-01"})
    assert posted.status_code == 201, posted.text
    assert fresh_client.get("/api/v1/shows").status_code == 200


def test_a_kept_store_sees_later_commits(tmp_path: Path) -> None:
    """Requests reuse the stores of the app's pool (opening one per request cost a third
    of a request's CPU); each GET's snapshot starts afresh, so a reused store sees what
    was committed since by another connection."""
    from tellytrack.web.app import create_app

    path = build_kb(tmp_path / "kb.db")
    app = create_app(path, token=TOKEN)
    with TestClient(app) as client:
        assert client.get("/api/v1/overrides").json()["items"] == []
        kept = list(app.state.stores.idle)
        with SQLiteStore(path) as writer:
            writer.add_override(Override("confirm", "show", "Saath Chalenge"))
        assert len(client.get("/api/v1/overrides").json()["items"]) == 1
        assert app.state.stores.idle == kept and len(kept) == 1  # the same store, again
