"""Every size limit in one place, the same for each entry point (CLI, API, feeds).

A limit here is a promise that one bad input costs bounded time and memory and
is refused with a message naming the limit, instead of stopping a batch or a
server. Read them as ``limits.NAME`` (not a copied name), so that a test or a
deployment that sets ``tellytrack.limits.NAME = ...`` changes it everywhere.

The numbers are set far above anything real: the longest article in the
project's corpus is 2,263 characters, its longest paragraph 1,243, and the
largest news page we have seen is under 2 MB of HTML.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tellytrack.settings import Setting

# Largest single document in bytes: a text or HTML page, a feed or .json file, one
# JSONL line, text on stdin, one HTTP request body. Checked before reading (stat, the
# Content-Length header) and while reading (streams are counted), never after.
MAX_DOCUMENT_BYTES = 20_000_000

# Longest article text in characters. Extraction cost grows faster than the text
# (a 1.7 MB article takes 17 s, a 5 MB one a minute), so one huge text must not
# hold up a batch; 100,000 characters is over 40 times the longest real article.
MAX_ARTICLE_CHARS = 100_000

# Most text a web page may show (outside tags, scripts and styles) to be read as one
# article. trafilatura's cost grows with the page's text (a 12 MB page of paragraphs
# took 91 s and 490 MB before its text was refused as too long); a page with ten
# times the text an article may have is a listing or an archive, refused at once.
MAX_PAGE_TEXT_CHARS = 10 * MAX_ARTICLE_CHARS

# Longest line (paragraph) of article text kept as it is. The extractors scan a
# line around each cue, so a cue-dense line of 20,000 characters without a full
# stop costs 15 s; longer lines are broken at a sentence end or a blank (the
# character becomes a newline: offsets and the content id do not change).
MAX_LINE_CHARS = 2_000

# Deepest nesting of a JSON value (an article is one flat object). Deeper input is
# refused before Python's parser would recurse out of its stack.
MAX_JSON_DEPTH = 32

# Largest integer accepted in a query (offset): SQLite and PostgreSQL integers are
# 64-bit, and no list is that long.
MAX_QUERY_INT = 2**31 - 1

TRUSTED_HOSTS = Setting(
    "TELLYTRACK_TRUSTED_HOSTS", "",
    "Comma-separated Host names the server answers besides localhost, 127.0.0.1, ::1 "
    "and the --host it binds; `*` answers any (behind a proxy that checks Host itself).",
)
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")


def trusted_hosts(bind_host: str) -> list[str]:
    """The Host names a server bound to ``bind_host`` answers (see TRUSTED_HOSTS).

    Answering any Host would let a web page on another site reach a server on
    127.0.0.1 through DNS rebinding; a wildcard bind address (0.0.0.0) is no
    name, so remote names must then be listed in the setting.
    """
    extra = [h.strip() for h in TRUSTED_HOSTS.value().split(",") if h.strip()]
    bound = [] if bind_host in ("0.0.0.0", "::", "") else [bind_host]
    return list(dict.fromkeys([*LOCAL_HOSTS, *bound, *extra]))


def size_text(n: int) -> str:
    """A byte or character count as people read it."""
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n} bytes"


def too_big(size: int) -> str:
    """The message for an oversized document, naming the limit and the way out."""
    return (f"too large ({size_text(size)}; the limit for one document is "
            f"{size_text(MAX_DOCUMENT_BYTES)}, tellytrack.limits.MAX_DOCUMENT_BYTES); "
            "split it into one article per file or per JSONL line")


def article_too_long(chars: int) -> str:
    """The message for an article text over MAX_ARTICLE_CHARS."""
    return (f"the article text is too long ({chars:,} characters; the limit is "
            f"{MAX_ARTICLE_CHARS:,}, tellytrack.limits.MAX_ARTICLE_CHARS); "
            "is it several articles in one? split them")


class TooDeep(ValueError):
    """A JSON value nested deeper than MAX_JSON_DEPTH."""

    def __init__(self) -> None:
        super().__init__(f"JSON nested more than {MAX_JSON_DEPTH} levels deep "
                         "(tellytrack.limits.MAX_JSON_DEPTH); an article is one flat object")


def loads(text: str | bytes) -> Any:
    """``json.loads`` that refuses deep nesting with :class:`TooDeep`, never RecursionError.

    The bracket depth is measured on the raw text first (strings skipped), so a
    line of 5,000 ``[`` costs one linear pass, not a trip to the recursion limit.
    """
    if json_depth(text if isinstance(text, str) else text.decode("utf-8", "replace")) \
            > MAX_JSON_DEPTH:
        raise TooDeep
    return json.loads(text)


def json_depth(text: str) -> int:
    """The deepest bracket nesting of JSON text, ignoring brackets inside strings."""
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:  # the common, flat case
        return 0
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRINGS.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")
