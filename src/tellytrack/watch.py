"""Follow news feeds: poll RSS/Atom feeds (and plain sitemaps), fetch new pages, ingest them.

``poll`` reads every feed of a feed list once; ``tellytrack watch`` calls it
every ``--every`` minutes. Each poll is polite and incremental:

- a feed is asked with a conditional request (``If-None-Match`` with the
  ETag, ``If-Modified-Since`` with the Last-Modified date it answered last
  time), so a feed that has not changed costs the site a 304 and nothing more;
- a page is fetched only if its URL was never fetched before (the
  :class:`WatchState` file remembers feeds' validators and fetched URLs), only
  if the site's robots.txt allows it, and never sooner than ``delay`` seconds
  (or the robots.txt ``Crawl-delay``) after the previous request to the same host;
- the page's main text comes through ``ingest.html`` (trafilatura); when a
  page has no readable text the feed entry's own text is used, and the
  entry's date and title fill what the page lacks;
- the articles go through ``pipeline.ingest_items`` like any other input, so
  duplicates and syndicated copies are handled the same way.

A network error or a server error leaves a URL unfetched, to be tried at the
next poll; a 4xx answer or an unreadable page marks it done.
"""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from tellytrack import __version__
from tellytrack.model import Article, PubDate
from tellytrack.pipeline import IngestReport, ingest_items
from tellytrack.store.base import Store

USER_AGENT = f"tellytrack/{__version__} (feed watcher; respects robots.txt)"
DEFAULT_DELAY = 2.0  # seconds between two requests to one host, unless robots.txt asks more
TIMEOUT = 30.0  # seconds before a silent server counts as down (tried again next poll)
MAX_BYTES = 10 * 1024 * 1024  # a feed or page larger than this is cut (no news page is)
Log = Callable[[str], None]


@dataclass(frozen=True)
class Fetched:
    """One HTTP answer: status, the headers that matter, the body."""

    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Entry:
    """An article a feed or sitemap points at, with what the feed says about it."""

    url: str
    title: str | None = None
    published: PubDate | None = None
    fallback: Article | None = None  # the entry's own text, when the page has none


class Fetcher:
    """HTTP GET with a per-host delay and robots.txt; one per poll (robots.txt read afresh)."""

    def __init__(self, delay: float = DEFAULT_DELAY, opener: Any = None) -> None:
        self.delay = delay
        self._opener = opener or urllib.request.build_opener()
        self._last: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}

    def get(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        """GET ``url`` after waiting for its host's turn; errors become status 0."""
        self._wait(url)
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
        try:
            with self._opener.open(request, timeout=TIMEOUT) as response:
                return Fetched(response.status, dict(response.headers), response.read(MAX_BYTES))
        except urllib.error.HTTPError as e:  # 304 and 4xx/5xx answers land here
            return Fetched(e.code, dict(e.headers or {}), b"")
        except (urllib.error.URLError, OSError, ValueError) as e:
            return Fetched(0, {"error": str(getattr(e, "reason", e))}, b"")

    def allowed(self, url: str) -> bool:
        """Whether the site's robots.txt lets this user agent fetch ``url``."""
        robots = self._robots_for(url)
        return robots is not None and robots.can_fetch(USER_AGENT, url)

    def _wait(self, url: str) -> None:
        host = urlsplit(url).netloc
        robots = self._robots.get(host)
        asked = robots.crawl_delay(USER_AGENT) if robots is not None else None
        gap = max(self.delay, float(asked or 0))
        ready = self._last.get(host, float("-inf")) + gap
        time.sleep(max(0.0, ready - time.monotonic()))
        self._last[host] = time.monotonic()

    def _robots_for(self, url: str) -> RobotFileParser | None:
        """The host's robots.txt (None: unreachable, so nothing is fetched from it this poll)."""
        parts = urlsplit(url)
        if parts.netloc not in self._robots:
            self._robots[parts.netloc] = self._read_robots(f"{parts.scheme}://{parts.netloc}")
        return self._robots[parts.netloc]

    def _read_robots(self, site: str) -> RobotFileParser | None:
        """As the robots.txt convention says: 401/403 forbid all, other 4xx allow all."""
        answer = self.get(f"{site}/robots.txt")
        if answer.status == 200:
            rules = answer.body.decode("utf-8", "replace").splitlines()
        elif answer.status in (401, 403):
            rules = ["User-agent: *", "Disallow: /"]
        elif 400 <= answer.status < 500:
            rules = []
        else:
            return None
        parser = RobotFileParser()
        parser.parse(rules)
        return parser


@dataclass
class WatchState:
    """What earlier polls learned: each feed's validators and every page URL already fetched.

    Kept as a small JSON file beside the knowledge base (``kb.db`` ->
    ``kb.watch.json``): it is bookkeeping of the watcher, not knowledge, and
    deleting it only costs one full re-read (stored articles are still skipped).
    """

    path: Path
    feeds: dict[str, dict[str, str]] = field(default_factory=dict)
    fetched: dict[str, str] = field(default_factory=dict)  # url -> what became of it

    @classmethod
    def load(cls, path: Path) -> WatchState:
        """The state saved at ``path``, or an empty one."""
        if not path.exists():
            return cls(path)
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(path, dict(data.get("feeds", {})), dict(data.get("fetched", {})))

    def save(self) -> None:
        """Write atomically (a crash mid-write must not lose what was fetched)."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps({"feeds": self.feeds, "fetched": self.fetched}, indent=1,
                                  sort_keys=True), encoding="utf-8")
        tmp.replace(self.path)

    def validators(self, feed: str) -> dict[str, str]:
        """The conditional-request headers for ``feed`` (empty the first time)."""
        known = self.feeds.get(feed, {})
        names = {"etag": "If-None-Match", "last_modified": "If-Modified-Since"}
        return {names[k]: v for k, v in known.items() if k in names}

    def remember(self, feed: str, headers: dict[str, str]) -> None:
        """Keep the ETag and Last-Modified a feed answered with."""
        lower = {k.lower(): v for k, v in headers.items()}
        self.feeds[feed] = {k: lower[h] for k, h in (("etag", "etag"),
                                                     ("last_modified", "last-modified"))
                            if h in lower}


def state_path(db: str) -> Path:
    """Where the watch state of the knowledge base ``db`` lives (a URL's: the working folder)."""
    if "://" in db:
        return Path("tellytrack.watch.json")
    return Path(db).with_suffix(".watch.json")


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs, one per line; blank lines and ``#`` comments are skipped.

    A comment starts a line or follows a blank, so a URL's own ``#fragment`` stays.
    """
    text = path.read_text(encoding="utf-8")
    lines = (re.split(r"(?:^|\s)#", line, maxsplit=1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def entries(body: bytes, feed_url: str) -> Iterator[Entry]:
    """The articles a feed (RSS/Atom via feedparser) or a plain sitemap points at."""
    if b"<urlset" in body[:2048]:
        yield from _sitemap_entries(body, feed_url)
        return
    import feedparser

    from tellytrack.ingest.feeds import from_entry

    parsed = feedparser.parse(body)
    site = parsed.feed.get("link")
    for number, item in enumerate(parsed.entries, start=1):
        link = item.get("link")
        if not link:
            continue
        own = from_entry(item, f"{feed_url}#entry {number}", site)
        fallback = own if isinstance(own, Article) else None
        yield Entry(urljoin(feed_url, link), fallback.title if fallback else item.get("title"),
                    fallback.published if fallback else None, fallback)


def _sitemap_entries(body: bytes, sitemap_url: str) -> Iterator[Entry]:
    """``<url><loc>`` (and ``<lastmod>``) of a sitemap; a sitemap index is not followed."""
    from lxml import etree

    from tellytrack.ingest.dates import date_from_feed

    root = etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    for url in root.iterfind("{*}url"):
        loc = (url.findtext("{*}loc") or "").strip()
        if loc:
            yield Entry(urljoin(sitemap_url, loc),
                        published=date_from_feed(url.findtext("{*}lastmod")))


def article_of(entry: Entry, page: bytes) -> Article | None:
    """The page's article, completed from the feed entry; else the entry's own text.

    The entry's text wins when it is longer: a page whose main text is shorter
    than its own feed summary is a page trafilatura could not read (a script
    shell, a consent wall), not a shorter article.
    """
    from tellytrack.ingest.html import from_html
    from tellytrack.ingest.records import outlet_from_url

    found = from_html(page, entry.url)
    fallback = entry.fallback
    if not isinstance(found, Article) or (fallback and len(fallback.text) > len(found.text)):
        return fallback and replace(fallback, url=fallback.url or entry.url, origin=entry.url)
    return replace(found, url=found.url or entry.url, origin=entry.url,
                   outlet=found.outlet or outlet_from_url(entry.url),
                   published=entry.published or found.published,
                   title=found.title or entry.title)


@dataclass
class PollReport:
    """What one poll of one feed did."""

    feed: str
    status: str = "unchanged"
    entries: int = 0
    fetched: int = 0
    ingest: IngestReport = field(default_factory=IngestReport)


def poll_feed(store: Store, feed: str, state: WatchState, fetcher: Fetcher, log: Log
              ) -> PollReport:
    """Read one feed (conditionally), fetch its new pages and ingest them."""
    report = PollReport(feed)
    answer = fetcher.get(feed, state.validators(feed))
    if answer.status == 304:
        return report
    if answer.status != 200:
        report.status = f"not read (HTTP {answer.status or answer.headers.get('error')})"
        return report
    report.status = "read"
    found = [e for e in entries(answer.body, feed) if e.url not in state.fetched]
    report.entries = len(found)
    articles = [a for a in (_fetch(e, state, fetcher, log) for e in found) if a is not None]
    report.fetched = len(articles)
    for a in articles:
        if not store.has_article(a.id):
            log(f"  + {a.title or a.url} ({a.url})")
    report.ingest = ingest_items(store, articles)
    state.remember(feed, answer.headers)
    return report


def _fetch(entry: Entry, state: WatchState, fetcher: Fetcher, log: Log) -> Article | None:
    """One entry's article, recording in ``state`` what became of its URL."""
    if not fetcher.allowed(entry.url):
        state.fetched[entry.url] = "robots.txt disallows it"
        log(f"  - {entry.url}: robots.txt disallows it, not fetched")
        return None
    page = fetcher.get(entry.url)
    if page.status == 0 or page.status >= 500:  # worth another try at the next poll
        log(f"  ! {entry.url}: {page.headers.get('error') or f'HTTP {page.status}'}, "
            "will try again")
        return None
    article = article_of(entry, page.body) if page.status == 200 else entry.fallback
    state.fetched[entry.url] = "read" if article else f"no article (HTTP {page.status})"
    if article is None:
        log(f"  - {entry.url}: no article text (HTTP {page.status})")
    return article


def poll(store: Store, feeds: list[str], state: WatchState, log: Log,
         delay: float = DEFAULT_DELAY) -> list[PollReport]:
    """Poll every feed once, saving the state after each feed."""
    fetcher = Fetcher(delay)
    reports = []
    for feed in feeds:
        report = poll_feed(store, feed, state, fetcher, log)
        state.save()
        log(summary(report))
        reports.append(report)
    return reports


def summary(r: PollReport) -> str:
    """One log line per feed and poll."""
    if r.status != "read":
        return f"{r.feed}: {r.status}"
    i = r.ingest
    failed = f", {len(i.failed)} failed" if i.failed else ""
    return (f"{r.feed}: {r.entries} new entries, {r.fetched} fetched; added {i.new} articles "
            f"({i.duplicate} already stored, {i.syndicated} syndicated copies{failed}), "
            f"{i.facts} facts")
