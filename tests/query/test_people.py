"""A person across shows, search, show summaries and relations."""

from __future__ import annotations

from datetime import date

from query.build import KB, cast, change
from tellytrack.model import Fact
from tellytrack.query import TimeFilter, list_shows, person, relations, search, show_detail

KESAR, DOR = "Kesar Ki Kahani", "Pyaar Ki Dor"


def two_shows(kb: KB) -> None:
    kb.add("2022-05-01", "a.example", cast(KESAR, "Riya Malhotra", "Meera"),
           Fact("show_info", KESAR, field="channel", value="Star Bharat"))
    kb.add("2023-01-10", "b.example", change(KESAR, "Riya Malhotra", "exit", "confirmed"))
    kb.add("2023-05-20", "b.example", change(DOR, "Riya Malhotra", "entry", "confirmed", "Naina"))
    kb.add("2023-06-01", "c.example", cast(DOR, "Riya", "Naina"),
           cast(DOR, "Riya Malhotra", "Naina"), Fact("show_info", DOR, field="channel",
                                                     value="Colors TV"))


def test_actor_in_two_shows(kb: KB) -> None:
    """One person, two roles: the finished Kesar run and the current Dor one."""
    two_shows(kb)
    report = person(kb.store, "riya malhotra")
    assert report is not None
    assert [(t.show, t.character, t.end) for t in report.roles] == [
        (KESAR, "Meera", "2023-01-10"), (DOR, "Naina", None)]
    assert [c.change for c in report.changes] == ["exit", "entry"]


def test_person_as_of(kb: KB) -> None:
    """As of 2022-12-01 she was only in Kesar (her Dor run starts exactly in 2023-05)."""
    two_shows(kb)
    report = person(kb.store, "Riya Malhotra", TimeFilter(as_of=date(2022, 12, 1)))
    assert report is not None
    assert [(t.show, t.end) for t in report.roles] == [(KESAR, "2023-01-10")]


def test_unknown_person_is_none(kb: KB) -> None:
    """A name nobody has is None, not a guess."""
    two_shows(kb)
    assert person(kb.store, "Zoya Qureshi") is None


def test_search_finds_spellings(kb: KB) -> None:
    """A typo or another spelling still finds the show; characters name their show."""
    two_shows(kb)
    assert [h.id for h in search(kb.store, "kesar ki kahaani")][:1] == ["show:kesar-ki-kahani"]
    hits = {(h.kind, h.show) for h in search(kb.store, "Naina")}
    assert ("character", DOR) in hits


def test_show_summaries(kb: KB) -> None:
    """Shows come with their channel and counts; detail lists characters."""
    two_shows(kb)
    shows = {s.name: s for s in list_shows(kb.store)}
    assert shows[KESAR].channel == "Star Bharat" and shows[DOR].channel == "Colors TV"
    detail = show_detail(kb.store, "Pyaar Ki Dor")
    assert detail is not None and detail.characters == ["Naina"]


def test_relations_unordered_merge(kb: KB) -> None:
    """"Meera spouse Arjun" and "Arjun spouse Meeraa" are one relation with two sources."""
    kb.add("2023-01-01", "a.example", Fact("relation", KESAR, subject="Meera",
                                           relation="spouse", object="Arjun"))
    kb.add("2023-01-02", "b.example", Fact("relation", KESAR, subject="Arjun",
                                           relation="spouse", object="Meeraa"))
    found = relations(kb.store, KESAR)
    assert len(found) == 1 and len(found[0].sources) == 2
