"""One show's queries read only that show's facts (through the fact_entities index) and
answer exactly as filtering a whole-KB load did, on a KB of two shows sharing an actor."""

from __future__ import annotations

from datetime import date

import pytest

from query.build import KB, cast, change
from tellytrack.model import Fact
from tellytrack.query.articles import articles_of, show_articles
from tellytrack.query.cast import CAST_TYPES
from tellytrack.query.characters import character, played_by
from tellytrack.query.facts import load
from tellytrack.query.relations import group_relations, relations
from tellytrack.query.rumours import claims, rumours
from tellytrack.query.shows import detail_of, show_detail
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.resolve.lookup import find_show

KESAR, DOR = "Kesar Ki Kahani", "Pyaar Ki Dor"
WHENS = (NOW, TimeFilter(date(2023, 2, 15)), TimeFilter(None, date(2023, 2, 15)))


@pytest.fixture
def two(kb: KB) -> KB:
    """Two shows with cast, claims, relations, events and info; Riya acts in both."""
    for show, other in ((KESAR, "Meera"), (DOR, "Dev")):
        kb.add("2023-01-05", "a.example", cast(show, "Riya Malhotra", other),
               Fact("relation", show, subject=other, relation="spouse", object="Arjun"),
               Fact("show_info", show, field="channel", value="Colors"))
        kb.add("2023-02-01", "b.example", change(show, "Riya Malhotra", "exit", "reported", other),
               Fact("event", show, kind="wedding", characters=[other], status="aired"))
        kb.add("2023-02-10", "c.example", change(show, "Riya Malhotra", "exit", "denied"),
               Fact("relation", show, subject="Arjun", relation="spouse", object=other))
        kb.add("2023-03-01", "d.example", change(show, "Nisha Rao", "entry", "confirmed", other),
               change(show, "Riya Malhotra", "exit", "confirmed", other))
    kb.add("2023-03-02", "e.example", cast(KESAR, "Aman Verma", "Dev"),
           cast(DOR, "Aman Verma", "Meera"))
    return kb


def sid_of(kb: KB, show: str) -> str:
    """The show's id, which both shows must resolve to (else the test proves nothing)."""
    sid = find_show(kb.store, show, load(kb.store, NOW, ())[0])
    assert sid is not None
    return sid


@pytest.mark.parametrize("when", WHENS)
def test_rumours_of_one_show(two: KB, when: TimeFilter) -> None:
    """A show's claims equal the claims of its rows picked from every show's."""
    for show in (KESAR, DOR):
        sid = sid_of(two, show)
        res, rows = load(two.store, when, ("cast_change",))
        old = claims(res, [r for r in rows if r.show == sid], when)
        assert rumours(two.store, show, when) == old
        assert old or when.as_of is not None
    assert len(rumours(two.store, None, NOW)) == 2 * len(rumours(two.store, KESAR, NOW))


@pytest.mark.parametrize("when", WHENS)
def test_relations_of_one_show(two: KB, when: TimeFilter) -> None:
    """A show's relations equal those of its rows picked from every show's."""
    for show in (KESAR, DOR):
        sid = sid_of(two, show)
        res, rows = load(two.store, when, ("relation",))
        old = group_relations(res, [r for r in rows if r.show == sid], when)
        assert relations(two.store, show, when) == old
        assert len(old) == 1 and len(old[0].sources) == 2


@pytest.mark.parametrize("when", WHENS)
def test_show_detail_of_one_show(two: KB, when: TimeFilter) -> None:
    """A show's detail equals the detail built from a whole-KB load."""
    for show in (KESAR, DOR):
        sid = sid_of(two, show)
        res, rows = load(two.store, when)
        old = detail_of(res, sid, rows, when)
        assert show_detail(two.store, show, when) == old
        assert old.summary.channel == "Colors TV" and old.characters


@pytest.mark.parametrize("when", WHENS)
def test_character_of_one_show(two: KB, when: TimeFilter) -> None:
    """A character's players equal those found in a whole-KB load; its other parts come
    from the one-show queries tested above."""
    for show, name in ((KESAR, "Meera"), (DOR, "Dev"), (KESAR, "Dev")):
        report = character(two.store, show, name, when)
        assert report is not None
        res, rows = load(two.store, when, CAST_TYPES)
        assert report.played_by == played_by(res, rows, report.show_id, report.id, when)
        assert report.played_by or when is not NOW  # Kesar's Dev is cast in March
        assert report.changes == [c for c in rumours(two.store, show, when)
                                  if c.character == report.name]


@pytest.mark.parametrize("when", WHENS)
def test_articles_of_one_show(two: KB, when: TimeFilter) -> None:
    """A show's article list equals the one picked from a whole-KB load."""
    for show in (KESAR, DOR):
        found = show_articles(two.store, show, when)
        assert found is not None
        _, rows = load(two.store, when)
        assert found.articles == articles_of(two.store, found.show_id, rows)
        assert len(found.articles) == (3 if when.known_by else 5)
