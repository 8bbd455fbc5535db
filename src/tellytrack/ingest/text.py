"""Plain-text articles: a whole file (or stdin) is one article.

Two optional ways to carry metadata, both meant for hand-made files:

* the stored-page form, whose text begins `` date 2023-11-12 ...``: the date
  is read and the text kept exactly as it is (fact offsets index the text as
  stored);
* a header block of ``Name: value`` lines (title, url, outlet, date, lang)
  ended by a blank line, as in an e-mail. The headers are not article text,
  so they are removed and the body after the blank line is the text.
"""

from __future__ import annotations

import re

from tellytrack.ingest.dates import (
    DateError,
    date_from_text,
    date_from_url,
    date_in_text,
    parse_date,
)
from tellytrack.ingest.records import Failure, Item, make_article, url_problem

HEADER_NAMES = ("title", "url", "outlet", "date", "lang")
_HEADER_RE = re.compile(r"^(" + "|".join(HEADER_NAMES) + r")\s*:\s*(.*?)\s*$", re.IGNORECASE)


def from_text(text: str, item: str) -> Item:
    """One plain-text article with its optional headers or date prefix."""
    headers, body = split_headers(text)
    url = headers.get("url")
    if url and url_problem(url):
        return Failure(item, f"the URL: header: {url_problem(url)}")
    try:
        given = headers.get("date")
        published = parse_date(given) if given else date_from_text(body)
    except DateError as e:
        return Failure(item, str(e))
    return make_article(
        body, origin=item, url=url, outlet=headers.get("outlet"),
        published=published or date_from_url(url) or date_in_text(body), title=headers.get("title"),
        lang=headers.get("lang"),
    )


def split_headers(text: str) -> tuple[dict[str, str], str]:
    """The ``Name: value`` header block and the body; no block -> ({}, text).

    Only a block made entirely of known header names counts, so an article
    that happens to open with "Update: ..." is left whole.
    """
    block, sep, body = text.partition("\n\n")
    if not sep:
        return {}, text
    headers: dict[str, str] = {}
    for line in block.strip("\r\n").splitlines():
        m = _HEADER_RE.match(line)
        if not m:
            return {}, text
        headers[m[1].lower()] = m[2]
    return headers, body.lstrip("\r\n")
