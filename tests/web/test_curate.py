"""The curation routes: token-guarded writes, open reads, the same errors as the CLI."""

from __future__ import annotations

from fastapi.testclient import TestClient

AUTH = {"Authorization": "Bearer test-token-123"}


def test_writes_need_the_token(fresh_client: TestClient) -> None:
    """No token, or a wrong one, records nothing."""
    body = {"action": "not-a-show", "name": "Pyaar Ki Dor"}
    assert fresh_client.post("/api/v1/overrides", json=body).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert fresh_client.post("/api/v1/overrides", json=body, headers=wrong).status_code == 401
    assert fresh_client.delete("/api/v1/overrides/1").status_code == 401
    assert fresh_client.get("/api/v1/overrides").json() == {"items": []}


def test_a_correction_shows_at_once_and_can_be_undone(fresh_client: TestClient) -> None:
    """not-a-show hides the show from the list; deleting the override brings it back."""
    def names() -> list[str]:
        return [s["name"] for s in fresh_client.get("/api/v1/shows").json()["items"]]

    assert "Pyaar Ki Dor" in names()
    made = fresh_client.post("/api/v1/overrides", headers=AUTH,
                             json={"action": "not-a-show", "name": "pyaar ki dor"})
    assert made.status_code == 201
    assert made.json()["override"]["target"] == "Pyaar Ki Dor"
    assert "Pyaar Ki Dor" not in names()
    (listed,) = fresh_client.get("/api/v1/overrides").json()["items"]
    assert listed["applied"] is True
    gone = fresh_client.delete(f"/api/v1/overrides/{listed['id']}", headers=AUTH)
    assert gone.status_code == 200
    assert "Pyaar Ki Dor" in names()


def test_merge_and_errors(fresh_client: TestClient) -> None:
    """A merge answers with the merged entity; unknown names are 404, nonsense 400."""
    merged = fresh_client.post("/api/v1/overrides", headers=AUTH, json={
        "action": "merge", "name": "Kesar Ki Kahani", "value": "Pyaar Ki Dor"}).json()
    assert set(merged["entity"]["aliases"]) >= {"Kesar Ki Kahani", "Pyaar Ki Dor"}
    unknown = fresh_client.post("/api/v1/overrides", headers=AUTH, json={
        "action": "confirm", "name": "Nowhere Show"})
    assert unknown.status_code == 404 and "Nowhere Show" in unknown.json()["detail"]
    no_value = fresh_client.post("/api/v1/overrides", headers=AUTH, json={
        "action": "rename", "name": "Kesar Ki Kahani"})
    assert no_value.status_code == 422  # the schema says a rename needs its new name
    pointless = fresh_client.post("/api/v1/overrides", headers=AUTH, json={
        "action": "merge", "name": "Kesar Ki Kahani", "value": "Kesar Ki Kahani"})
    assert pointless.status_code == 400, pointless.text
    assert fresh_client.delete("/api/v1/overrides/99", headers=AUTH).status_code == 404


def test_a_value_of_white_space_alone_is_refused_by_the_schema(
        fresh_client: TestClient) -> None:
    """A rename to blanks (a vertical tab, a group separator: white space to ``str.strip``)
    is a schema error (422), as the OpenAPI document says, not a 400 after a request the
    schema allows; a value with a character around blanks is taken."""
    for blank in (" ", "\u000b", "\u001d", "\u3000 \u001c"):
        sent = fresh_client.post("/api/v1/overrides", headers=AUTH, json={
            "action": "rename", "name": "Kesar Ki Kahani", "value": blank})
        assert sent.status_code == 422, (repr(blank), sent.text)
    spec = fresh_client.get("/api/v1/openapi.json").json()
    assert spec["components"]["schemas"]["Change"]["properties"]["value"]["pattern"]
