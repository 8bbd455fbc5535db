"""The web UI over the KB `tellytrack demo` builds: a new user sees the sample shows at once."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from tellytrack.web.app import create_app

SAMPLE_SHOWS = ("Saath Chalenge", "Pyaar Ki Dor", "Kesar Ki Kahani")


def test_home_lists_the_sample_shows(demo_kb: Path) -> None:
    """The home page names every bundled sample show and links to it."""
    with TestClient(create_app(demo_kb)) as client:
        home = client.get("/")
    assert home.status_code == 200
    for name in SAMPLE_SHOWS:
        assert name in home.text


def test_every_show_person_and_article_page_renders(demo_kb: Path) -> None:
    """No page of the demo KB errors, whatever the extractors found."""
    with TestClient(create_app(demo_kb)) as client:
        shows = client.get("/api/v1/shows").json()["items"]
        people = client.get("/api/v1/people", params={"limit": 500}).json()["items"]
        articles = client.get("/api/v1/articles", params={"limit": 500}).json()["items"]
        paths = ([f"/shows/{s['id']}" for s in shows] + [f"/people/{p['id']}" for p in people]
                 + [f"/articles/{a['id']}" for a in articles]
                 + [f"/shows/{s['id']}?until=2024-01-31" for s in shows])
        assert len(articles) == 15 and shows and people
        failed = [p for p in paths if client.get(p).status_code != 200]
    assert failed == []
