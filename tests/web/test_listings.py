"""The /shows and /people index pages and their API twins."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_shows_index_lists_and_links_every_show(client: TestClient) -> None:
    html = client.get("/shows").text
    for name in ("Saath Chalenge", "Pyaar Ki Dor", "Kesar Ki Kahani"):
        assert name in html
    assert 'href="/shows/show%3A' in html


def test_shows_index_finds_by_initials(client: TestClient) -> None:
    """"PKD" is Pyaar Ki Dor's initials."""
    html = client.get("/shows", params={"q": "PKD"}).text
    assert "Pyaar Ki Dor" in html and "Saath Chalenge" not in html


def test_people_index_and_cut_off(client: TestClient) -> None:
    """Naina Kapoor is first named on 2024-02-02: not listed before."""
    assert "Naina Kapoor" in client.get("/people").text
    assert "Naina Kapoor" not in client.get("/people", params={"until": "2024-01-15"}).text


def test_api_listings_carry_status(client: TestClient) -> None:
    people = client.get("/api/v1/people").json()["items"]
    assert people and all({"id", "name", "aliases", "status"} <= set(p) for p in people)
    shows = client.get("/api/v1/shows", params={"q": "kkk"}).json()["items"]
    assert [s["name"] for s in shows] == ["Kesar Ki Kahani"]
    assert shows[0]["status"] == "confirmed"
