"""Week labels as days, BARC's week 53 included."""

from __future__ import annotations

from datetime import date

import pytest

from query.build import KB
from tellytrack.model import Fact
from tellytrack.query import ratings
from tellytrack.query.weeks import iso_weeks, week_label, week_monday


def test_iso_weeks_per_year() -> None:
    """2020 has 53 ISO weeks, 2023 has 52."""
    assert (iso_weeks(2020), iso_weeks(2023)) == (53, 52)


def test_week_53_of_a_52_week_year_is_the_week_after_week_52() -> None:
    """BARC's 2023-W53 (no such ISO week) is placed on the Monday after 2023-W52."""
    assert week_monday("2023-W52") == date(2023, 12, 25)
    assert week_monday("2023-W53") == date(2024, 1, 1)


def test_real_iso_week_53_and_week_0() -> None:
    """A real ISO week 53 is kept; week 0 is the week before week 1."""
    assert week_monday("2020-W53") == date(2020, 12, 28)
    assert week_monday("2024-W00") == date(2023, 12, 25)


def test_week_label_round_trips() -> None:
    assert week_label(week_monday("2024-W09")) == "2024-W09"


def test_malformed_label_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="YYYY-Www"):
        week_monday("week 53")


def test_ratings_series_orders_week_53_and_drops_unreadable_weeks(kb: KB) -> None:
    """A week 53 sits between week 52 and the next year's week 1; a garbled week is undated."""
    for day, rank, week in [("2024-01-04", 2, "2023-W53"), ("2024-01-11", 1, "2024-W01"),
                            ("2023-12-28", 3, "2023-W52"), ("2024-01-12", 4, "W7")]:
        kb.add(day, f"{rank}.example", Fact("rating", "Kesar Ki Kahani", rank=rank, week=week))
    series = ratings(kb.store, "Kesar Ki Kahani")
    assert series is not None
    assert [p.week for p in series.points] == ["2023-W52", "2023-W53", "2024-W01"]
    assert [r.rank for r in series.undated] == [4]
