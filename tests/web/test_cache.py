"""The response cache (``web/cache.py``): a GET is answered again from what was computed
at the store's current version, and any committed write (here an ingest through the
API) moves the version so the next answer is computed afresh (issue 15 part 2); one
computation per URL at a time, the previous answer served while it runs."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from tellytrack.store.base import Override
from tellytrack.store.sqlite import SQLiteStore
from tellytrack.web.app import create_app
from tellytrack.web.cache import ResponseCache

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


class _Held:
    """A route that counts its computations and finishes only when let go, so a test
    can hold one computation open while other requests arrive."""

    def __init__(self) -> None:
        self.computed = 0
        self.go = asyncio.Event()

    async def endpoint(self, request: Request) -> PlainTextResponse:
        self.computed += 1
        n = self.computed
        await self.go.wait()
        return PlainTextResponse(f"answer {n}")


def _held_app(path: Path) -> tuple[Starlette, _Held]:
    held = _Held()
    app = Starlette(routes=[Route("/page", held.endpoint)])
    app.state.db_path = path
    app.add_middleware(ResponseCache)
    return app, held


def _bump(path: Path) -> None:
    """A committed write: the store's version moves."""
    with SQLiteStore(path) as store:
        store.add_override(Override("confirm", "show", "Saath Chalenge"))


async def _readers(app: Starlette, held: _Held, n: int) -> list[str]:
    """``n`` concurrent GETs of /page, the computation let go once they have all arrived."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        pending = [asyncio.create_task(client.get("/page")) for _ in range(n)]
        await asyncio.sleep(0.05)
        held.go.set()
        return [(await p).text for p in pending]


def test_concurrent_misses_compute_once(tmp_path: Path) -> None:
    """Readers of one URL at one version wait for one computation (not one each)."""
    app, held = _held_app(build_kb(tmp_path / "kb.db"))
    assert asyncio.run(_readers(app, held, 20)) == ["answer 1"] * 20
    assert held.computed == 1


def test_stale_answer_only_while_the_fresh_one_is_computed(tmp_path: Path) -> None:
    """After a write, the first reader computes the new answer (and gets it); readers
    arriving meanwhile get the previous one at once; later readers get the new one."""
    path = build_kb(tmp_path / "kb.db")
    app, held = _held_app(path)

    async def scenario() -> tuple[str, str, str]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://test") as client:
            held.go.set()
            await client.get("/page")  # answer 1, kept
            held.go.clear()
            _bump(path)
            first = asyncio.create_task(client.get("/page"))  # computes answer 2, held
            await asyncio.sleep(0.05)
            during = (await asyncio.wait_for(client.get("/page"), 10)).text  # the kept one
            held.go.set()
            return (await first).text, during, (await client.get("/page")).text

    assert asyncio.run(scenario()) == ("answer 2", "answer 1", "answer 2")
    assert held.computed == 2


def test_kept_answers_stay_within_the_byte_budget(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Answers are kept up to ``BUDGET`` bytes: past it the least recently used go, so a
    server walking through thousands of pages does not grow without bound."""
    from tellytrack.web import cache

    path = build_kb(tmp_path / "kb.db")
    app = create_app(path, token="t")
    with TestClient(app) as client:
        sizes = [len(client.get("/api/v1/shows", params={"limit": n}).content)
                 for n in (1, 2, 3)]
        kept = _cache_of(app)
        assert kept.kept_bytes == sum(sizes) and len(kept.answers) == 3
        monkeypatch.setattr(cache, "BUDGET", sizes[1] + sizes[2])
        client.get("/api/v1/shows", params={"limit": 2})  # used again: kept last
        client.get("/api/v1/shows", params={"limit": 4})  # over the budget: the oldest go
        keys = [key[1] for key in kept.answers]
        assert b"limit=1" not in keys and keys[-1] == b"limit=4"
        assert kept.kept_bytes <= cache.BUDGET


def _cache_of(app: Starlette) -> ResponseCache:
    """The app's ResponseCache instance, found down its built middleware stack."""
    layer = app.middleware_stack
    while not isinstance(layer, ResponseCache):
        layer = layer.app  # type: ignore[union-attr]
    return layer
