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


# Written dates: "Aug 31, 2023", "August 31 2023", "31 Aug, 2023", "31st August 2023",
# "March 2024". Month names in English, as the outlets print them.
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_YEAR = r"((?:19|20)\d{2})\b"
_DATE_RE = re.compile(
    rf"\b(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<m3>{_MONTH})\s+(?:of\s+)?(?P<y3>(?:19|20)\d{{2}})\b")
_YEAR_RE = re.compile(rf"\b{_YEAR}")
# "Published: Thursday, Aug 31, 2023", "Updated: 17 Oct, 2020", "Last updated on May 16, 2021".
_LINE_RE = re.compile(r"\b(?:Published|Updated|Posted|Last\s+updated|First\s+published)"
                      r"(?:\s+(?:on|at))?\s*:?\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s*)?",
                      re.IGNORECASE)
_CLOCK_RE = re.compile(r",?\s+\d{1,2}[:.]\d{2}\b")  # "..., 13:33 IST", "... 09:20 AM"
_WEEKDAY_RE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*$")
# Words that put the date right after them in the past of a show or a person, not the news.
_HISTORY_RE = re.compile(r"\b(?:premiered|launched|started|began|debuted|first aired|aired since"
                         r"|since|born|married|went on air)\s+(?:on\s+|in\s+)?$", re.I)
HEAD_CHARS = 400  # bylines and page headers sit in the first lines of a saved page


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
    """The date an article's text states for itself, or None.

    In order: the stored-page form `` date YYYY-MM[-DD] ...``; a "Published:",
    "Updated:", "Posted on" or "Last updated on" line; a date stamped with a
    clock time or a weekday near the top (a byline "Jun 12, 2025, 13:33 IST",
    a page header "Friday, June 20, 2025"). All are day-precise. Raises
    DateError when the prefix is there but names an impossible date, because
    the prefix is an explicit statement, not a guess.
    """
    m = _TEXT_PREFIX_RE.match(text)
    if m:
        return parse_date(m[1])
    return _published_line(text) or _stamp(text[:HEAD_CHARS])


def date_in_text(text: str) -> PubDate | None:
    """The latest full date the text mentions ("on March 18, 2024, the makers ..."), or None.

    The weakest reading, for an article nothing else dates: news reports what
    just happened, so the latest date it mentions is close to (and not after)
    its publication. A date is refused when the text names a later year (it
    was a look back: "premiered on July 28, 2008 ... in 2023") or when it dates
    a show's or a person's history ("launched on July 13, 2020"). Day precision
    when the day is written, month precision for "March 2024".
    """
    found = [d for m in _DATE_RE.finditer(text)
             if (d := _read(m)) is not None and not _HISTORY_RE.search(text[:m.start()])]
    if not found:
        return None
    latest = max(found, key=lambda d: d.end)
    years = [int(y) for y in _YEAR_RE.findall(text)]
    return None if any(y > latest.start.year for y in years) else latest


def _published_line(text: str) -> PubDate | None:
    """The date after "Published"/"Updated"/"Posted"; the first such line wins."""
    for m in _LINE_RE.finditer(text):
        d = _DATE_RE.match(text, m.end())
        if d and (day := _read(d)) is not None and day.precision is Precision.DAY:
            return day
    return None


def _stamp(head: str) -> PubDate | None:
    """A day-precise date beside a clock time or after a weekday, in the article's head."""
    for m in _DATE_RE.finditer(head):
        day = _read(m)
        stamped = _CLOCK_RE.match(head, m.end()) or _WEEKDAY_RE.search(head[:m.start()])
        if day is not None and day.precision is Precision.DAY and stamped:
            return day
    return None


def _read(m: re.Match[str]) -> PubDate | None:
    """A matched written date as a PubDate (None when the numbers are impossible)."""
    month = _MONTHS.get(((m["m1"] or m["m2"] or m["m3"]) or "")[:3].lower())
    day, year = m["d1"] or m["d2"], m["y1"] or m["y2"] or m["y3"]
    if month is None or year is None:
        return None
    try:
        if day is None:
            return PubDate(date(int(year), month, 1), Precision.MONTH)
        return PubDate(date(int(year), month, int(day)), Precision.DAY)
    except ValueError:
        return None


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
