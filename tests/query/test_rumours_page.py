"""``rumours_page``: every show's claims a page at a time, the one reported last first;
with no time filter the page comes from the claims the store keeps (``claim_page``) and
only its claims' facts are read, so it must equal the plain reading of every fact."""

from __future__ import annotations

from datetime import date

from query.build import KB, change
from tellytrack.query import TimeFilter
from tellytrack.query.rumours import claims_by_last_report, rumours_page

EVERYTHING = TimeFilter(known_by=date(2100, 1, 1))  # a filter that keeps every dated fact


def _claims(kb: KB) -> None:
    """Claims in three shows, reported on different days, one claim reported twice."""
    kb.add("2023-01-05", "a.example", change("Kesar Ki Kahani", "Riya Malhotra", "exit",
                                             "reported", "Meera"))
    kb.add("2023-03-01", "b.example", change("Pyaar Ki Dor", "Aman Verma", "entry",
                                             "confirmed", "Dev"))
    kb.add("2023-02-10", "c.example", change("Naya Safar", "Zoya Khan", "exit", "denied"))
    kb.add("2023-04-02", "d.example", change("Kesar Ki Kahani", "Riya Malhotra", "exit",
                                             "confirmed", "Meera"))
    kb.add("2023-01-20", "e.example", change("Naya Safar", "Kabir Sethi", "entry",
                                             "reported", "Arjun"))


def test_pages_follow_the_last_report(kb: KB) -> None:
    """Riya's exit moved last (April), then Aman's entry, Zoya's exit, Kabir's entry."""
    _claims(kb)
    total, first = rumours_page(kb.store, TimeFilter(), 2)
    _, second = rumours_page(kb.store, TimeFilter(), 2, 2)
    assert total == 4
    assert [(c.actor, c.change) for c in first + second] == [
        ("Riya Malhotra", "exit"), ("Aman Verma", "entry"), ("Zoya Khan", "exit"),
        ("Kabir Sethi", "entry")]
    assert first[0].state == "confirmed" and len(first[0].history) == 2


def test_the_kept_page_equals_the_plain_reading(kb: KB) -> None:
    """Page by page through the store's claims == every claim read from every fact."""
    _claims(kb)
    paged = [c for offset in range(0, 4, 3)
             for c in rumours_page(kb.store, TimeFilter(), 3, offset)[1]]
    assert paged == claims_by_last_report(kb.store, TimeFilter())
    assert paged == rumours_page(kb.store, EVERYTHING, 10)[1]


def test_a_time_filter_pages_the_claims_of_that_day(kb: KB) -> None:
    """Known by February: Riya's claim is reported (not yet confirmed), Aman's unknown."""
    _claims(kb)
    total, found = rumours_page(kb.store, TimeFilter(known_by=date(2023, 2, 28)), 10)
    assert total == 3
    assert [(c.actor, c.state) for c in found] == [
        ("Zoya Khan", "denied"), ("Kabir Sethi", "reported"), ("Riya Malhotra", "reported")]
