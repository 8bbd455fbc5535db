"""A character's page data (who played them, when) and a show's article list."""

from __future__ import annotations

from datetime import date

from query.build import KB, cast, change
from tellytrack.model import Fact
from tellytrack.query.articles import show_articles
from tellytrack.query.characters import character
from tellytrack.query.time import TimeFilter

SHOW = "Saath Chalenge"


def recast(kb: KB) -> dict[str, str]:
    """Kavya played by Tanvi, who quits; Naina takes over. Returns article ids by day."""
    return {
        "2024-01-03": kb.add("2024-01-03", "a.example", cast(SHOW, "Tanvi Desai", "Kavya"),
                             Fact("relation", SHOW, subject="Meera", relation="parent",
                                  object="Kavya")),
        "2024-02-02": kb.add("2024-02-02", "b.example",
                             change(SHOW, "Tanvi Desai", "exit", "confirmed", "Kavya"),
                             change(SHOW, "Naina Kapoor", "entry", "confirmed", "Kavya")),
        "2024-02-05": kb.add("2024-02-05", "c.example",
                             Fact("event", SHOW, kind="accident", characters=["Kavya"],
                                  status="speculated")),
        "2024-02-06": kb.add("2024-02-06", "c.example", cast("Pyaar Ki Dor", "Aman Verma", "Dev")),
    }


def test_who_played_the_character_and_when(kb: KB) -> None:
    """Both actors in the role, the one who left first, the current one without an end."""
    recast(kb)
    report = character(kb.store, SHOW, "kavya")
    assert report is not None and report.name == "Kavya"
    assert [(t.actor, t.end is None) for t in report.played_by] == [
        ("Tanvi Desai", False), ("Naina Kapoor", True)]
    assert report.played_by[0].end == "2024-02-02"
    assert [(r.subject, r.relation) for r in report.relations] == [("Meera", "parent")]
    assert [e.kind for e in report.events] == ["accident"]
    assert {c.actor for c in report.changes} == {"Tanvi Desai", "Naina Kapoor"}


def test_character_as_of_a_day_before_the_recast(kb: KB) -> None:
    """Asked as of mid-January, only the first actor is in the role, still on."""
    recast(kb)
    when = TimeFilter(as_of=date(2024, 1, 15), known_by=date(2024, 1, 15))
    report = character(kb.store, SHOW, "Kavya", when)
    assert report is not None
    assert [(t.actor, t.end) for t in report.played_by] == [("Tanvi Desai", None)]
    assert report.events == [] and report.changes == []


def test_unknown_character_or_show_is_none(kb: KB) -> None:
    """A character of another show is not found under this one."""
    recast(kb)
    assert character(kb.store, SHOW, "Dev") is None
    assert character(kb.store, "No Such Show", "Kavya") is None


def test_show_articles_newest_first_with_facts_by_type(kb: KB) -> None:
    """Only the show's own articles, newest first, each with its facts counted by type."""
    ids = recast(kb)
    found = show_articles(kb.store, SHOW)
    assert found is not None
    assert [a.id for a in found.articles] == [ids["2024-02-05"], ids["2024-02-02"],
                                              ids["2024-01-03"]]
    assert found.articles[1].facts == {"cast_change": 2}
    assert found.articles[2].facts == {"cast": 1, "relation": 1}


def test_show_articles_known_by_a_day(kb: KB) -> None:
    """Articles published after the cut-off are not listed."""
    ids = recast(kb)
    found = show_articles(kb.store, SHOW, TimeFilter(known_by=date(2024, 1, 31)))
    assert found is not None and [a.id for a in found.articles] == [ids["2024-01-03"]]
