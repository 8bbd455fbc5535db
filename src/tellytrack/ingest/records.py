"""What every reader yields: a finished :class:`Article` or a :class:`Failure`.

Readers never raise on bad input: one bad line or page becomes one Failure
naming it, and the batch goes on. ``make_article`` is the single place where
the fields an input left out (outlet, language) are filled in, so that every
format fills them the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from tellytrack import limits
from tellytrack.model import Article, PubDate

# Share of letters that must be Devanagari for an article to count as Hindi. Hindi
# articles quote English names and show titles, so half the letters is plenty;
# English articles quoting a Hindi word stay far below it.
DEVANAGARI_SHARE_HINDI = 0.3

# Characters no stored text may hold: NUL (PostgreSQL refuses it, C tools cut the
# text there) and lone UTF-16 surrogates (JSON's "\ud800" escapes: not Unicode
# text, they cannot be written as UTF-8).
_UNSTORABLE_RE = re.compile("[\x00\ud800-\udfff]")
_SENTENCE_END_RE = re.compile(r"[.!?।][\"'”’)]*[ \t]")


@dataclass(frozen=True)
class Failure:
    """One input item that could not be read, and why.

    ``item`` names it the way a person finds it again: "dump.jsonl:17",
    "pages/a.html", "<stdin>:3", "feed.xml#entry 4". ``message`` says what is
    wrong and, where possible, how to fix it.
    """

    item: str
    message: str

    def __str__(self) -> str:
        return f"{self.item}: {self.message}"


Item = Article | Failure


def guarded(item: str, read: Callable[[], Item]) -> Item:
    """``read()``, or a Failure naming ``item`` whatever it raises.

    The readers turn every input problem we know of into a Failure with a
    clear message; this is the net under them, so that an input nobody
    foresaw (or a bug) costs one item, never the rest of the batch.
    """
    try:
        return read()
    except Exception as e:  # deliberately broad: see the docstring
        return Failure(item, unexpected(e))


def unexpected(e: BaseException) -> str:
    """The message for an error no reader foresaw: what it was, and where to report it."""
    return (f"could not be read ({type(e).__name__}: {str(e)[:300]}); the rest of the batch "
            "goes on; please report this input as a tellytrack bug")


def make_article(
    text: str,
    *,
    origin: str,
    url: str | None = None,
    outlet: str | None = None,
    published: PubDate | None = None,
    title: str | None = None,
    lang: str | None = None,
    source_id: str | None = None,
) -> Item:
    """Build an article, filling outlet and language, or the Failure saying why not.

    Every reader ends here, so the checks every article must pass (text present
    and within :data:`~tellytrack.limits.MAX_ARTICLE_CHARS`, no character that
    cannot be stored) are the same for files, feeds, stdin and the API. The URL
    is the reader's to check: refused when stated (:func:`url_problem`), dropped
    when only found (:func:`found_url`).
    """
    if not text.strip():
        return Failure(origin, "the article text is empty")
    if len(text) > limits.MAX_ARTICLE_CHARS:
        return Failure(origin, limits.article_too_long(len(text)))
    fields = {"text": text, "url": url, "outlet": outlet, "title": title, "lang": lang,
              "id": source_id}
    problem = next(filter(None, (unstorable(k, v) for k, v in fields.items() if v)), None)
    if problem:
        return Failure(origin, problem)
    return Article.create(
        wrap_long_lines(text),
        url=url or None,
        outlet=outlet or outlet_from_url(url),
        published=published,
        title=(title or "").strip() or None,
        lang=lang or detect_lang(text),
        source_id=source_id,
        origin=origin,
    )


def unstorable(field: str, value: str) -> str | None:
    """Why ``value`` cannot be stored (a NUL or a lone surrogate), or None."""
    if "\x00" not in value and _encodes(value):  # the common case, at C speed
        return None
    m = _UNSTORABLE_RE.search(value)
    if m is None:
        return None
    what = "a NUL character" if m[0] == "\x00" else f"a lone surrogate (\\u{ord(m[0]):04x})"
    return (f"field {field!r} holds {what} at character {m.start()}, which is not storable "
            "text; fix the program that wrote it")


def _encodes(value: str) -> bool:
    """Whether ``value`` is valid Unicode (no lone surrogate): UTF-8 encoding says."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def wrap_long_lines(text: str) -> str:
    """Lines over MAX_LINE_CHARS broken at sentence ends (else blanks) into shorter ones.

    The extractors scan a whole line around each cue, so their cost grows with
    the square of a line's length; no real paragraph comes near the limit. A
    blank becomes a newline, so offsets and the content id stay the same.
    """
    limit = limits.MAX_LINE_CHARS
    if len(text) <= limit or not _has_long_line(text, limit):
        return text
    chars = list(text)
    start = 0
    for line in text.split("\n"):
        for cut in _line_cuts(line, limit):
            chars[start + cut] = "\n"
        start += len(line) + 1
    return "".join(chars)


def _has_long_line(text: str, limit: int) -> bool:
    """Whether a line of ``text`` is longer than ``limit`` (no copy of the text made)."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        if end - start > limit:
            return True
        start = end + 1
    return len(text) - start > limit


def _line_cuts(line: str, limit: int) -> list[int]:
    """Positions of the blanks that cut ``line`` into pieces of at most ``limit``."""
    cuts: list[int] = []
    start = 0
    while len(line) - start > limit:
        window = line[start:start + limit + 1]
        ends = [m.end() - 1 for m in _SENTENCE_END_RE.finditer(window)]
        cut = ends[-1] if ends else max(window.rfind(" "), window.rfind("\t"))
        if cut <= 0:  # a single word longer than the limit: nothing to cut at
            start += limit
            continue
        cuts.append(start + cut)
        start += cut + 1
    return cuts


def outlet_from_url(url: str | None) -> str | None:
    """The site an article came from, as its host name without "www."."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:  # "http://[bad": no host to name (url_problem says why)
        return None
    return host.removeprefix("www.") or None


def found_url(url: str | None) -> str | None:
    """A URL a reader found (a page's canonical link, a feed entry's link), None when it
    cannot be read: it is only a hint, unlike a URL the input states (see url_problem)."""
    return url if url and not url_problem(url) else None


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be read as a URL (``http://[bad``), or None."""
    try:
        urlsplit(url if "//" in url else f"//{url}").hostname  # noqa: B018 - parses the host
    except ValueError as e:
        return f"url {url[:200]!r} is not a readable URL ({e}); give a full http(s) URL or null"
    return None


def detect_lang(text: str) -> str:
    """"hi" when enough letters are Devanagari, else "en": cheap and offline.

    Only these two languages occur in the outlets we read; anything else
    keeps "en" and is still stored (the extractors simply find less).
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "en"
    devanagari = sum(1 for c in letters if "\u0900" <= c <= "\u097f")
    return "hi" if devanagari / len(letters) >= DEVANAGARI_SHARE_HINDI else "en"
