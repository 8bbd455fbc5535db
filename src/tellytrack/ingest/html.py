"""HTML pages: the article's main text and metadata, via trafilatura.

trafilatura is built for exactly this job (boilerplate removal on news
pages: menus, "Also Read" boxes, footers) and reads title, date (htmldate)
and site name from the page's metadata. Its output is plain text: scripts,
event-handler attributes and iframes never reach the article, so a hostile
page cannot smuggle markup into the knowledge base; a page where nothing is
left after that is a Failure. :func:`fragment_text` does the same for the
small HTML fragments feeds carry.
"""

from __future__ import annotations

import re
from typing import Any

import trafilatura
from lxml import etree
from lxml.html import HTMLParser, document_fromstring, fragment_fromstring

from tellytrack import limits
from tellytrack.ingest.dates import DateError, date_in_text, parse_date
from tellytrack.ingest.files import decode_utf8
from tellytrack.ingest.records import Failure, Item, found_url, make_article, outlet_from_url
from tellytrack.model import PubDate

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_PARSER = HTMLParser(remove_comments=True)
_DROPPED_TAGS = ("script", "style", "iframe", "noscript", "template", "object", "embed")
_BLOCK_TAGS = ("br", "p", "div", "li", "tr", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")


def from_html(data: bytes, item: str) -> Item:
    """One HTML page as an article (main text, title, date, outlet)."""
    page = decode_html(data, item)
    if isinstance(page, Failure):
        return page
    shown = visible_chars(page)
    if shown > limits.MAX_PAGE_TEXT_CHARS:
        return Failure(item, f"the page holds {shown:,} characters of text (the limit is "
                       f"{limits.MAX_PAGE_TEXT_CHARS:,}, tellytrack.limits.MAX_PAGE_TEXT_CHARS); "
                       "is it an archive or a listing rather than one article?")
    meta = _extract(page)
    text = meta.get("text", "")
    if not text:
        return Failure(item, "no article text found in the page (scripts, styles and page "
                       "furniture are removed and nothing was left); is it an article page?")
    url = found_url(meta.get("url"))
    return make_article(
        text, origin=item, url=url,
        outlet=outlet_from_url(url) or meta.get("hostname") or meta.get("sitename"),
        published=_page_date(meta.get("date")) or date_in_text(text), title=meta.get("title"),
    )


def visible_chars(page: str) -> int:
    """Characters of a page outside tags, scripts, styles and comments: a cheap upper
    bound of its article text, measured before trafilatura's costlier pass.

    A page shorter than the limit cannot exceed it, so only large pages are parsed
    (by lxml, in linear time whatever the markup, about 1 s for 12 MB).
    """
    if len(page) <= limits.MAX_PAGE_TEXT_CHARS:
        return len(page)
    try:
        root = document_fromstring(page, parser=_PARSER)
    except (ValueError, etree.ParserError):  # nothing parseable: trafilatura will say so
        return 0
    etree.strip_elements(root, "script", "style", with_tail=False)
    return len(root.text_content())


def _extract(page: str) -> dict[str, str]:
    """trafilatura's main text and metadata, as the non-empty string fields."""
    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    if found is None:
        return {}
    fields: dict[str, Any] = found if isinstance(found, dict) else found.as_dict()
    return {k: v for k, v in fields.items() if isinstance(v, str) and v.strip()}


def decode_html(data: bytes, item: str) -> str | Failure:
    """UTF-8, else the charset the page declares in a <meta> tag, else a Failure.

    Unlike plain text, a page states its encoding, so honouring the declaration
    is reading what the author wrote, not guessing.
    """
    text = decode_utf8(data, item)
    if not isinstance(text, Failure):
        return text
    declared = _META_CHARSET_RE.search(data[:4096])
    if declared:
        try:
            return data.decode(declared[1].decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return text


def _page_date(found: str | None) -> PubDate | None:
    """The page date trafilatura found; a nonsense one counts as unknown (it is a guess)."""
    if not found:
        return None
    try:
        return parse_date(found[:10])
    except DateError:
        return None


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment: scripts dropped, one line per block element."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    root = fragment_fromstring(fragment, create_parent="div")
    for bad in root.xpath(" | ".join(f".//{tag}" for tag in _DROPPED_TAGS)):
        bad.drop_tree()
    for block in root.iter(*_BLOCK_TAGS):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
