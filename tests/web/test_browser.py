"""The pages in a real headless Chromium (Debian's ``chromium``), screenshots saved.

Screenshots go to ./artifacts/screenshots/ (gitignored; CI keeps them as
artifacts). Skipped only when /usr/bin/chromium is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path("artifacts/screenshots")
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
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        pg.errors = []
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        yield pg
        browser.close()


def test_home_to_show_page(page: Any, live_server: str) -> None:
    """From the home page a click reaches the show, whose four panels are all there."""
    page.goto(live_server + "/")
    assert page.locator(".show-card").count() >= 2
    page.screenshot(path=str(SHOTS / "home.png"), full_page=True)
    page.click("text=Saath Chalenge")
    page.wait_for_selector("h1:has-text('Saath Chalenge')")
    assert page.locator("#cast tbody tr").count() >= 3
    assert page.locator("#cast").inner_text().count("Naina Kapoor") == 1
    assert page.locator("#timeline .event").count() == 3
    assert page.locator("#ratings svg.chart polyline").count() == 2
    assert page.locator("#rumours .claim").count() >= 1
    assert page.locator("#relations svg.graph .node").count() >= 3
    page.screenshot(path=str(SHOTS / "show.png"), full_page=True)
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
    page.screenshot(path=str(SHOTS / "show-spoiler-2024-01-15.png"), full_page=True)


def test_article_page_highlights_fact_sentences(page: Any, live_server: str) -> None:
    """Each fact's sentence is marked in the text, with the fact listed beside it."""
    page.goto(live_server + "/search?q=Naina")
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)
    page.goto(live_server + "/api/v1/articles?q=Naina%20Kapoor")
    article_id = page.evaluate("JSON.parse(document.body.innerText).items[0].id")
    page.goto(f"{live_server}/articles/{article_id}")
    marks = page.locator("mark.fact-mark")
    assert marks.count() == 2
    assert "Naina Kapoor will now play Kavya." in marks.nth(1).inner_text()
    assert page.locator("#facts li").count() == 3
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)


def test_person_page(page: Any, live_server: str) -> None:
    """A person's page lists the role and the change history from the show page."""
    page.goto(live_server + "/shows/Saath%20Chalenge")
    page.click("#cast .former >> text=Tanvi Desai")
    page.wait_for_selector("h1:has-text('Tanvi Desai')")
    assert "Kavya" in page.locator("#roles").inner_text()
    assert page.locator("#changes .claim").count() >= 1
    page.screenshot(path=str(SHOTS / "person.png"), full_page=True)


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
    page.screenshot(path=str(SHOTS / "article-payload.png"), full_page=True)


def test_demo_show_page(page: Any, demo_server: str) -> None:
    """The show page over `tellytrack demo`'s KB renders its panels (screenshot for review)."""
    page.goto(demo_server + "/")
    page.screenshot(path=str(SHOTS / "demo-home.png"), full_page=True)
    page.click(".show-card >> text=Saath Chalenge")
    page.wait_for_selector("h1:has-text('Saath Chalenge')")
    for panel in ("#cast", "#timeline", "#ratings", "#rumours", "#relations"):
        assert page.locator(panel).is_visible()
    page.screenshot(path=str(SHOTS / "demo-show.png"), full_page=True)
    assert page.errors == []
