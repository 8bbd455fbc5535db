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


def _route_urls(client: TestClient) -> list[str]:
    """Every GET route of the app, once per id its path parameters can take."""
    values = {"show_id": _ids(client, "/api/v1/shows"),
              "person_id": _ids(client, "/api/v1/people"),
              "article_id": _ids(client, "/api/v1/articles")}
    urls: list[str] = []
    for route in client.app.routes:  # type: ignore[attr-defined]
        if not isinstance(route, APIRoute) or "GET" not in route.methods:
            continue
        params = re.findall(r"{(\w+)}", route.path)
        assert all(p in values for p in params), f"the crawl cannot fill {route.path}"
        if not params:
            urls.append(route.path + ("?q=a" if "search" in route.path else ""))
        for p in params:
            urls += [route.path.replace(f"{{{p}}}", quote(v, safe="")) for v in values[p]]
    return urls


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
