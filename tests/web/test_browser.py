"""The pages in a real headless Chromium (Debian's ``chromium``), screenshots saved.

Every page is shot at desktop (1280 px) and phone (390 px) width, as
NAME-1280.png and NAME-390.png, into $TELLYTRACK_SCREENSHOTS, else
./artifacts/screenshots/ (gitignored; CI keeps them as artifacts). Skipped
only when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tellytrack.model import Article, Evidence, Fact, PubDate
from tellytrack.store.base import Incoming
from tellytrack.store.sqlite import SQLiteStore

from .conftest import build_kb, serve

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(os.environ.get("TELLYTRACK_SCREENSHOTS", "artifacts/screenshots"))
WIDTHS = (1280, 390)  # a desktop and a phone
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PAYLOAD = ('Pyaar Ki Dor: Aman Verma plays Dev. <script>window.__pwned = "script"</script> '
           'The <img src=x onerror="window.__pwned = \'onerror\'"> finale airs on Colors. '
           '<svg onload="window.__pwned = \'svg\'"></svg>')

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"
                       " (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def page(live_server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": WIDTHS[0], "height": 900})
        pg = context.new_page()
        pg.errors = []
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        yield pg
        browser.close()


def shoot(page: Any, name: str) -> None:
    """Full-page screenshots of the current page at every width; at none may the page
    scroll sideways (wide content scrolls inside its own box) or the search box leave
    the header."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, name
        bar, box = page.locator(".topbar").bounding_box(), page.locator(".search").bounding_box()
        assert bar["x"] <= box["x"] and box["x"] + box["width"] <= bar["x"] + bar["width"]
        assert bar["y"] <= box["y"] and box["y"] + box["height"] <= bar["y"] + bar["height"]
    page.set_viewport_size({"width": WIDTHS[0], "height": 900})


def _rating(show: str, day: str, week: str, rank: int, rating: float) -> Incoming:
    """An invented BARC report for ``show`` with its rating fact."""
    text = f"BARC {week}: {show} is at number {rank} with a rating of {rating}."
    article = Article.create(text, outlet="trpdesk.example", published=PubDate.parse(day),
                             url=f"https://trpdesk.example/{show}/{day}", title=text[:60])
    fact = Fact.from_spec({"type": "rating", "show": show, "rank": rank, "rating": rating,
                           "week": week}, evidence=Evidence(article.id, 0, len(text), text),
                          confidence=0.9, modality="stated")
    return Incoming(article, [fact])


@pytest.fixture(scope="module")
def compare_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The invented KB plus a second show's ratings over the same weeks."""
    path = build_kb(tmp_path_factory.mktemp("compare") / "kb.db")
    with SQLiteStore(path) as store:
        store.add_batch([_rating("Pyaar Ki Dor", f"2024-01-{day:02d}", f"2024-W{w:02d}", r, v)
                         for day, w, r, v in ((11, 1, 3, 1.6), (18, 2, 1, 2.6),
                                              (25, 3, 2, 2.0), (31, 4, 4, 1.2))])
    with serve(path) as url:
        yield url


def test_home_to_show_page(page: Any, live_server: str) -> None:
    """From the home page a click reaches the show, whose four panels are all there."""
    page.goto(live_server + "/")
    assert page.locator(".show-card").count() >= 2
    shoot(page, "home")
    page.click("text=Saath Chalenge")
    page.wait_for_selector("h1:has-text('Saath Chalenge')")
    assert page.locator("#cast tbody tr").count() >= 3
    assert page.locator("#cast").inner_text().count("Naina Kapoor") == 1
    assert page.locator("#timeline .event").count() == 3
    assert page.locator("#ratings .wide svg.chart polyline").count() == 2
    assert page.locator("#rumours .claim").count() >= 1
    assert page.locator("#relations svg.graph .node").count() >= 3
    shoot(page, "show")
    assert page.errors == []


def test_spoiler_cut_off_hides_later_events(page: Any, live_server: str) -> None:
    """Picking a date reloads the page without anything that happened after it."""
    page.goto(live_server + "/shows/Saath%20Chalenge")
    assert "leap" in page.locator("#timeline").inner_text().lower()
    page.fill("#until", "2024-01-15")  # app.js submits the form on change
    page.wait_for_url("**until=2024-01-15")
    timeline = page.locator("#timeline").inner_text().lower()
    assert "wedding" in timeline
    assert "leap" not in timeline and "accident" not in timeline
    assert "Naina Kapoor" not in page.locator("#cast").inner_text()
    shoot(page, "show-spoiler-2024-01-15")


def test_article_page_highlights_fact_sentences(page: Any, live_server: str) -> None:
    """Each fact's sentence is marked in the text, with the fact listed beside it."""
    page.goto(live_server + "/search?q=Naina")
    shoot(page, "search")
    page.goto(live_server + "/api/v1/articles?q=Naina%20Kapoor")
    article_id = page.evaluate("JSON.parse(document.body.innerText).items[0].id")
    page.goto(f"{live_server}/articles/{article_id}")
    marks = page.locator("mark.fact-mark")
    assert marks.count() == 2
    assert "Naina Kapoor will now play Kavya." in marks.nth(1).inner_text()
    assert page.locator("#facts li").count() == 3
    shoot(page, "article")


def test_person_page(page: Any, live_server: str) -> None:
    """A person's page lists the role and the change history from the show page."""
    page.goto(live_server + "/shows/Saath%20Chalenge")
    page.click("#cast .former >> text=Tanvi Desai")
    page.wait_for_selector("h1:has-text('Tanvi Desai')")
    assert "Kavya" in page.locator("#roles").inner_text()
    assert page.locator("#changes .claim").count() >= 1
    shoot(page, "person")


def test_ingested_script_payload_never_runs(page: Any, live_server: str, token: str) -> None:
    """An article carrying <script>, onerror= and onload= payloads shows as text only."""
    response = httpx.post(f"{live_server}/api/v1/articles", json={
        "text": PAYLOAD, "date": "2024-03-01", "outlet": "evil.example",
        "title": '<img src=x onerror="window.__pwned = \'title\'">'},
        headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 201, response.text
    article_id = response.json()["ids"][0]
    page.goto(f"{live_server}/articles/{article_id}")
    page.wait_for_selector("#article-text")
    assert page.evaluate("window.__pwned === undefined")
    assert "<script>" in page.locator("#article-text").inner_text()
    assert page.locator("#article-text script, #article-text img, h1 img").count() == 0
    page.goto(live_server + "/")
    assert page.evaluate("window.__pwned === undefined")
    page.goto(f"{live_server}/articles/{article_id}")
    shoot(page, "article-payload")


def test_demo_show_page(page: Any, demo_server: str) -> None:
    """The show page over `tellytrack demo`'s KB renders its panels (screenshot for review)."""
    page.goto(demo_server + "/")
    shoot(page, "demo-home")
    page.click(".show-card >> text=Saath Chalenge")
    page.wait_for_selector("h1:has-text('Saath Chalenge')")
    for panel in ("#cast", "#timeline", "#ratings", "#rumours", "#relations"):
        assert page.locator(panel).is_visible()
    shoot(page, "demo-show")
    assert page.errors == []


def test_ratings_compare_page(page: Any, compare_server: str) -> None:
    """Two shows in one chart from the show page's link: a line each, a legend naming both."""
    page.goto(compare_server + "/shows/Saath%20Chalenge")
    page.click("text=Compare with other shows")
    page.wait_for_selector("h1:has-text('Ratings compared')")
    page.click("#choices >> text=Pyaar Ki Dor")
    page.wait_for_selector(".series-legend >> text=Pyaar Ki Dor")
    assert page.locator("#compare .wide svg polyline").count() == 4  # rating and rank, each show
    assert page.locator(".series-legend li").count() == 2
    shoot(page, "ratings-compare")
    assert page.errors == []


def test_character_and_show_articles_pages(page: Any, live_server: str) -> None:
    """From the cast table to a character (who played them, when), and to the show's articles."""
    page.goto(live_server + "/shows/Saath%20Chalenge")
    page.click("#cast >> text=Kavya")
    page.wait_for_selector("h1:has-text('Kavya')")
    players = page.locator("#played .player")
    assert players.count() == 2
    assert "Tanvi Desai" in players.nth(0).inner_text()
    assert "now" in players.nth(1).inner_text() and "Naina Kapoor" in players.nth(1).inner_text()
    shoot(page, "character")
    page.click(".crumbs >> text=Saath Chalenge")
    page.click(".show-head .meta >> text=articles")
    page.wait_for_selector("h1:has-text('Articles about Saath Chalenge')")
    assert page.locator("#articles li").count() >= 10
    shoot(page, "show-articles")
    assert page.errors == []
