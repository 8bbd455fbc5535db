"""Weekly rating series: values, conflicts, syndication and inferred weeks."""

from __future__ import annotations

from datetime import date

from query.build import KB
from tellytrack.model import Fact
from tellytrack.query import TimeFilter, ratings

SHOW = "Kesar Ki Kahani"
PKD = "Pyaar Ki Dor"


def rating(rank: int | None, value: float | None = None, week: str | None = None) -> Fact:
    return Fact("rating", SHOW, rank=rank, rating=value, week=week)


def test_conflicting_reports_flagged_and_majority_kept(kb: KB) -> None:
    """Two outlets say rank 2, one says rank 4: rank 2, flagged, all reports listed."""
    kb.add("2023-03-16", "a.example", rating(2, 2.1, "2023-W10"))
    kb.add("2023-03-16", "b.example", rating(2, 2.1, "2023-W10"))
    kb.add("2023-03-17", "c.example", rating(4, None, "2023-W10"))
    kb.add("2023-03-23", "a.example", rating(1, 2.4, "2023-W11"))
    series = ratings(kb.store, SHOW)
    assert series is not None
    first, second = series.points
    assert (first.week, first.rank, first.rating, first.conflict) == ("2023-W10", 2, 2.1, True)
    assert len(first.reports) == 3
    assert (second.rank, second.conflict) == (1, False)


def test_syndicated_copy_does_not_outvote(kb: KB) -> None:
    """A copy of a story is one source: the tie goes to the later report."""
    first = kb.add("2023-03-16", "a.example", rating(3, None, "2023-W10"))
    kb.add("2023-03-16", "copy.example", rating(3, None, "2023-W10"), copy_of=first)
    kb.add("2023-03-17", "b.example", rating(2, None, "2023-W10"))
    series = ratings(kb.store, SHOW)
    assert series is not None
    assert series.points[0].rank == 2


def test_week_inferred_from_day_date(kb: KB) -> None:
    """A Thursday report without a week number is the week before; month dates are undated."""
    kb.add("2023-03-16", "a.example", rating(5))
    kb.add("2023-04", "b.example", rating(6))
    series = ratings(kb.store, SHOW)
    assert series is not None
    assert [(p.week, p.inferred) for p in series.points] == [("2023-W10", True)]
    assert [r.rank for r in series.undated] == [6]


def test_as_of_cuts_the_series(kb: KB) -> None:
    """As of a date, only figures reported by then."""
    kb.add("2023-03-16", "a.example", rating(2, None, "2023-W10"))
    kb.add("2023-03-23", "a.example", rating(1, None, "2023-W11"))
    series = ratings(kb.store, SHOW, TimeFilter(as_of=date(2023, 3, 20)))
    assert series is not None
    assert [p.week for p in series.points] == ["2023-W10"]


def test_rated_shows_from_the_stored_places_equal_the_facts(kb: KB) -> None:
    """The shows a comparison offers come from each show's distinct rating places
    (``Store.rating_weeks``); they must count the weeks reading the facts counts: stated
    weeks, weeks inferred from day-dated reports, nothing from a month-dated one."""
    from collections import defaultdict
    from datetime import date

    from tellytrack.query.facts import load
    from tellytrack.query.ratings import rated_shows, week_of

    kb.add("2024-01-11", "a.example", Fact("rating", SHOW, rank=1, rating=2.4, week="2024-W01"))
    kb.add("2024-01-12", "b.example", Fact("rating", SHOW, rank=1, rating=2.4, week="2024-W01"))
    kb.add("2024-01-18", "c.example", Fact("rating", SHOW, rank=2, rating=2.1))
    kb.add("2024-02", "d.example", Fact("rating", PKD, rank=3, rating=1.9))
    kb.add("2024-02-01", "e.example", Fact("rating", PKD, rank=4, rating=1.7, week="week 5"))
    kb.add("2024-02-08", "f.example", Fact("rating", PKD, rank=4, rating=1.8))
    for when in (TimeFilter(), TimeFilter(known_by=date(2024, 1, 15)),
                 TimeFilter(as_of=date(2024, 2, 29))):
        _, rows = load(kb.store, when, ("rating",))
        weeks: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            week, _ = week_of(r)
            if week is not None and when.by_as_of(r.published):
                weeks[r.show].add(week)
        plain = sorted(((sid, len(w)) for sid, w in weeks.items()), key=lambda x: (-x[1], x[0]))
        assert [(s.id, s.weeks) for s in rated_shows(kb.store, when)] == plain, when
    assert [s.weeks for s in rated_shows(kb.store)] == [2, 1]
