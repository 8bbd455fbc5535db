"""The spoiler cut-off: kept on every link of every page, settable once for the site."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from web.crawl import crawl, internal, links

CUT = "2024-01-15"
LATE_ARTICLE = "Saath Chalenge: Tanvi Desai has confirmed she quit"  # 2024-02-02


def _keeps_cut(href: str, cls: str) -> bool:
    """A link keeps the cut-off: ``until`` (pages) or both clocks (API); a "clear" link
    may lift it on purpose, and only with an explicit empty ``until=``."""
    query = parse_qs(urlsplit(href).query, keep_blank_values=True)
    if "clear" in cls.split():
        return query.get("until") == [""]
    if urlsplit(href).path.startswith("/api/"):
        return query.get("as_of") == [CUT] and query.get("known_by") == [CUT]
    return query.get("until") == [CUT]


def _leaks(pages: dict[str, tuple[int, str]]) -> list[str]:
    """Every internal link or GET form, on any page, that drops the cut-off."""
    out = []
    for url, (_, html) in pages.items():
        found = links(html)
        out += [f"{url} -> {h}" for h, cls in found.anchors
                if internal(h) and not _keeps_cut(h, cls)]
        out += [f"{url} -> form {action}" for action, inputs in found.forms
                if inputs.get("until") != CUT]
    return out


@pytest.mark.slow
def test_every_link_of_every_page_keeps_the_cut_off(client: TestClient) -> None:
    """Crawled from the home page with ?until=, no link or form on any page lets it go."""
    pages = crawl(client, [f"/?until={CUT}", f"/search?q=Kavya&until={CUT}",
                           f"/shows/Saath Chalenge?until={CUT}", f"/nowhere?until={CUT}"])
    # a page reached through a leak is not judged again: the leak is reported where it starts
    judged = {u: p for u, p in pages.items() if p[1] and f"until={CUT}" in u}
    assert len(judged) > 10
    assert not _leaks(judged)


def test_site_wide_cut_off_is_a_cookie(client: TestClient) -> None:
    """/spoiler stores the date; pages without ?until= then use it and their links carry it."""
    set_ = client.get(f"/spoiler?until={CUT}&next=/shows/x", follow_redirects=False)
    assert set_.status_code == 303 and set_.headers["location"] == f"/shows/x?until={CUT}"
    assert f"tt_until={CUT}" in set_.headers["set-cookie"]
    home = client.get("/").text
    assert LATE_ARTICLE not in home  # published after the cut-off
    assert all(_keeps_cut(h, c) for h, c in links(home).anchors if internal(h))
    forgot = client.get("/spoiler?until=&next=/", follow_redirects=False)
    assert 'tt_until=""' in forgot.headers["set-cookie"]  # deleted
    client.cookies.clear()
    assert LATE_ARTICLE in client.get("/").text


def test_empty_until_beats_the_cookie(client: TestClient) -> None:
    """?until= (empty) shows everything for that page even with a site cut-off set."""
    client.cookies.set("tt_until", CUT)
    assert LATE_ARTICLE in client.get("/?until=").text
    client.cookies.clear()


def test_article_after_the_cut_off_is_held_back(client: TestClient) -> None:
    """An article published after the cut-off shows neither its text nor its title."""
    found = client.get("/api/v1/articles", params={"q": "confirmed she quit"}).json()
    aid = found["items"][0]["id"]
    held = client.get(f"/articles/{aid}", params={"until": CUT}).text
    assert 'id="held"' in held and "confirmed she quit" not in held
    assert "confirmed she quit" in client.get(f"/articles/{aid}").text


def test_search_hides_names_first_known_after_the_cut_off(client: TestClient) -> None:
    """Naina Kapoor first appears on 2024-02-02: a search before then does not find her."""
    assert "Naina Kapoor" in client.get("/search", params={"q": "Naina"}).text
    assert "Naina Kapoor" not in client.get("/search", params={"q": "Naina", "until": CUT}).text


def test_cut_off_redirect_stays_on_this_site(client: TestClient) -> None:
    """``next`` cannot send the reader to another site."""
    r = client.get("/spoiler?until=2024-01-01&next=//evil.example/x", follow_redirects=False)
    assert r.headers["location"].startswith("/?")
    client.cookies.clear()


def test_unreadable_cut_off_says_how_to_write_it(client: TestClient) -> None:
    r = client.get("/shows/Saath Chalenge", params={"until": "15/01/2024"})
    assert r.status_code == 422 and "YYYY-MM-DD" in r.text
