"""Publication dates from the places an input may carry them.

An article's date anchors everything it says ("last week", "after the leap"),
so a wrong date is worse than none: a date given explicitly must be a real
calendar date or the article is refused (:class:`DateError`), while dates we
only guess at (from a URL) are dropped silently when they do not make sense.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from tellytrack.model import Precision, PubDate

# The stored-page form: the text of a saved page may begin with " date 2023-12 "
# or " date 2023-11-12 " (see shared/corpus/README.md).
_TEXT_PREFIX_RE = re.compile(r"^\s*date\s+(\d{4}-\d{1,2}(?:-\d{1,2})?)(?=\s|$)")

# Dates news sites put in article URLs: /2023/12/05/, /2023/12/, /2023-12-05/ or 20231205
# between separators. Years outside this window are ids, not dates.
_URL_DATE_RES = (
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=/|$|[-_.])"),
    re.compile(r"[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=/|$|[-_.])"),
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})(?=/)()"),
)


class DateError(ValueError):
    """A date was given but is not a real calendar date (e.g. "2023-02-30")."""


def parse_date(value: str) -> PubDate:
    """Read "YYYY-MM-DD", "YYYY-MM" or "YYYY"; raise DateError saying how to write it."""
    try:
        return PubDate.parse(value)
    except ValueError as e:
        reason = str(e) if str(e).startswith("not a date") else f"impossible date: {e}"
        raise DateError(f"date {value!r} is wrong ({reason}); "
                        "write YYYY-MM-DD, YYYY-MM or null") from e


def date_from_text(text: str) -> PubDate | None:
    """The date of the stored-page form `` date YYYY-MM[-DD] ...``, or None.

    Raises DateError when the prefix is there but names an impossible date,
    because the prefix is an explicit statement, not a guess.
    """
    m = _TEXT_PREFIX_RE.match(text)
    return parse_date(m[1]) if m else None


def date_from_url(url: str | None) -> PubDate | None:
    """A date embedded in an article URL, or None (impossible numbers are ignored)."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    for pattern in _URL_DATE_RES:
        m = pattern.search(path)
        if not m:
            continue
        try:
            return PubDate.parse("-".join(g for g in m.groups() if g))
        except ValueError:
            continue
    return None


def date_from_feed(raw: str | None) -> PubDate | None:
    """The publisher's local calendar day of a feed timestamp (RFC 822 or ISO 8601).

    feedparser's ``published_parsed`` is converted to UTC, which moves an
    article published at 02:00 IST to the previous day; reading the raw string
    keeps the day the outlet printed. Unreadable or impossible stamps give None.
    """
    if not raw:
        return None
    stamp = _parse_stamp(raw.strip())
    return PubDate(stamp, Precision.DAY) if stamp else None


def _parse_stamp(raw: str) -> date | None:
    """Try RFC 822 (RSS) then ISO 8601 (Atom) then a bare date."""
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return PubDate.parse(raw[:10]).start if len(raw) >= 10 else None
    except ValueError:
        return None
