"""The storyline timeline: reports grouped into events, promo before airing."""

from __future__ import annotations

from datetime import date

from query.build import KB
from tellytrack.model import Fact
from tellytrack.query import TimeFilter, timeline

SHOW = "Kesar Ki Kahani"


def event(kind: str, status: str, *characters: str) -> Fact:
    return Fact("event", SHOW, kind=kind, status=status, characters=characters)


def story(kb: KB) -> None:
    kb.add("2023-05-01", "a.example", event("wedding", "upcoming", "Meera", "Arjun"))
    kb.add("2023-05-12", "b.example", event("wedding", "aired", "Meeraa", "Arjun"))
    kb.add("2023-09-01", "a.example", event("leap", "speculated"))


def test_promo_then_aired_is_one_event(kb: KB) -> None:
    """The promo and the aired report (names spelt two ways) are one wedding, aired 05-12."""
    story(kb)
    events = timeline(kb.store, SHOW)
    assert [(e.kind, e.status, e.date, e.first_reported) for e in events] == [
        ("wedding", "aired", "2023-05-12", "2023-05-01"), ("leap", "speculated", "2023-09-01",
                                                            "2023-09-01")]
    assert events[0].characters == ["Arjun", "Meera"]


def test_as_of_before_airing_shows_upcoming(kb: KB) -> None:
    """On 2023-05-05 the wedding was only a promo, and the leap was unheard of."""
    story(kb)
    events = timeline(kb.store, SHOW, TimeFilter(as_of=date(2023, 5, 5)))
    assert [(e.kind, e.status) for e in events] == [("wedding", "upcoming")]


def test_from_to_window(kb: KB) -> None:
    """--from/--to keep the events dated inside the window."""
    story(kb)
    events = timeline(kb.store, SHOW, start=date(2023, 8, 1), end=date(2023, 12, 31))
    assert [e.kind for e in events] == ["leap"]
