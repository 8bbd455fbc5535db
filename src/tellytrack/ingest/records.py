"""What every reader yields: a finished :class:`Article` or a :class:`Failure`.

Readers never raise on bad input: one bad line or page becomes one Failure
naming it, and the batch goes on. ``make_article`` is the single place where
the fields an input left out (outlet, language) are filled in, so that every
format fills them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from tellytrack.model import Article, PubDate

# Share of letters that must be Devanagari for an article to count as Hindi. Hindi
# articles quote English names and show titles, so half the letters is plenty;
# English articles quoting a Hindi word stay far below it.
DEVANAGARI_SHARE_HINDI = 0.3


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
    """Build an article, filling outlet and language; a blank text is a Failure."""
    if not text.strip():
        return Failure(origin, "the article text is empty")
    return Article.create(
        text,
        url=url or None,
        outlet=outlet or outlet_from_url(url),
        published=published,
        title=(title or "").strip() or None,
        lang=lang or detect_lang(text),
        source_id=source_id,
        origin=origin,
    )


def outlet_from_url(url: str | None) -> str | None:
    """The site an article came from, as its host name without "www."."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    return host.removeprefix("www.") or None


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
