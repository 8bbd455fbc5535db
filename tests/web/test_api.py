"""The JSON API in-process, over a real SQLite KB of invented articles."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from tellytrack.store.sqlite import SQLiteStore
from tellytrack.web import api, ask, curate, export, pages
from tellytrack.web.app import API_PREFIX, CSP, create_app

SHOW_ID = "Saath Chalenge"  # any spelling or id is accepted


def test_shows_list_is_paged_with_stable_ids(client: TestClient) -> None:
    """Pages chain through next_offset and ids do not change between calls."""
    first = client.get("/api/v1/shows", params={"limit": 2}).json()
    assert first["total"] == 3 and len(first["items"]) == 2 and first["next_offset"] == 2
    rest = client.get("/api/v1/shows", params={"limit": 2, "offset": 2}).json()
    assert rest["next_offset"] is None and len(rest["items"]) == 1
    again = client.get("/api/v1/shows").json()["items"]
    assert [s["id"] for s in again] == [s["id"] for s in first["items"] + rest["items"]]


def test_shows_search_by_name(client: TestClient) -> None:
    """q keeps only the shows whose name contains it."""
    items = client.get("/api/v1/shows", params={"q": "pyaar"}).json()["items"]
    assert [s["name"] for s in items] == ["Pyaar Ki Dor"]


def test_show_detail_has_every_part(client: TestClient) -> None:
    """One show's JSON holds what its page shows: details, cast, timeline, ratings, ..."""
    data = client.get(f"/api/v1/shows/{SHOW_ID}").json()
    assert data["show"]["name"] == "Saath Chalenge" and data["show"]["channel"] == "Star Plus"
    assert {"cast", "timeline", "ratings", "rumours", "relations"} <= data.keys()
    by_id = client.get(f"/api/v1/shows/{data['show']['id']}").json()
    assert by_id["show"] == data["show"]


def test_cast_as_of_a_date(client: TestClient) -> None:
    """Before the replacement Tanvi Desai is Kavya; after it Naina Kapoor is."""
    def kavya(as_of: str) -> str:
        cast = client.get(f"/api/v1/shows/{SHOW_ID}/cast", params={"as_of": as_of}).json()
        return next(t["actor"] for t in cast["current"] if t["character"] == "Kavya")
    assert kavya("2024-01-20") == "Tanvi Desai"
    assert kavya("2024-03-01") == "Naina Kapoor"


def test_timeline_from_to_window(client: TestClient) -> None:
    """from/to keep only the events inside the window."""
    page = client.get(f"/api/v1/shows/{SHOW_ID}/timeline",
                      params={"from": "2024-01-15", "to": "2024-01-31"}).json()
    assert [e["kind"] for e in page["items"]] == ["leap"]


def test_rumour_history_in_order(client: TestClient) -> None:
    """A claim carries its reported → denied → confirmed history with outlets and dates."""
    claims = client.get(f"/api/v1/shows/{SHOW_ID}/rumours").json()["items"]
    exit_claim = next(c for c in claims if c["actor"] == "Tanvi Desai")
    assert [s["status"] for s in exit_claim["history"]] == ["reported", "denied", "confirmed"]
    assert exit_claim["history"][0]["outlet"] == "soapwatch.example"
    assert client.get("/api/v1/rumours").json()["total"] == len(claims)


def test_ratings_series(client: TestClient) -> None:
    """The weekly series in week order, with rank and rating."""
    points = client.get(f"/api/v1/shows/{SHOW_ID}/ratings").json()["points"]
    assert [(p["week"], p["rank"]) for p in points] == [
        ("2024-W01", 1), ("2024-W02", 2), ("2024-W03", 3), ("2024-W04", 1)]


def test_relations(client: TestClient) -> None:
    """Relations come with their sources."""
    items = client.get(f"/api/v1/shows/{SHOW_ID}/relations").json()["items"]
    assert {(r["subject"], r["relation"], r["object"]) for r in items} >= {
        ("Meera", "parent", "Kavya")}
    assert all(r["sources"] for r in items)


def test_people_and_person(client: TestClient) -> None:
    """People are listed with ids; a person's JSON lists their roles and changes."""
    people = client.get("/api/v1/people", params={"q": "tanvi"}).json()["items"]
    assert [p["name"] for p in people] == ["Tanvi Desai"]
    data = client.get(f"/api/v1/people/{people[0]['id']}").json()
    assert [r["character"] for r in data["roles"]] == ["Kavya"]
    assert data["changes"][0]["state"] == "confirmed"


def test_article_search_and_detail_with_offsets(client: TestClient) -> None:
    """Text search returns ids; each fact's evidence offsets point at its sentence."""
    items = client.get("/api/v1/articles", params={"q": "Naina Kapoor"}).json()["items"]
    assert len(items) == 1
    article = client.get(f"/api/v1/articles/{items[0]['id']}").json()
    for fact in article["facts"]:
        ev = fact["evidence"]
        assert article["text"][ev["start"]:ev["end"]] == ev["text"]
    assert {f["type"] for f in article["facts"]} == {"cast", "cast_change"}


def test_articles_are_paged(client: TestClient) -> None:
    """Article lists page without overlap."""
    a = client.get("/api/v1/articles", params={"limit": 5}).json()
    b = client.get("/api/v1/articles", params={"limit": 5, "offset": a["next_offset"]}).json()
    assert not {x["id"] for x in a["items"]} & {x["id"] for x in b["items"]}


def test_search_across_entities(client: TestClient) -> None:
    """Search finds people and shows by name, and articles by text."""
    data = client.get("/api/v1/search", params={"q": "Kavya"}).json()
    assert any(h["kind"] == "character" and h["name"] == "Kavya" for h in data["hits"])
    assert data["articles"]


def test_unknown_ids_are_404_json(client: TestClient) -> None:
    """A missing show, person or article is a JSON 404 saying how to find one."""
    for path in ("/api/v1/shows/nope-nope", "/api/v1/people/nobody-at-all",
                 "/api/v1/articles/0000000000000000"):
        response = client.get(path)
        assert response.status_code == 404 and "search" in response.json()["detail"]


def test_write_refused_without_token(client: TestClient) -> None:
    """POST /articles needs the bearer token; a wrong or missing one is 401."""
    body = {"text": "Pyaar Ki Dor: Aman Verma plays Dev."}
    assert client.post("/api/v1/articles", json=body).status_code == 401
    bad = client.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401


def test_writes_closed_when_server_has_no_token(kb_path: Path) -> None:
    """With no token configured, writes are refused (403), never open."""
    with TestClient(create_app(kb_path, token=None)) as c:
        response = c.post("/api/v1/articles", json={"text": "x"},
                          headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and "TELLYTRACK_TOKEN" in response.json()["detail"]


def test_ingest_one_and_a_batch(fresh_client: TestClient, token: str, tmp_path: Path) -> None:
    """One article or a batch goes through the pipeline; re-posting is a duplicate."""
    auth = {"Authorization": f"Bearer {token}"}
    one = {"text": "Pyaar Ki Dor: Aman Verma has quit the show.", "date": "2024-03-02",
           "outlet": "soapwatch.example"}
    r = fresh_client.post("/api/v1/articles", json=one, headers=auth)
    assert r.status_code == 201 and r.json()["new"] == 1
    article_id = r.json()["ids"][0]
    assert fresh_client.get(f"/api/v1/articles/{article_id}").json()["published"] == "2024-03-02"
    batch = {"articles": [one, {"text": "Kesar Ki Kahani: a new promo is out.", "date": "2024-03"}]}
    r = fresh_client.post("/api/v1/articles", json=batch, headers=auth)
    assert (r.json()["new"], r.json()["duplicate"]) == (1, 1)
    r = fresh_client.post("/api/v1/articles", json=[{"text": "Third one.", "date": "bad"}],
                          headers=auth)
    assert r.json()["new"] == 0 and len(r.json()["failed"]) == 1


def test_openapi_document_validates(client: TestClient) -> None:
    """The served OpenAPI document is valid OpenAPI 3 and documents the token scheme."""
    from openapi_spec_validator import validate

    doc = client.get("/api/v1/openapi.json").json()
    validate(doc)
    assert "HTTPBearer" in doc["components"]["securitySchemes"]


def served_routes() -> list[str]:
    """Every "METHOD /path" the app serves: both routers, the OpenAPI document, static files."""
    out = ["GET /api/v1/openapi.json", "GET /static/{path}"]
    for prefix, router in ((API_PREFIX, api.router), (API_PREFIX, export.router),
                           (API_PREFIX, curate.router), (API_PREFIX, ask.router),
                           ("", pages.router)):
        for route in router.routes:
            methods = sorted(set(getattr(route, "methods", set())) - {"HEAD"})
            out += [f"{m} {prefix}{getattr(route, 'path', '')}" for m in methods]
    return out


def test_every_route_is_documented(client: TestClient) -> None:
    """docs/api.md names every route the app serves, and each one answers."""
    doc = (Path(__file__).parents[2] / "docs" / "api.md").read_text(encoding="utf-8")
    missing = [r for r in served_routes() if f"`{r}" not in doc]
    assert not missing, f"document these routes in docs/api.md: {missing}"
    assert len(served_routes()) >= 18
    assert set(client.get("/api/v1/openapi.json").json()["paths"]) == {
        r.split(" ", 1)[1] for r in served_routes()
        if r.startswith(("GET /api/v1/", "POST /api/v1/", "DELETE /api/v1/"))
        and "openapi" not in r}


def test_security_headers(client: TestClient) -> None:
    """Pages and API carry the strict CSP: scripts only from this app."""
    for path in ("/", "/api/v1/shows"):
        assert client.get(path).headers["content-security-policy"] == CSP
    assert re.search(r"script-src 'self'(;|$)", CSP)


def test_store_sees_posted_article(fresh_client: TestClient, token: str) -> None:
    """The article posted is in the KB file, not just in the response."""
    r = fresh_client.post("/api/v1/articles", json={"text": "Kesar Ki Kahani returns soon."},
                          headers={"Authorization": f"Bearer {token}"})
    path = fresh_client.app.state.db_path  # type: ignore[attr-defined]
    with SQLiteStore(path) as store:
        assert store.has_article(r.json()["ids"][0])
