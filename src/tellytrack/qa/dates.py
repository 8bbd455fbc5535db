"""Date words in questions ("last December", "in Nov 2023", "before the leap").

A question names at most one time; :func:`find_when` finds it, resolves it
against a reference date (the question's "today") and returns the question
without those words, so the grammar in ``parse.py`` never sees dates.

The result is a :class:`When`: a ``mode`` saying how the question uses the
time (at a day or span, since it, before it, until it, or now) and the span
``start..end`` it names. "before the leap" cannot be resolved here (only the
knowledge base knows when the leap was); it keeps the event kind in ``event``
for the answerer to anchor.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

# Event words that can anchor a time ("before the leap"); value = SPEC event kind.
ANCHOR_EVENTS: dict[str, str] = {
    "leap": "leap", "time jump": "leap", "wedding": "wedding", "marriage": "wedding",
    "death": "death", "divorce": "divorce", "engagement": "engagement",
    "accident": "accident", "kidnapping": "kidnapping", "arrest": "arrest",
    "separation": "separation", "reunion": "reunion", "pregnancy": "pregnancy",
    "birth": "birth", "relocation": "relocation", "exposure": "exposure",
}

_MONTH = r"(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_PREP = (r"(?:(?P<prep>as of|as on|prior to|up to|upto|until|till|since|after|from|before"
         r"|during|on|in|by|at|for)\s+(?:the\s+)?)?")
_PREP_MODES = {
    "since": "since", "after": "since", "from": "since",
    "before": "before", "prior to": "before",
    "until": "until", "till": "until", "up to": "until", "upto": "until", "by": "until",
    "as of": "until", "as on": "until",
}
_NOW_WORDS = r"(?P<now>right now|now|currently|at present|presently|these days|today|nowadays)"


@dataclass(frozen=True)
class When:
    """The time a question speaks of, resolved against ``today``.

    ``mode``: "now", "at" (the span itself), "since", "before" or "until".
    ``start``/``end`` bound the span named (both None for "now" and for an
    unresolved event anchor); ``event`` is the anchoring event kind, if any.
    """

    mode: str
    start: date | None
    end: date | None
    text: str
    today: date
    event: str | None = None

    @property
    def as_of(self) -> date:
        """The one day an "as of" answer speaks for."""
        if self.mode == "now" or self.start is None or self.end is None:
            return self.today
        if self.mode == "before":
            return self.start - timedelta(days=1)
        if self.mode == "since":
            return self.today
        return min(self.end, self.today)

    @property
    def window(self) -> tuple[date | None, date | None]:
        """The span of world time the question asks about (open ends are None)."""
        if self.mode == "since":
            return self.start, None
        if self.mode == "before":
            return None, self.as_of
        if self.mode == "until":
            return None, self.end
        if self.mode == "now":
            return None, None
        return self.start, self.end

    def describe(self) -> str:
        """The time in words, for answers ("in 2023-11", "before 2024-03-05")."""
        if self.mode == "now":
            return "now"
        if self.event is not None:
            day = f" ({self.start.isoformat()})" if self.start else ""
            return f"{self.mode} the {self.event}{day}"
        if self.start is None:
            return self.mode
        span = _span_words(self.start, self.end or self.start)
        word = {"at": "on" if self.start == self.end else "in"}.get(self.mode, self.mode)
        return f"{word} {span}"

    def anchored(self, day: date) -> When:
        """This event-anchored time with the event's date filled in."""
        return When(self.mode, day, day, self.text, self.today, self.event)


def _span_words(start: date, end: date) -> str:
    """A span in the shortest ISO words that say it exactly."""
    if start == end:
        return start.isoformat()
    if start.day == 1 and end == _month_end(start.year, start.month):
        return f"{start:%Y-%m}"
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return str(start.year)
    if start.isoweekday() == 1 and end == start + timedelta(days=6):
        year, week, _ = start.isocalendar()
        return f"week {year}-W{week:02d}"
    return f"{start.isoformat()} to {end.isoformat()}"


def _month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), _month_end(year, month)


def _week_span(year: int, week: int) -> tuple[date, date]:
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def _recent_month(month: int, today: date, rel: str | None) -> int:
    """The year of "December" / "last December" / "this December" said on ``today``."""
    if rel == "this" or (rel is None and month <= today.month):
        return today.year
    if rel == "next":
        return today.year if month > today.month else today.year + 1
    if rel == "last" and month < today.month:
        return today.year
    return today.year - 1


Span = tuple[date, date]
Builder = Callable[[re.Match[str], date], Span | None]


def _day_month_year(m: re.Match[str], today: date) -> Span | None:
    month = MONTHS[m["m"].lower()]
    year = int(m["y"]) if m["y"] else _recent_month(month, today, None)
    try:
        day = date(year, month, int(m["d"]))
    except ValueError:
        return None
    return day, day


def _iso_day(m: re.Match[str], today: date) -> Span | None:
    try:
        day = date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    return day, day


def _month_year(m: re.Match[str], today: date) -> Span | None:
    month = MONTHS[m["m"].lower()]
    rel = (m["rel"] or "").lower() or None
    if m["y"] is None and rel is None and not m["prep"]:
        return None  # a bare "may"/"march" is more likely a word than a month
    year = int(m["y"]) if m["y"] else _recent_month(month, today, rel)
    return _month_span(year, month)


def _iso_month(m: re.Match[str], today: date) -> Span | None:
    month = int(m["mo"])
    return _month_span(int(m["y"]), month) if 1 <= month <= 12 else None


def _year(m: re.Match[str], today: date) -> Span | None:
    year = int(m["y"])
    return date(year, 1, 1), date(year, 12, 31)


def _week(m: re.Match[str], today: date) -> Span | None:
    week = int(m["w"])
    year = int(m["y"]) if m["y"] else today.year
    if not 1 <= week <= 53:
        return None
    span = week_label_span(f"{year:04d}-W{week:02d}")
    if m["y"] is None and span[0] > today:
        return _week_span(year - 1, week)
    return span


def _relative(m: re.Match[str], today: date) -> Span | None:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    back = {"last": 1, "past": 1, "previous": 1, "this": 0, "current": 0}[rel]
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) - timedelta(weeks=back)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
        return _month_span(year, month + 1)
    year = today.year - back
    return date(year, 1, 1), date(year, 12, 31)


def _ago(m: re.Match[str], today: date) -> Span | None:
    count = 1 if m["n"].lower() in ("a", "one") else int(m["n"])
    unit = m["unit"].lower()
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * count
    day = today - timedelta(days=days)
    return day, day


def _yesterday(m: re.Match[str], today: date) -> Span | None:
    day = today - timedelta(days=1)
    return day, day


_PATTERNS: list[tuple[str, Builder]] = [
    (_DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s*" + _YEAR + r")?", _day_month_year),
    (_MONTH + r"\s+" + _DAY + r"(?:,?\s*" + _YEAR + r")?(?![\d:])", _day_month_year),
    (r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})", _iso_day),
    (r"(?P<y>\d{4})-W(?P<w>\d{1,2})", _week),
    (r"(?P<y>\d{4})-(?P<mo>\d{1,2})(?![\d-])", _iso_month),
    (r"(?:barc\s+)?week\s*(?:no\.?\s*)?(?P<w>\d{1,2})(?:\s*(?:of|,)?\s*" + _YEAR + r")?",
     _week),
    (r"(?P<rel>last|this|next)?\s*" + _MONTH + r"(?:,?\s*" + _YEAR + r")?", _month_year),
    (r"(?P<rel>last|past|previous|this|current)\s+(?P<unit>week|month|year)", _relative),
    (r"(?P<n>\d+|an?|one)\s+(?P<unit>day|week|month|year)s?\s+ago", _ago),
    (r"yesterday", _yesterday),
    (_YEAR, _year),
]
_COMPILED = [(re.compile(r"\b" + _PREP + p + r"\b", re.I), b) for p, b in _PATTERNS]
_NOW = re.compile(r"\b(?:as of\s+)?" + _NOW_WORDS + r"\b", re.I)
_EVENT = re.compile(
    r"\b(?P<prep>before|after|since|prior to|until|till)\s+(?:the|her|his|their|its|a)\s+"
    r"(?P<ev>" + "|".join(sorted(ANCHOR_EVENTS, key=len, reverse=True)) + r")\b", re.I)


def _mode(prep: str | None) -> str:
    return _PREP_MODES.get((prep or "").lower(), "at")


def _candidates(text: str, today: date) -> list[tuple[int, int, When]]:
    """Every date expression in ``text`` as (start, end, When)."""
    found: list[tuple[int, int, When]] = []
    for regex, build in _COMPILED:
        for m in regex.finditer(text):
            span = build(m, today)
            if span is not None:
                when = When(_mode(m["prep"]), span[0], span[1], m.group(), today)
                found.append((m.start(), m.end(), when))
    for m in _EVENT.finditer(text):
        kind = ANCHOR_EVENTS[m["ev"].lower()]
        found.append((m.start(), m.end(), When(_mode(m["prep"]), None, None, m.group(), today,
                                               event=kind)))
    for m in _NOW.finditer(text):
        found.append((m.start(), m.end(), When("now", None, None, m.group(), today)))
    return found


def find_when(text: str, today: date) -> tuple[When | None, str]:
    """The time ``text`` names (the longest expression wins) and the text without it."""
    found = _candidates(text, today)
    if not found:
        return None, text
    start, end, when = max(found, key=lambda c: (c[1] - c[0], -c[0]))
    rest = (text[:start] + " " + text[end:]).strip()
    rest = re.sub(r"\s+([,?.!])", r"\1", re.sub(r"\s{2,}", " ", rest))
    return when, rest


def week_label_span(label: str) -> tuple[date, date]:
    """Monday and Sunday of a "YYYY-Www" label; a week 53 a year lacks (BARC numbers
    some years to 53) is read as the week after week 52."""
    year, num = int(label[:4]), int(label[6:])
    try:
        monday = date.fromisocalendar(year, num, 1)
    except ValueError:
        monday = date.fromisocalendar(year, 52, 1) + timedelta(weeks=max(num - 52, 0))
    return monday, monday + timedelta(days=6)
