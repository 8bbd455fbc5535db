"""Every page and every GET route answers (no 5xx), on a KB that holds a BARC week 53.

The crawl starts from the home page and the listings, follows every link a
page holds, searches every character, and calls every GET route the app
declares with each show, person and article id filled in, with and without
the spoiler cut-off. A route whose path parameter it cannot fill fails the
test, so a new route cannot escape the crawl.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from tellytrack.model import Article, Evidence, Fact, PubDate
from tellytrack.resolve import resolve_store
from tellytrack.store.base import Incoming
from tellytrack.store.sqlite import SQLiteStore
from tellytrack.web.app import create_app
from web.conftest import build_kb
from web.crawl import crawl

WEEK_53 = "BARC week 53: Pyaar Ki Dor climbed to the second spot with 2.2."


def _week_53_article() -> Incoming:
    """A chart report of week 53 of 2023, a year with 52 ISO weeks."""
    art = Article.create(WEEK_53, outlet="trpdesk.example", published=PubDate.parse("2024-01-04"))
    ev = Evidence(art.id, 0, len(WEEK_53), WEEK_53)
    fact = Fact("rating", "Pyaar Ki Dor", rank=2, rating=2.2, week="2023-W53", evidence=ev)
    return Incoming(art, [fact])


@pytest.fixture(scope="module")
def crawler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path: Path = build_kb(tmp_path_factory.mktemp("crawl") / "kb.db")
    with SQLiteStore(path) as store:
        store.add_batch([_week_53_article()])
        resolve_store(store)
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c


def _ids(client: TestClient, route: str) -> list[str]:
    """Every id a paged API list holds."""
    out: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get(route, params={"limit": 500, "offset": offset}).json()
        out += [str(item["id"]) for item in page["items"]]
        offset = page["next_offset"]
    return out


def _fillings(client: TestClient) -> dict[str, list[dict[str, str]]]:
    """Every value each set of path parameters can take (a character: with its show)."""
    shows = _ids(client, "/api/v1/shows")
    characters = [{"show_id": sid, "name": name} for sid in shows
                  for name in client.get(f"/api/v1/shows/{quote(sid, safe='')}").json()
                  ["show"]["characters"]]
    return {"show_id": [{"show_id": s} for s in shows],
            "person_id": [{"person_id": p} for p in _ids(client, "/api/v1/people")],
            "article_id": [{"article_id": a} for a in _ids(client, "/api/v1/articles")],
            "name,show_id": characters}


def _route_urls(client: TestClient) -> list[str]:
    """Every GET route of the app, once per value its path parameters can take."""
    fillings = _fillings(client)
    urls: list[str] = []
    paths = list(get_paths(client.app.routes))  # type: ignore[attr-defined]
    assert len(paths) > 20  # the walk found the routers' routes
    for path in paths:
        params = re.findall(r"{(\w+)(?::\w+)?}", path)
        if not params:
            urls.append(path + ("?q=a" if "search" in path else ""))
            continue
        wanted = ",".join(sorted(params))
        assert wanted in fillings, f"the crawl cannot fill {path}"
        for values in fillings[wanted]:
            urls.append(re.sub(r"{(\w+)(?::\w+)?}",
                               lambda m, v=values: quote(v[m[1]], safe=""), path))
    return urls


def get_paths(routes: list[Any], prefix: str = "") -> Iterator[str]:
    """The path of every GET route, through included routers (FastAPI keeps those as
    wrappers holding the original router and the include's prefix)."""
    for route in routes:
        if isinstance(route, APIRoute):
            if "GET" in route.methods:
                yield prefix + route.path
        elif hasattr(route, "original_router"):
            yield from get_paths(route.original_router.routes,
                                 prefix + (route.include_context.prefix or ""))


def _character_searches(client: TestClient) -> list[str]:
    """A page search and an API search for every character of every show."""
    names = {c for sid in _ids(client, "/api/v1/shows")
             for c in client.get(f"/api/v1/shows/{quote(sid, safe='')}").json()["show"]
             ["characters"]}
    return [f"{base}?q={quote(n)}" for n in sorted(names) for base in ("/search", "/api/v1/search")]


@pytest.mark.slow
@pytest.mark.parametrize("until", [None, "2024-01-05"])
def test_no_page_or_route_answers_5xx(crawler: TestClient, until: str | None) -> None:
    """Every page, link and route answers below 500, week 53 and spoiler cut-off included."""
    start = ["/", "/shows", "/people", *_route_urls(crawler), *_character_searches(crawler)]
    if until:
        start = [f"{u}{'&' if '?' in u else '?'}until={until}" for u in start]
    seen = crawl(crawler, start)
    broken = sorted(u for u, (status, _) in seen.items() if status >= 500)
    assert not broken, broken
    assert len(seen) > 40  # the crawl really went through the KB
