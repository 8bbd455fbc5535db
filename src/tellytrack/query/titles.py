"""``display_title``: a readable headline for an article, from its title or its text.

Most stored articles have no title, and their text begins with what the page
around the story carried: a ``date YYYY-MM-DD`` stamp from the dump, section
breadcrumbs ("Television | News", "• News"), bylines, "Follow us on", cookie
banners, a dateline ("MUMBAI:", "Mumbai, June 18 (IANS)"), and titles end in
"| Site" or "- Outlet". The stored text stays as it was (the facts' evidence
offsets point into it); only the headline a page lists is cleaned, here, by
general rules: nothing in them names a show, a person or an article.

The first line left is the headline, or its first sentence when it holds
several (the text began without one), cut at a word to ``MAX_TITLE`` characters.
"""

from __future__ import annotations

import re
from functools import cache

from tellytrack.extract.lexicon import words

MAX_TITLE = 110  # characters a listed headline keeps before it is cut at a word
MIN_SENTENCE_WORDS = 4  # a shorter first sentence ("Exclusive!") takes the next one along
SHORT_LINE_WORDS = 3  # a first line of at most this many words, before more text, is furniture

# A stamp the article dumps put before the text: "date 2024-03-05", "date 2024-03".
DATE_STAMP = re.compile(r"^\s*date\s+\d{4}(?:-\d{2}){0,2}\s*", re.I)
# Page furniture a line may start with (breadcrumbs, share bars, consent banners,
# bylines, summary widgets); the whole line is dropped. Seen across news sites.
FURNITURE_LINE = re.compile(
    r"^\s*(?:[•·▪►*-]\s|accept (?:the )?(?:updated )?(?:privacy|cookie)|we use cookies"
    r"|scorecardresearch|for quick alerts|e-paper\b|news highlights\b|edited by\b"
    r"|written by\b|by editorial desk\b|home\s*[»>|]|home(?=[A-Z])|last updated\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s)", re.I)
# Furniture a headline line may begin with; only the matched part is dropped.
FURNITURE_PREFIX = re.compile(
    r"^\s*(?:follow us on\s+|image source\s*:\s*(?-i:[A-Z0-9_./]+\s+)+|summari[sz]e\s+"
    r"|simplifying\.*\s*"
    r"|in short\s+)+", re.I)
# A photo caption: "... (Photo Credits: Instagram)", "... / File photo".
CAPTION = re.compile(r"\((?:photo|image|pic)\b[^)]*\)\s*$|/\s*file photo\s*$", re.I)
# A date (and time) line: "June 23, 2025 1:17 PM", "Jun 12, 2025, 13:33 IST".
DATE_LINE = re.compile(r"^\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b.{0,24}$")
# A dateline before the story: "MUMBAI:", "Mumbai/IBNS:", "Mumbai, Oct 26 (IANS):".
DATELINE = re.compile(
    r"^\s*(?:[A-Z]{4,}(?: [A-Z]{4,})?\s*\"?\s*:"
    r"|[A-Z][a-z]+/[A-Z]{2,}\s*:"
    r"|[A-Z][a-z]+,\s*[A-Z][a-z]{2,8}\.? \d{1,2}\s*\([A-Z]{2,}\)\s*:?)\s*")
# "Headline | Section | Site" and "Headline - Site": the tail after the first bar or dash.
SITE_SUFFIX = re.compile(r"\s+(?:\||[-–—])\s+([^|–—]{2,40})$")
SENTENCE_END = re.compile(r"(?<=[.!?।])[\"'”’]?\s+(?=[\"'“‘A-Z0-9\u0900-\u097F])")


@cache
def outlet_names() -> frozenset[str]:
    """Outlet names from the outlets lexicon, lower-cased without spaces ("telly chakkar" ->
    "tellychakkar")."""
    return frozenset(_squash(n) for n in words("outlets"))


def _squash(name: str) -> str:
    return re.sub(r"[\s.]+", "", name).lower()


def _is_outlet(name: str, outlet: str | None) -> bool:
    """Whether ``name`` names a news outlet: the lexicon's, or the article's own site."""
    squashed = _squash(name)
    site = _squash((outlet or "").split(".")[0]) if outlet else ""
    return squashed in outlet_names() or (bool(site) and squashed.startswith(site)) or (
        squashed.endswith(("com", "in", "news", "live", "tv")) and "." in name)


def display_title(title: str | None, text: str, outlet: str | None = None) -> str:
    """The headline to list for an article: its title or first line, without furniture."""
    lines = [_clean(line) for line in _lines(title or text)]
    lines = [line for line in lines if line]
    while len(lines) > 1 and _furniture(lines[0]):
        lines.pop(0)
    if not lines:
        return (title or text).strip()[:MAX_TITLE] or "Untitled article"
    head = _strip_site(DATELINE.sub("", lines[0], count=1), outlet)
    return _cut(_first_sentence(head))


def _lines(text: str) -> list[str]:
    return DATE_STAMP.sub("", text, count=1).strip().splitlines()


def _clean(line: str) -> str:
    """A line without a leading furniture phrase, or "" when it is furniture through."""
    line = DATE_STAMP.sub("", line, count=1)
    if FURNITURE_LINE.match(line) or DATE_LINE.match(line) or CAPTION.search(line):
        return ""
    return FURNITURE_PREFIX.sub("", line, count=1).strip()


def _furniture(line: str) -> bool:
    """A short label line before the story: a section name, a byline, "Television | News"."""
    parts = [p.strip() for p in re.split(r"\s+\|\s+", line)]
    return len(line.split()) <= SHORT_LINE_WORDS or (
        len(parts) > 1 and all(len(p.split()) <= 2 for p in parts))


def _strip_site(head: str, outlet: str | None) -> str:
    """The headline without a trailing "| Site" or "- Outlet"."""
    found = SITE_SUFFIX.search(head)
    while found and _is_outlet(found.group(1), outlet):
        head = head[:found.start()].rstrip()
        found = SITE_SUFFIX.search(head)
    return head


def _first_sentence(text: str) -> str:
    """The first sentence, or the first few when it is a bare "Exclusive!"."""
    out = ""
    for sentence in SENTENCE_END.split(text):
        out = f"{out} {sentence}".strip()
        if len(out.split()) >= MIN_SENTENCE_WORDS:
            break
    return out


def _cut(head: str) -> str:
    """At most ``MAX_TITLE`` characters, cut at a word with an ellipsis."""
    if len(head) <= MAX_TITLE:
        return head
    return head[:MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"
