"""A real SQLite knowledge base of invented articles, an in-process client and a live server.

The KB is written through the store with hand-made facts (evidence offsets
computed from the text), then resolved, so the web tests do not depend on how
well the extractors do today; ingest through the pipeline is tested separately.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient

from tellytrack.model import Article, Evidence, Fact, PubDate
from tellytrack.pipeline import ingest_paths, resolve_store
from tellytrack.store.base import Incoming
from tellytrack.store.sqlite import SQLiteStore
from tellytrack.web.app import create_app

TOKEN = "test-token-123"
SHOW = "Saath Chalenge"
XSS_TEXT = ('Kesar Ki Kahani: Zoya Khan plays Gauri. <script>window.__pwned = 1;</script> '
            'Fans loved it <img src=x onerror="window.__pwned = 2"> and the finale.')

# (date, outlet, text, [(sentence, fact fields), ...])
ARTICLES: list[tuple[str, str, str, list[tuple[str, dict[str, Any]]]]] = [
    ("2024-01-03", "tellybuzz.example",
     "Riya Malhotra plays Meera in Saath Chalenge. Kabir Sethi plays Arjun. "
     "Tanvi Desai plays Kavya. Meera is married to Arjun. The show airs on Star Plus.", [
         ("Riya Malhotra plays Meera in Saath Chalenge.",
          {"type": "cast", "actor": "Riya Malhotra", "character": "Meera"}),
         ("Kabir Sethi plays Arjun.",
          {"type": "cast", "actor": "Kabir Sethi", "character": "Arjun"}),
         ("Tanvi Desai plays Kavya.",
          {"type": "cast", "actor": "Tanvi Desai", "character": "Kavya"}),
         ("Meera is married to Arjun.",
          {"type": "relation", "subject": "Meera", "relation": "spouse", "object": "Arjun"}),
         ("Tanvi Desai plays Kavya.",
          {"type": "relation", "subject": "Meera", "relation": "parent", "object": "Kavya"}),
         ("The show airs on Star Plus.",
          {"type": "show_info", "field": "channel", "value": "Star Plus"}),
     ]),
    ("2024-01-09", "soapwatch.example",
     "Saath Chalenge: Meera and Arjun's wedding aired tonight to big numbers.", [
         ("Saath Chalenge: Meera and Arjun's wedding aired tonight to big numbers.",
          {"type": "event", "kind": "wedding", "characters": ["Meera", "Arjun"],
           "status": "aired"}),
     ]),
    ("2024-01-10", "soapwatch.example",
     "Saath Chalenge: Tanvi Desai is reportedly quitting the show.", [
         ("Saath Chalenge: Tanvi Desai is reportedly quitting the show.",
          {"type": "cast_change", "actor": "Tanvi Desai", "character": "Kavya",
           "change": "exit", "status": "reported"}),
     ]),
    ("2024-01-11", "trpdesk.example",
     "BARC week 1: Saath Chalenge is number one with a rating of 2.4.", [
         ("BARC week 1: Saath Chalenge is number one with a rating of 2.4.",
          {"type": "rating", "rank": 1, "rating": 2.4, "week": "2024-W01"}),
     ]),
    ("2024-01-12", "desitvdaily.example",
     "Saath Chalenge: Tanvi Desai denied the rumours that she is quitting.", [
         ("Saath Chalenge: Tanvi Desai denied the rumours that she is quitting.",
          {"type": "cast_change", "actor": "Tanvi Desai", "character": "Kavya",
           "change": "exit", "status": "denied"}),
     ]),
    ("2024-01-18", "trpdesk.example",
     "BARC week 2: Saath Chalenge slipped to the second spot with 2.1.", [
         ("BARC week 2: Saath Chalenge slipped to the second spot with 2.1.",
          {"type": "rating", "rank": 2, "rating": 2.1, "week": "2024-W02"}),
     ]),
    ("2024-01-20", "tellybuzz.example",
     "Saath Chalenge: a twenty-year leap is coming up next week.", [
         ("Saath Chalenge: a twenty-year leap is coming up next week.",
          {"type": "event", "kind": "leap", "characters": [], "status": "upcoming"}),
     ]),
    ("2024-01-25", "trpdesk.example",
     "BARC week 3: Saath Chalenge fell to third place with 1.9.", [
         ("BARC week 3: Saath Chalenge fell to third place with 1.9.",
          {"type": "rating", "rank": 3, "rating": 1.9, "week": "2024-W03"}),
     ]),
    ("2024-02-01", "trpdesk.example",
     "BARC week 4: Saath Chalenge is back at number one with 2.5.", [
         ("BARC week 4: Saath Chalenge is back at number one with 2.5.",
          {"type": "rating", "rank": 1, "rating": 2.5, "week": "2024-W04"}),
     ]),
    ("2024-02-02", "tellybuzz.example",
     "Saath Chalenge: Tanvi Desai has confirmed she quit the show. "
     "Naina Kapoor will now play Kavya.", [
         ("Saath Chalenge: Tanvi Desai has confirmed she quit the show.",
          {"type": "cast_change", "actor": "Tanvi Desai", "character": "Kavya",
           "change": "exit", "status": "confirmed"}),
         ("Naina Kapoor will now play Kavya.",
          {"type": "cast_change", "actor": "Naina Kapoor", "character": "Kavya",
           "change": "entry", "status": "confirmed"}),
         ("Naina Kapoor will now play Kavya.",
          {"type": "cast", "actor": "Naina Kapoor", "character": "Kavya"}),
     ]),
    ("2024-02-05", "desitvdaily.example",
     "Saath Chalenge: buzz says Kavya may die in an accident after the leap.", [
         ("Saath Chalenge: buzz says Kavya may die in an accident after the leap.",
          {"type": "event", "kind": "accident", "characters": ["Kavya"],
           "status": "speculated"}),
     ]),
    ("2024-01-15", "filmigup.example",
     "Aman Verma plays Dev in Pyaar Ki Dor, which airs on Colors.", [
         ("Aman Verma plays Dev in Pyaar Ki Dor, which airs on Colors.",
          {"type": "cast", "show": "Pyaar Ki Dor", "actor": "Aman Verma", "character": "Dev"}),
     ]),
    ("2024-01-16", "evil.example", XSS_TEXT, [
         ("Kesar Ki Kahani: Zoya Khan plays Gauri.",
          {"type": "cast", "show": "Kesar Ki Kahani", "actor": "Zoya Khan",
           "character": "Gauri"}),
     ]),
]


def _incoming(day: str, outlet: str, text: str,
              facts: list[tuple[str, dict[str, Any]]]) -> Incoming:
    article = Article.create(text, outlet=outlet, published=PubDate.parse(day),
                             url=f"https://{outlet}/{day}", title=text.split(".")[0][:80])
    made = []
    for sentence, fields in facts:
        start = text.index(sentence)
        evidence = Evidence(article.id, start, start + len(sentence), sentence)
        spec = {"show": SHOW, **fields}
        modality = {"reported": "reported", "denied": "denied", "upcoming": "planned",
                    "speculated": "reported"}.get(str(fields.get("status")), "stated")
        made.append(Fact.from_spec(spec, evidence=evidence, confidence=0.9, modality=modality))
    return Incoming(article, made)


def build_kb(path: Path) -> Path:
    """Write the invented articles with their facts into a SQLite KB at ``path``."""
    with SQLiteStore(path) as store:
        store.add_batch([_incoming(*a) for a in ARTICLES])
        resolve_store(store)
    return path


def article_id(text_start: str) -> str:
    """The id of the invented article whose text starts with ``text_start``."""
    return next(Article.create(t).id for _, _, t, _ in ARTICLES if t.startswith(text_start))


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_kb(tmp_path_factory.mktemp("kb") / "kb.db")


@pytest.fixture
def client(kb_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(kb_path, token=TOKEN)) as c:
        yield c


@pytest.fixture
def fresh_client(tmp_path: Path) -> Iterator[TestClient]:
    """A client on its own copy of the KB, for tests that write."""
    with TestClient(create_app(build_kb(tmp_path / "kb.db"), token=TOKEN)) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def token() -> str:
    """The write token the test apps are created with."""
    return TOKEN


@contextmanager
def serve(path: Path) -> Iterator[str]:
    """The app on the KB at ``path``, served by uvicorn on 127.0.0.1 and a free port."""
    port = _free_port()
    config = uvicorn.Config(create_app(path, token=TOKEN), host="127.0.0.1", port=port,
                            log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):  # wait for startup (polling, not a timed assertion)
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on its own copy of the invented KB (browser tests write to it)."""
    with serve(build_kb(tmp_path_factory.mktemp("live") / "kb.db")) as url:
        yield url


@pytest.fixture(scope="session")
def demo_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The KB `tellytrack demo` builds: the bundled samples through the real pipeline."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with resources.as_file(resources.files("tellytrack") / "samples" / "articles.jsonl") as src, \
            SQLiteStore(path) as store:
        ingest_paths(store, [str(src)])
    return path


@pytest.fixture(scope="session")
def demo_server(demo_kb: Path) -> Iterator[str]:
    with serve(demo_kb) as url:
        yield url
