"""`tellytrack watch`: a feed served by a local HTTP server, polled twice.

The server is a real ``http.server`` on 127.0.0.1 (no network): it answers the
feed with an ETag and Last-Modified and honours If-None-Match with 304, keeps
/private/ out of reach in robots.txt, and records every request it gets.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from tellytrack.cli.main import cli
from tellytrack.store.sqlite import SQLiteStore
from tellytrack.watch import Fetcher, WatchState, poll, read_feed_list

ETAG = '"feed-v1"'
MODIFIED = formatdate(1_700_000_000, usegmt=True)
PARAS = {  # short invented articles about an invented show
    "a1": ["Naveen Arora, who plays Veer in Rangoli Ke Rang, has quit the show after two years.",
           "The actor said he wanted to take a break and spend time with his family in Pune.",
           "The makers are looking for a new face to play Veer once the leap is over."],
    "a2": ["Rangoli Ke Rang will take a leap of ten years next month, the makers have confirmed.",
           "Sneha Kulkarni aka Tara will be seen as a mother of two after the leap in the show.",
           "The channel has already shot a promo in which Tara is seen in a new avatar."],
}
ENTRY_ONLY = "Rangoli Ke Rang has moved to a new time slot of 9 pm from Monday, the channel said."


def page(paras: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>{paras[0][:40]}</title></head><body><nav>Home | TV</nav>"
            f"<article><h1>{paras[0][:40]}</h1>{body}</article>"
            "<footer>About us</footer></body></html>").encode()


def feed(base: str) -> bytes:
    items = [(f"{base}/news/a1.html", "Veer quits", "Thu, 04 Jan 2024 10:00:00 +0530", "Veer"),
             (f"{base}/news/a2.html", "A leap", "Fri, 05 Jan 2024 10:00:00 +0530", "Leap"),
             (f"{base}/news/slot.html", "New slot", "Sat, 06 Jan 2024 10:00:00 +0530",
              ENTRY_ONLY),
             (f"{base}/private/a3.html", "Hidden", "Sun, 07 Jan 2024 10:00:00 +0530", "Hidden")]
    xml = "".join(f"<item><title>{t}</title><link>{u}</link><pubDate>{d}</pubDate>"
                  f"<description>{s}</description></item>" for u, t, d, s in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Telly</title>'
            f"<link>{base}/</link>{xml}</channel></rss>").encode()


class Site(BaseHTTPRequestHandler):
    """The test site; ``requests`` collects (path, headers) of every request."""

    requests: ClassVar[list[tuple[str, dict[str, str]]]] = []

    def do_GET(self) -> None:
        type(self).requests.append((self.path, dict(self.headers)))
        base = f"http://{self.headers['Host']}"
        if self.path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif self.path == "/feed.xml":
            if self.headers.get("If-None-Match") == ETAG:
                self._send(304, b"", "application/rss+xml")
            else:
                self._send(200, feed(base), "application/rss+xml",
                           {"ETag": ETAG, "Last-Modified": MODIFIED})
        elif self.path == "/sitemap.xml":
            locs = "".join(f"<url><loc>{base}/news/{n}.html</loc><lastmod>2024-01-0{i}</lastmod>"
                           "</url>" for i, n in enumerate(PARAS, start=3))
            self._send(200, ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/'
                             f'schemas/sitemap/0.9">{locs}</urlset>').encode(), "application/xml")
        elif self.path.startswith("/news/") and self.path[6:-5] in PARAS:
            self._send(200, page(PARAS[self.path[6:-5]]), "text/html")
        elif self.path == "/news/slot.html":
            self._send(200, b"<html><body><nav>Home</nav></body></html>", "text/html")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, kind: str, extra: dict[str, str] | None = None
              ) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": kind, **(extra or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The base URL of a fresh test site (and no proxy between us and it)."""
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    Site.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def paths() -> list[str]:
    return [p for p, _ in Site.requests]


def articles(db: Path) -> int:
    with SQLiteStore(db) as store:
        return int(store.stats()["articles"])


def test_second_poll_is_conditional_and_adds_nothing(site: str, tmp_path: Path) -> None:
    """First poll: 3 articles (one from the entry's own text); second: a 304, nothing added."""
    db, log = tmp_path / "kb.db", []
    state = WatchState.load(tmp_path / "kb.watch.json")
    with SQLiteStore(db) as store:
        first = poll(store, [f"{site}/feed.xml"], state, log.append, delay=0)
    assert articles(db) == 3 and first[0].ingest.new == 3
    assert "/private/a3.html" not in paths()  # robots.txt says no
    assert any("added 3 articles" in line for line in log)
    with SQLiteStore(db) as store:
        slot = [a for a in store.articles() if a.url and a.url.endswith("/slot.html")]
        texts = " ".join(a.text for a in store.articles())
    assert slot and ENTRY_ONLY in slot[0].text and str(slot[0].published) == "2024-01-06"
    assert PARAS["a1"][1] in texts and "About us" not in texts  # the page's main text

    Site.requests = []
    again = WatchState.load(tmp_path / "kb.watch.json")  # as a new process would
    with SQLiteStore(db) as store:
        second = poll(store, [f"{site}/feed.xml"], again, log.append, delay=0)
    headers = dict(Site.requests)["/feed.xml"]
    assert headers["If-None-Match"] == ETAG and headers["If-Modified-Since"] == MODIFIED
    assert second[0].status == "unchanged" and paths() == ["/feed.xml"]
    assert articles(db) == 3


def test_feed_that_changed_fetches_only_new_pages(site: str, tmp_path: Path) -> None:
    """Without the validators (a changed feed) pages fetched before are not fetched again."""
    db = tmp_path / "kb.db"
    state = WatchState.load(tmp_path / "state.json")
    with SQLiteStore(db) as store:
        poll(store, [f"{site}/feed.xml"], state, lambda _: None, delay=0)
        state.feeds.clear()
        Site.requests = []
        report = poll(store, [f"{site}/feed.xml"], state, lambda _: None, delay=0)
    assert paths() == ["/feed.xml"]
    assert report[0].entries == 0 and articles(db) == 3


def test_sitemap_pages_are_ingested(site: str, tmp_path: Path) -> None:
    """A plain sitemap is read like a feed: its <loc> pages, dated by <lastmod>."""
    db = tmp_path / "kb.db"
    with SQLiteStore(db) as store:
        poll(store, [f"{site}/sitemap.xml"], WatchState(tmp_path / "s.json"), lambda _: None,
             delay=0)
        dates = sorted(str(a.published) for a in store.articles())
    assert dates == ["2024-01-03", "2024-01-04"]


def test_requests_to_one_host_are_spaced(site: str) -> None:
    """Three requests with a 0.2 s delay take at least 0.4 s."""
    fetcher = Fetcher(delay=0.2)
    start = time.monotonic()
    for _ in range(3):
        assert fetcher.get(f"{site}/robots.txt").status == 200
    assert time.monotonic() - start >= 0.4


def test_watch_command_once(site: str, tmp_path: Path) -> None:
    """The command: feed list with a comment, state file beside the KB, a log line per feed."""
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# my feeds\n{site}/feed.xml  # telly news\n\n", encoding="utf-8")
    assert read_feed_list(feeds) == [f"{site}/feed.xml"]
    db = tmp_path / "news.db"
    result = CliRunner().invoke(cli, ["watch", str(feeds), "--once", "--delay", "0",
                                      "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "added 3 articles" in result.output
    assert (tmp_path / "news.watch.json").exists() and articles(db) == 3
    bad = CliRunner().invoke(cli, ["watch", str(feeds), "--every", "soon", "--db", str(db)])
    assert bad.exit_code == 2 and "15m" in bad.output
