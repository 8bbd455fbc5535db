"""Resolve an article's relative time words against its publication date.

An article speaks from its date: "last week", "a few weeks ago", "today",
"recently" and a BARC "week 12" mean nothing until anchored on the article's
:class:`~tellytrack.model.PubDate`. This module turns them into a
:class:`TimeSpan` (the days the words may mean) and BARC week numbers into ISO
labels "YYYY-Www". A month- or year-precise date widens the span instead of
pretending to know the day. The rating, event and question-answering code all
import it, so the same phrase always resolves the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from tellytrack.extract.scan import caseless, finditer_at, word_starts, words_before
from tellytrack.model import Precision, PubDate

_NUMBER_WORDS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "a couple of": 2,
}
# Vague counts read as a range of units: "a few weeks ago" is 2 to 4 weeks back.
_VAGUE_COUNTS: Final = {"few": (2, 4), "a few": (2, 4), "several": (2, 6), "many": (3, 12)}
_COUNT: Final = (r"(?P<n>\d{1,2}|a couple of|couple of|a few|few|several|many|an?|one|two|three|"
          r"four|five|six|seven|eight|nine|ten)")
_UNIT: Final = r"(?P<unit>day|week|month|year)s?"


@dataclass(frozen=True)
class TimeSpan:
    """The days an expression may mean: ``start..end`` inclusive; ``vague`` if fuzzy."""

    start: date
    end: date
    vague: bool = False

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class TimeMention:
    """A time expression found in a text, with its offsets and resolved span."""

    start: int
    end: int
    text: str
    span: TimeSpan


def _week_of(day: date) -> tuple[date, date]:
    """Monday..Sunday of the calendar week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _shift_month(day: date, months: int) -> tuple[date, date]:
    """First..last day of the month ``months`` away from ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    first = date(index // 12, index % 12 + 1, 1)
    nxt = date((index + 1) // 12, (index + 1) % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def _unit_span(day: date, unit: str, offset: int) -> tuple[date, date]:
    """The calendar unit (day/week/month/year) ``offset`` units from the one holding ``day``."""
    if unit == "day":
        d = day + timedelta(days=offset)
        return d, d
    if unit == "week":
        return _week_of(day + timedelta(weeks=offset))
    if unit == "month":
        return _shift_month(day, offset)
    return date(day.year + offset, 1, 1), date(day.year + offset, 12, 31)


Resolver = Callable[[re.Match[str], date], tuple[date, date, bool]]


def _fixed(unit: str, offset: int) -> Resolver:
    """A resolver for a fixed calendar offset ("last week" = week, -1)."""
    def resolve(_m: re.Match[str], day: date) -> tuple[date, date, bool]:
        return (*_unit_span(day, unit, offset), False)
    return resolve


def _window(before: int, after: int) -> Resolver:
    """A resolver for a vague window of days around the anchor ("recently", "soon")."""
    def resolve(_m: re.Match[str], day: date) -> tuple[date, date, bool]:
        return day - timedelta(days=before), day + timedelta(days=after), True
    return resolve


def _ago(m: re.Match[str], day: date) -> tuple[date, date, bool]:
    """ "N units ago" / "a few weeks ago": the unit(s) that many back from the anchor."""
    count, unit = m["n"].lower(), m["unit"].lower()
    lo, hi = _VAGUE_COUNTS.get(count) or (_count(count),) * 2
    sign = -1 if m["dir"].lower() == "ago" else 1
    a, b = sorted((sign * lo, sign * hi))
    return _unit_span(day, unit, a)[0], _unit_span(day, unit, b)[1], count in _VAGUE_COUNTS


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


# (pattern, resolver, what every match holds, lower-cased: a text holding none of these
# needs no search); longer phrases first so "earlier this week" beats "this week".
_RULES: Final[list[tuple[re.Pattern[str], Resolver, tuple[str, ...]]]] = [
    (re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?P<dir>ago|later|from now)\b", re.I), _ago,
     ("ago", "later", "from now")),
    (re.compile(r"\b(?:last|previous|past)\s+week(?:end)?\b", re.I), _fixed("week", -1), ("week",)),
    (re.compile(r"\b(?:this|current)\s+week(?:end)?\b", re.I), _fixed("week", 0), ("week",)),
    (re.compile(r"\b(?:next|coming|upcoming)\s+week(?:end)?\b", re.I), _fixed("week", 1),
     ("week",)),
    (re.compile(r"\b(?:last|previous|past)\s+month\b", re.I), _fixed("month", -1), ("month",)),
    (re.compile(r"\b(?:this|current)\s+month\b", re.I), _fixed("month", 0), ("month",)),
    (re.compile(r"\b(?:next|coming)\s+month\b", re.I), _fixed("month", 1), ("month",)),
    (re.compile(r"\b(?:last|previous|past)\s+year\b", re.I), _fixed("year", -1), ("year",)),
    (re.compile(r"\bthis\s+year\b", re.I), _fixed("year", 0), ("year",)),
    (re.compile(r"\bnext\s+year\b", re.I), _fixed("year", 1), ("year",)),
    (re.compile(r"\b(?:today|tonight|this (?:morning|evening|afternoon))\b", re.I),
     _fixed("day", 0), ("today", "tonight", "morning", "evening", "afternoon")),
    (re.compile(r"\byesterday\b", re.I), _fixed("day", -1), ("yesterday",)),
    (re.compile(r"\btomorrow\b", re.I), _fixed("day", 1), ("tomorrow",)),
    (re.compile(r"\b(?:recently|lately|of late|in recent (?:days|weeks))\b", re.I),
     _window(30, 0), ("recently", "lately", "of late", "in recent")),
    (re.compile(r"\b(?:soon|shortly|in the coming (?:days|weeks))\b", re.I), _window(0, 30),
     ("soon", "shortly", "in the coming")),
]


def resolve_match(m: re.Match[str], resolver: Resolver, anchor: PubDate) -> TimeSpan:
    """Resolve from both ends of the anchor's range, so a month-precise date widens the span."""
    start, _, vague_a = resolver(m, anchor.start)
    _, end, vague_b = resolver(m, anchor.end)
    return TimeSpan(start, end, vague_a or vague_b or anchor.precision is not Precision.DAY)


def find_mentions(text: str, anchor: PubDate) -> list[TimeMention]:
    """Every relative time expression in ``text`` (non-overlapping, in text order); a
    rule runs only on a text holding what its matches hold."""
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    low = caseless(text)
    for pattern, resolver, needs in _RULES:
        if low is not None and not any(n in low for n in needs):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            span = resolve_match(m, resolver, anchor)
            found.append(TimeMention(m.start(), m.end(), m.group(), span))
    return sorted(found, key=lambda t: t.start)


def resolve(expression: str, anchor: PubDate) -> TimeSpan | None:
    """The span one expression means seen from ``anchor``; None if it is not one we know."""
    mentions = find_mentions(expression, anchor)
    return mentions[0].span if mentions else None


# BARC publishes numbered weeks: "week 12", "Week 53 (Dec 28, 2019 - ...)", "49th week",
# "week 24 of 2021", "BARC ratings for week 45". Plurals ("2 weeks") are not week numbers,
# nor a list's first item on the next line ("Top shows this week\n1. X").
_WEEK_NUMBER: Final = re.compile(
    r"\b(?:week|wk)(?:[ \t]+(?:no\.?|number))?[ \t]*[-#]?[ \t]*(?P<a>\d{1,2})\b"
    r"(?!\s*(?:days|weeks))(?:\s*(?:of|,|in)?\s*(?P<ya>(?:19|20)\d\d)\b)?"
    r"|\b(?P<b>\d{1,2})(?:st|nd|rd|th)?[ \t]+week\b(?:\s+of\s+(?P<yb>(?:19|20)\d\d)\b)?",
    re.I,
)
# "(December 28, 2019-January 3, 2020)": a year right after the number names the week's year.
_PAREN_YEAR: Final = re.compile(r"^\s*\([^)]*?\b((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class WeekMention:
    """A BARC week number found in a text, with the year written beside it (if any)."""

    start: int
    end: int
    week: int
    year: int | None


def _week_number_matches(text: str) -> Iterable[re.Match[str]]:
    """``_WEEK_NUMBER.finditer(text)``, tried only at "week"/"wk" and at the number
    before a "week" (every match starts at one of them), where the text can be
    lower-cased safely."""
    low = caseless(text)
    if low is None:
        return _WEEK_NUMBER.finditer(text)
    weeks = word_starts(low, ("week", "wk"))
    return finditer_at(_WEEK_NUMBER, text, sorted({*weeks, *words_before(text, weeks)}))


def find_week_numbers(text: str) -> list[WeekMention]:
    """Every BARC-style week number (1..53) in ``text``, in text order."""
    out: list[WeekMention] = []
    for m in _week_number_matches(text):
        week = int(m["a"] or m["b"])
        if not 1 <= week <= 53:
            continue
        year_text = m["ya"] or m["yb"]
        if year_text is None:
            paren = _PAREN_YEAR.match(text, m.end())
            year_text = paren.group(1) if paren else None
        out.append(WeekMention(m.start(), m.end(), week, int(year_text) if year_text else None))
    return out


def week_year(week: int, anchor: PubDate | None) -> int | None:
    """The year a BARC week number published around ``anchor`` belongs to, if it can be read.

    Ratings come out after the week ends, so a week that would still lie in the
    future at the anchor belongs to the year before ("week 53" read in January).
    A month- or year-precise anchor gives a year only when both ends agree.
    """
    if anchor is None:
        return None
    years = {_year_at(week, anchor.start), _year_at(week, anchor.end)}
    return years.pop() if len(years) == 1 else None


def _year_at(week: int, day: date) -> int:
    week_start = date(day.year, 1, 1) + timedelta(weeks=week - 1)
    return day.year - 1 if week_start > day else day.year


def iso_week(year: int, week: int) -> str:
    """The label "YYYY-Www" used for BARC weeks."""
    return f"{year:04d}-W{week:02d}"


def barc_week(text: str, anchor: PubDate | None) -> str | None:
    """The first BARC week in ``text`` as "YYYY-Www", when its year can be read."""
    for mention in find_week_numbers(text):
        year = mention.year or week_year(mention.week, anchor)
        if year is not None:
            return iso_week(year, mention.week)
    return None
