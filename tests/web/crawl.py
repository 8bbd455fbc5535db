"""Follow a site's own links from some start pages, with an in-process client."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

from fastapi.testclient import TestClient

SKIP = ("/static/", "/api/v1/openapi.json")  # assets and the schema hold no KB data


class Links(HTMLParser):
    """Every ``<a href>`` (with its class) and every ``<form>`` with its inputs."""

    def __init__(self) -> None:
        super().__init__()
        self.anchors: list[tuple[str, str]] = []  # (href, class)
        self.forms: list[tuple[str, dict[str, str]]] = []  # (action, {input name: value})

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and "href" in a:
            self.anchors.append((a["href"], a.get("class", "")))
        elif tag == "form":
            self.forms.append((a.get("action", ""), {}))
        elif tag == "input" and self.forms and a.get("name"):
            self.forms[-1][1][a["name"]] = a.get("value", "")


def links(html: str) -> Links:
    """The links and forms of one page."""
    parser = Links()
    parser.feed(html)
    return parser


def internal(href: str) -> bool:
    """A link into this site's pages or API (not an asset, not another site)."""
    return href.startswith("/") and not href.startswith("//") and not href.startswith(SKIP)


def crawl(client: TestClient, start: list[str]) -> dict[str, tuple[int, str]]:
    """(status, body of an HTML page or "") of every URL reachable from ``start``."""
    seen: dict[str, tuple[int, str]] = {}
    todo = list(start)
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        response = client.get(url, follow_redirects=False)
        html = response.headers.get("content-type", "").startswith("text/html")
        seen[url] = (response.status_code, response.text if html else "")
        if html:
            todo += [h for h, _ in links(response.text).anchors
                     if internal(h) and urlsplit(h).path != "/spoiler"]
    return seen
