"""GET /api/v1/ask: the answer of `tellytrack ask --json`, over HTTP, with its sources."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

from tellytrack.qa.answer import answer
from tellytrack.store.sqlite import SQLiteStore


def test_ask_answers_with_sources(client: TestClient) -> None:
    """A question the KB holds: known, with the sentence it rests on as a source."""
    r = client.get("/api/v1/ask", params={"q": "Who plays Meera in Saath Chalenge?"})
    assert r.status_code == 200
    body = r.json()
    assert body["known"] is True and "Riya Malhotra" in body["text"]
    sources = [s for f in body["findings"] for s in f["sources"]]
    assert any("Riya Malhotra plays Meera" in (s["sentence"] or "") for s in sources)


def test_ask_is_the_cli_answer(client: TestClient, kb_path: Path) -> None:
    """The route serves exactly the dict the command prints with --json."""
    q, until = "Did Tanvi Desai quit Saath Chalenge?", "2024-01-25"
    r = client.get("/api/v1/ask", params={"q": q, "until": until})
    with SQLiteStore(kb_path) as store:
        expected = answer(store, q, date.fromisoformat(until)).to_dict()
    assert r.status_code == 200 and r.json() == expected
    assert r.json()["as_of"] == until


def test_ask_says_when_it_does_not_know(client: TestClient) -> None:
    """An unknown show: 200 with known false, never a guess."""
    r = client.get("/api/v1/ask", params={"q": "Who plays Meera in Nonexistent Show Xyz?"})
    assert r.status_code == 200 and r.json()["known"] is False


def test_ask_refuses_bad_parameters(client: TestClient) -> None:
    """Missing, empty or overlong q and a malformed until are 422s naming the parameter."""
    for params in ({}, {"q": ""}, {"q": "x" * 501},
                   {"q": "Who plays Meera?", "until": "25-01-2024"}):
        r = client.get("/api/v1/ask", params=params)
        assert r.status_code == 422, params
        assert r.json()["detail"][0]["loc"][0] == "query"


def test_ask_is_in_the_openapi_document(client: TestClient) -> None:
    """Documented with both parameters and its 422."""
    op = client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/ask"]["get"]
    assert {p["name"] for p in op["parameters"]} == {"q", "until"}
    assert "422" in op["responses"] and "200" in op["responses"]
