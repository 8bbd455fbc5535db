"""The API under hostile requests: a 4xx naming the problem, never a 5xx, and no body read
before the token and the size are checked.

Raw ASGI calls count how much of a body the app pulls; everything else goes
through the in-process client over a copy of the invented KB.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from tellytrack import limits
from tellytrack.model import content_id
from tellytrack.store.sqlite import SQLiteStore
from tellytrack.web.app import create_app

from .conftest import TOKEN, build_kb

AUTH = {"Authorization": f"Bearer {TOKEN}"}
GOOD = "Riya Malhotra plays Meera in Saath Chalenge, the makers said on Monday."
OTHER = "Kabir Sethi plays Arjun in Saath Chalenge and fans love the pair."
FUZZ_EXAMPLES = 25  # per operation and phase; over 1,000 cases in all (docs/api.md)


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    return build_kb(tmp_path / "kb.db")


@pytest.fixture
def api(kb: Path) -> Iterator[TestClient]:
    with TestClient(create_app(kb, token=TOKEN), base_url="http://localhost") as c:
        yield c


def asgi_post(app: FastAPI, chunks: list[bytes], headers: dict[str, str],
              method: str = "POST", path: str = "/api/v1/articles") -> tuple[int, int]:
    """A request (POST /api/v1/articles) with the body in ``chunks``: (status, chunks pulled)."""
    pulled = 0
    pending = list(chunks)

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        if not pending:
            await asyncio.sleep(3600)  # the client waits; the app must not need more
        pulled += 1
        chunk = pending.pop(0)
        return {"type": "http.request", "body": chunk, "more_body": bool(pending)}

    status = 0

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": method, "scheme": "http", "path": path, "raw_path": b"",
             "query_string": b"", "root_path": "", "server": ("localhost", 80),
             "client": ("127.0.0.1", 5000),
             "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]}
    asyncio.run(asyncio.wait_for(app(scope, receive, send), 30))
    return status, pulled


JSON = {"Content-Type": "application/json", "Host": "localhost"}


def test_token_is_checked_before_the_body_is_read(kb: Path) -> None:
    """No token: 401 without pulling a byte of a (large) body."""
    app = create_app(kb, token=TOKEN)
    status, pulled = asgi_post(app, [b"[" * 1000] * 50, {**JSON, "Content-Length": "50000"})
    assert (status, pulled) == (401, 0)


def test_no_write_route_reads_a_body_before_the_token(kb: Path) -> None:
    """Every write route in the document (not only POST /articles): 401, nothing pulled.

    FastAPI parses a route's declared body before its dependencies run, so the
    token is checked by a middleware that reads headers only.
    """
    app = create_app(kb, token=TOKEN)
    writes = [(method.upper(), path.replace("{override_id}", "1"))
              for path, ops in app.openapi()["paths"].items()
              for method in ops if method not in ("get", "head")]
    assert ("POST", "/api/v1/articles") in writes
    for method, path in writes:
        status, pulled = asgi_post(app, [b"{" * 1000] * 50, {**JSON, "Content-Length": "50000"},
                                   method, path)
        assert (status, pulled) == (401, 0), (method, path)


def test_declared_oversize_body_is_refused_unread(kb: Path) -> None:
    """A Content-Length over the limit: 413 before reading anything."""
    app = create_app(kb, token=TOKEN)
    size = str(limits.MAX_DOCUMENT_BYTES + 1)
    status, pulled = asgi_post(app, [b"{}"], {**JSON, **AUTH, "Content-Length": size})
    assert (status, pulled) == (413, 0)


def test_streamed_oversize_body_stops_at_the_limit(kb: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunked (no Content-Length): reading stops at the first chunk past the limit."""
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 1000)
    app = create_app(kb, token=TOKEN)
    status, pulled = asgi_post(app, [b" " * 400] * 10, {**JSON, **AUTH})
    assert (status, pulled) == (413, 3)


def test_api_and_cli_share_the_article_limit(api: TestClient) -> None:
    """An article over MAX_ARTICLE_CHARS is refused by the API as by the CLI, by name."""
    body = [{"text": "Kavya returns. " * 7000}, {"text": GOOD}]
    answer = api.post("/api/v1/articles", json=body, headers=AUTH)
    assert answer.status_code == 201
    (failed,) = answer.json()["failed"]
    assert failed.startswith("article 1: the article text is too long")
    assert answer.json()["new"] == 1


@pytest.mark.parametrize("offset", ["9223372036854775808", str(limits.MAX_QUERY_INT + 1), "-1"])
def test_offset_out_of_range_is_422(api: TestClient, offset: str) -> None:
    """Integers past what a database can hold used to be a 500 (OverflowError)."""
    answer = api.get("/api/v1/articles", params={"offset": offset})
    assert answer.status_code == 422 and answer.json()["detail"][0]["loc"] == ["query", "offset"]


@pytest.mark.parametrize("value", ["0", "20240101", "2024-1-5", "2024-02-30", "yesterday"])
def test_known_by_must_be_an_iso_date(api: TestClient, value: str) -> None:
    """known_by=0 was read as a Unix timestamp; only YYYY-MM-DD is a date."""
    answer = api.get("/api/v1/shows", params={"known_by": value})
    assert answer.status_code == 422 and answer.json()["detail"][0]["loc"] == ["query", "known_by"]


def test_lone_surrogate_is_422_naming_the_article(api: TestClient) -> None:
    """A "\\ud800" escape in a string is not Unicode text: 422 for article 2, nothing stored."""
    body = '[{"text": "' + GOOD + '"}, {"text": "Kavya \\ud800 returns"}]'
    answer = api.post("/api/v1/articles", content=body, headers={**AUTH, **JSON})
    assert answer.status_code == 422
    (problem,) = answer.json()["detail"]
    assert problem["loc"] == ["body", 1, "text"] and problem["msg"].startswith("article 2:")
    assert "valid string" in problem["msg"]


def test_url_with_bracket_fails_its_article_only(api: TestClient, kb: Path) -> None:
    """The URL that used to answer 500 is a named failure; the other article is stored."""
    body = {"articles": [{"text": GOOD, "url": "http://[tellybuzz.example/a"}, {"text": OTHER}]}
    answer = api.post("/api/v1/articles", json=body, headers=AUTH)
    assert answer.status_code == 201
    assert answer.json()["failed"] == [
        "article 1: url 'http://[tellybuzz.example/a' is not a readable URL (Invalid IPv6 URL); "
        "give a full http(s) URL or null"]
    with SQLiteStore(kb) as store:
        assert store.has_article(content_id(OTHER)) and not store.has_article(content_id(GOOD))


@pytest.mark.parametrize(("body", "loc"), [
    ("[]", ["body"]), ('{"articles": []}', ["body", "articles"]), ('"text"', ["body"]),
    ('{"articles": 5}', ["body", "articles"]), ('{"text": 12345}', ["body", "text"]),
    ('[{"text": "ok"}, {"title": "no text"}]', ["body", 1, "text"]),
])
def test_schema_errors_are_422_in_the_declared_shape(api: TestClient, body: str,
                                                     loc: list[Any]) -> None:
    """Every 422 is FastAPI's {"detail": [{"loc", "msg", "type"}]}, as the document says."""
    answer = api.post("/api/v1/articles", content=body, headers={**AUTH, **JSON})
    assert answer.status_code == 422
    detail = answer.json()["detail"]
    assert isinstance(detail, list) and detail[0]["loc"] == loc
    assert {"loc", "msg", "type"} <= detail[0].keys()


@pytest.mark.parametrize(("body", "status", "message"), [
    ("[" * 5000 + "]" * 5000, 400, "nested more than 32 levels deep"),
    ('{"text": "unterminated', 400, "the body is not JSON"),
    (b'{"text": "\xff"}', 400, "the body is not UTF-8 (byte 0xff"),
])
def test_unreadable_bodies_are_400(api: TestClient, body: str | bytes, status: int,
                                   message: str) -> None:
    """A body that is not JSON at all is the client's mistake: 400 saying which."""
    answer = api.post("/api/v1/articles", content=body, headers={**AUTH, **JSON})
    assert answer.status_code == status and message in answer.json()["detail"]


def test_wrong_content_type_is_415(api: TestClient) -> None:
    answer = api.post("/api/v1/articles", content=json.dumps({"text": GOOD}),
                      headers={**AUTH, "Content-Type": "text/plain"})
    assert answer.status_code == 415 and "application/json" in answer.json()["detail"]


def test_options_and_405_list_every_method(api: TestClient) -> None:
    """/api/v1/articles has a GET and a POST route: both are allowed, and said so
    (FastAPI routes answer no HEAD, so none is claimed)."""
    options = api.options("/api/v1/articles")
    assert options.status_code == 204
    assert options.headers["allow"] == "GET, OPTIONS, POST"
    put = api.put("/api/v1/articles", json={})
    assert put.status_code == 405 and put.headers["allow"] == "GET, OPTIONS, POST"
    assert api.options("/api/v1/nowhere").status_code == 404


def test_trusted_hosts(kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Localhost names, the bound host and the setting's names are answered; others are 400."""
    monkeypatch.setenv(limits.TRUSTED_HOSTS.env, "kb.example, tv.example")
    app = create_app(kb, token=TOKEN, trusted_hosts=limits.trusted_hosts("10.0.0.5"))
    with TestClient(app) as c:
        for host in ("localhost", "127.0.0.1", "10.0.0.5", "kb.example", "tv.example"):
            assert c.get("/api/v1/shows", headers={"Host": host}).status_code == 200, host
        assert c.get("/api/v1/shows", headers={"Host": "rebind.example"}).status_code == 400
    monkeypatch.setenv(limits.TRUSTED_HOSTS.env, "*")
    with TestClient(create_app(kb, trusted_hosts=limits.trusted_hosts("0.0.0.0"))) as c:
        assert c.get("/api/v1/shows", headers={"Host": "any.example"}).status_code == 200


HOSTILE_VALUES = ["0", "9999-12-31", "0001-01-01", "x" * 5000, "%ED%A0%80", "%00", "%FF",
                  "99999999999999999999999", "2024-W53"]
HOSTILE_PARAMS = ["until", "q", "as_of", "known_by", "from", "to", "limit", "offset", "show",
                  "format", "table", "week", "unconfirmed"]


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/", "/search", "/shows/Saath%20Chalenge", "/ratings",
                                  "/people/Riya%20Malhotra", "/api/v1/shows", "/api/v1/rumours",
                                  "/api/v1/articles", "/api/v1/shows/Saath%20Chalenge/timeline"])
def test_no_page_or_route_answers_5xx_to_hostile_queries(api: TestClient, path: str) -> None:
    """Lone surrogates, NUL, far dates, huge numbers in any parameter: never a 5xx."""
    for name in HOSTILE_PARAMS:
        for value in HOSTILE_VALUES:
            status = api.get(f"{path}?{name}={value}").status_code
            assert status < 500, (path, name, value[:20], status)
    for bad_id in ("%00", "%ED%A0%80", "%FF", "%5B", "x" * 10_000):
        assert api.get(f"{path.rsplit('/', 1)[0]}/{bad_id}").status_code < 500, bad_id


def test_trusted_hosts_setting_is_documented() -> None:
    """docs/api.md's settings table carries the setting with its default and help."""
    doc = (Path(__file__).parents[2] / "docs" / "api.md").read_text(encoding="utf-8")
    setting = limits.TRUSTED_HOSTS
    assert f"| `{setting.env}` | (empty) | {setting.help} |" in doc


# --- schemathesis: the OpenAPI document says what the server does -------------------------

CASES_RUN: list[str] = []  # operations of the cases run, counted by the test after


# The app's own OpenAPI document, loaded in-process (ASGI) over a KB of its own. Built at
# import: schemathesis makes one test per operation when the module is collected
# (its fixture-based loader does not run under pytest 9).
_FUZZ_DIR = tempfile.TemporaryDirectory(prefix="tellytrack-fuzz-")
schema = schemathesis.openapi.from_asgi(
    "/api/v1/openapi.json", create_app(build_kb(Path(_FUZZ_DIR.name) / "kb.db"), token=TOKEN),
)


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_openapi_document_holds_for_generated_requests(case: Any) -> None:
    """Every generated request: no 5xx, status declared, body matching its declared schema."""
    CASES_RUN.append(case.operation.label)
    case.call_and_validate(headers=AUTH)


@pytest.mark.slow
def test_enough_generated_requests_ran() -> None:
    """The run above is bounded, and not by accident empty: at least 1,000 cases in all."""
    if not CASES_RUN:
        pytest.skip("run with the schemathesis test above")
    print(f"{len(CASES_RUN)} generated requests over {len(set(CASES_RUN))} operations:",
          Counter(CASES_RUN))
    assert len(CASES_RUN) >= 1000, len(CASES_RUN)
