"""The response cache (``web/cache.py``): a GET is answered again from what was computed
at the store's current version, and any committed write (here an ingest through the
API) moves the version so the next answer is computed afresh (issue 15 part 2)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

from tellytrack.store.sqlite import SQLiteStore
from tellytrack.web.app import create_app

from .conftest import build_kb


def test_answers_are_reused_until_a_write(tmp_path: Path, token: str) -> None:
    """A change the store did not version (a raw edit) is not seen; an ingest is."""
    path = build_kb(tmp_path / "kb.db")
    with TestClient(create_app(path, token=token)) as client:
        first = client.get("/api/v1/shows").json()
        name = first["items"][0]["name"]
        with sqlite3.connect(path) as raw:  # behind the store's back: no new version
            raw.execute("UPDATE entities SET name = 'Renamed Behind' WHERE name = ?", (name,))
        again = client.get("/api/v1/shows")
        assert again.json() == first  # the same version: the kept answer
        assert again.headers["content-security-policy"]  # outer headers still added
        with SQLiteStore(path) as store:
            before = store.version()
        posted = client.post("/api/v1/articles", headers={"Authorization": f"Bearer {token}"},
                             json={"text": "Riya Rao plays Meera in Naya Safar, the makers said.",
                                   "date": "2024-05-01"})
        assert posted.status_code == 201, posted.text
        with SQLiteStore(path) as store:
            assert store.version() > before
        names = [s["name"] for s in client.get("/api/v1/shows").json()["items"]]
        assert "Renamed Behind" in names and name not in names  # computed afresh


def test_different_urls_and_cookies_are_answered_apart(client: TestClient) -> None:
    """The key is the path, the query and the cookies (the spoiler cut-off is one)."""
    whole = client.get("/api/v1/shows").json()
    one = client.get("/api/v1/shows", params={"limit": 1}).json()
    assert len(one["items"]) == 1 < len(whole["items"])
    client.cookies.set("tt_until", "2000-01-01")
    late = client.get("/").text
    client.cookies.clear()
    assert client.get("/").text != late
