"""Week labels ("YYYY-Www") as days: the arithmetic every chart and query shares.

BARC numbers its weeks from the first Saturday of the year, so some years it
counts to week 53 where the ISO calendar stops at 52 (2019, 2024 ...), and
articles print "week 53" as BARC does. ``date.fromisocalendar`` refuses such a
week; here a week past the year's last ISO week is read as that many weeks
after its last week (2019-W53 is the week of Monday 2019-12-30), and week 0,
which a few charts print for the days before week 1, as the week before week 1.
The label itself is kept as written: it is what the sources say.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_LABEL = re.compile(r"^(\d{4})-W(\d{1,2})$")


def iso_weeks(year: int) -> int:
    """How many ISO weeks ``year`` has (52 or 53): 28 December is always in the last one."""
    return date(year, 12, 28).isocalendar()[1]


def week_monday(label: str) -> date:
    """The Monday of a week label; ValueError when the label is not "YYYY-Www"."""
    m = _LABEL.match(label.strip())
    if m is None:
        raise ValueError(f"not a week label (want YYYY-Www): {label!r}")
    year, number = int(m[1]), int(m[2])
    last = iso_weeks(year)
    base = date.fromisocalendar(year, min(max(number, 1), last), 1)
    return base + timedelta(weeks=number - min(max(number, 1), last))


def week_label(day: date) -> str:
    """The ISO week label of ``day``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"
