"""``tellytrack serve --workers N``: each uvicorn worker process builds the app from the
environment the command sets (``serve_environment``), so every worker serves the same
knowledge base with the same Host names, and a real multi-process server answers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from tellytrack.web.app import app_from_environment, serve_environment


def test_a_worker_builds_the_app_the_command_describes(kb_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Same KB, same trusted Host names (another Host is refused), writes closed."""
    for name, value in serve_environment(str(kb_path), ["localhost", "testserver"]).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("TELLYTRACK_TOKEN", raising=False)
    with TestClient(app_from_environment()) as client:
        assert client.get("/api/v1/shows").json()["total"] >= 2
        assert client.get("/api/v1/shows", headers={"Host": "evil.example"}).status_code == 400
        assert client.post("/api/v1/articles", json={"text": "x"}).status_code == 403


@pytest.mark.slow
def test_serve_with_two_workers_answers(kb_path: Path) -> None:
    """Two worker processes behind one port answer the shows API (then stop cleanly)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    tellytrack = Path(sys.executable).parent / "tellytrack"
    server = subprocess.Popen([str(tellytrack), "serve", "--db", str(kb_path), "--port",
                               str(port), "--workers", "2"], env={**os.environ},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                got = httpx.get(f"http://127.0.0.1:{port}/api/v1/shows", timeout=10)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "server did not answer in 60 s"
                time.sleep(0.3)
        assert got.status_code == 200 and got.json()["total"] >= 2
    finally:
        server.terminate()
        server.wait(30)
