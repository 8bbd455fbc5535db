"""A page reads only its part of the stored resolution (``resolve.stored``) and answers
exactly as with the whole one: on a small invented KB of three shows (two seasons of one
franchise) sharing actors, with partial names, every show part, every person and every
lookup equals what the whole-KB resolution gives (issue 15 part 2)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from query.build import KB, cast, change
from tellytrack.model import EntityKind, Fact
from tellytrack.query.cast import CAST_TYPES
from tellytrack.query.facts import load
from tellytrack.query.people import list_people, people_of, person, person_of
from tellytrack.query.rumours import claims, rumours
from tellytrack.query.shows import counted_shows, list_shows, show_detail, summaries_of
from tellytrack.query.time import NOW, TimeFilter
from tellytrack.resolve import stored_resolution
from tellytrack.resolve.lookup import find_character, find_person, find_show
from tellytrack.resolve.stored import show_resolution
from tellytrack.web import views
from tellytrack.web.views import SHOW_PARTS

KESAR, KESAR2, DOR = "Kesar Ki Kahani", "Kesar Ki Kahani 2", "Pyaar Ki Dor"
WHENS = (NOW, TimeFilter(date(2023, 2, 15)), TimeFilter(None, date(2023, 2, 15)))


@pytest.fixture
def three(kb: KB) -> KB:
    """Three shows; Riya acts in all, "Riya" alone is her partial name in Kesar's seasons."""
    for show, role in ((KESAR, "Meera"), (DOR, "Dev"), (KESAR2, "Meera")):
        kb.add("2023-01-05", "a.example", cast(show, "Riya Malhotra", role),
               cast(show, "Kabir Sethi", "Arjun"),
               Fact("relation", show, subject=role, relation="spouse", object="Arjun"),
               Fact("show_info", show, field="channel", value="Colors"))
        kb.add("2023-02-01", "b.example", change(show, "Riya", "exit", "reported", role),
               Fact("event", show, kind="wedding", characters=(role, "Arjun"), status="aired"),
               Fact("rating", show, rank=2, rating=1.9, week="2023-W05"))
        kb.add("2023-03-01", "c.example", change(show, "Nisha Rao", "entry", "confirmed", role),
               change(show, "Riya Malhotra", "exit", "confirmed", role),
               Fact("relation", show, subject="Arjun", relation="spouse", object=role))
    kb.add("2023-03-02", "d.example", cast(KESAR, "Aman Verma", "Meeraa"),
           cast(DOR, "Aman Verma", "Meera"), cast("Some Show Once", "Tara Kaur", "Nila"))
    return kb


def test_scope_holds_the_show_entities_and_names(three: KB) -> None:
    """Every entity a show's scope reads is the stored one, its people and characters
    are all there, and its scoped names are the whole resolution's for that show."""
    whole = stored_resolution(three.store)
    shows = [e.id for e in whole.entities.values() if e.kind is EntityKind.SHOW]
    assert len(shows) == 4  # the test needs every show to resolve apart
    for sid in shows:
        scoped = show_resolution(three.store, sid)
        assert all(whole.entities[i] == e for i, e in scoped.entities.items())
        assert {i for i, e in whole.entities.items() if e.show_id == sid} <= set(scoped.entities)
        linked = {sf.actor_id for sf in three.store.facts(show_id=sid)} - {None}
        assert linked and linked <= set(scoped.entities)
        assert scoped.characters == {k: v for k, v in whole.characters.items() if k[0] == sid}
        assert scoped.people_in == {k: v for k, v in whole.people_in.items() if k[0] == sid}


@pytest.mark.parametrize("when", WHENS)
def test_every_show_part_as_with_the_whole_resolution(three: KB, when: TimeFilter) -> None:
    """Detail, cast, timeline, ratings, rumours and relations of each show are the same
    over the show's scope (what a page reads now) as over the whole stored resolution."""
    whole = stored_resolution(three.store)
    for sid in (e.id for e in whole.entities.values() if e.kind is EntityKind.SHOW):
        scoped = show_resolution(three.store, sid)
        assert show_detail(three.store, sid, when, scoped) == show_detail(
            three.store, sid, when, whole)
        for part, fn in SHOW_PARTS.items():
            assert fn(three.store, sid, when, res=scoped) == fn(three.store, sid, when,
                                                               res=whole), part
    assert SHOW_PARTS["rumours"](three.store, KESAR, NOW, res=None)  # not vacuous


def test_lookups_without_a_resolution_match_the_whole_one(three: KB) -> None:
    """An id, a spelling, a variant, a partial name, an unknown name: the indexed lookups
    find what matching against the whole stored resolution finds."""
    whole = stored_resolution(three.store)
    typed = [*whole.entities, "kesar ki kahaani", "Kesar Ki Kahani 2", "Riya", "riya malhotra",
             "Aman", "Nisha", "Some Show Once", "Tara Kaur", "Nobody", "Meera", "Meeraa",
             "Arjun", "Dev", "show:nothing"]
    shows = [e.id for e in whole.entities.values() if e.kind is EntityKind.SHOW]
    for name in typed:
        assert find_show(three.store, name) == find_show(three.store, name, whole), name
        assert find_person(three.store, name) == find_person(three.store, name, whole), name
        for sid in shows:
            assert find_character(three.store, sid, name) == find_character(
                three.store, sid, name, whole), (sid, name)
    assert find_person(three.store, "Riya") == "person:riya-malhotra"



@pytest.mark.parametrize("when", WHENS)
def test_person_as_with_the_whole_resolution(three: KB, when: TimeFilter) -> None:
    """A person's roles and changes, read through the person's own facts and the scope
    of the shows they act in, equal the report over every cast fact of the KB."""
    whole, rows = load(three.store, when, CAST_TYPES)
    people = [e.id for e in whole.entities.values() if e.kind is EntityKind.PERSON]
    assert len(people) >= 5
    for pid in people:
        assert person(three.store, pid, when) == person_of(whole, pid, rows, when), pid
    riya = person(three.store, "Riya", NOW)
    assert riya is not None and len(riya.roles) == 3 and riya.changes  # not vacuous


@pytest.mark.parametrize("unconfirmed", [False, True])
def test_show_listing_from_counts_as_from_every_fact(three: KB, unconfirmed: bool) -> None:
    """With no time filter the listing reads the store's counts, never a fact: the same
    summaries (channel votes by canonical name, counts, latest, status) as every fact's."""
    found = list_shows(three.store, NOW, unconfirmed)
    assert found == summaries_of(*load(three.store, NOW), NOW, unconfirmed)
    assert len(found) == (4 if unconfirmed else 3) and found[0].channel == "Colors TV"


def moved(claim: dict[str, Any]) -> str:
    """When a claim (as a dict) last moved: its newest history step's date."""
    return max((str(s.get("date") or "") for s in claim["history"]), default="")


@pytest.mark.parametrize("when", WHENS)
@pytest.mark.parametrize("changes", [1, 3])
def test_home_reads_the_latest_shows_claims_only(three: KB, when: TimeFilter, changes: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The home page keeps the HOME_SHOWS shows with the latest news; each one's changes
    (the claims that moved last, read alone) are what every claim of the KB, over the
    whole resolution, gives for it."""
    monkeypatch.setattr(views, "HOME_SHOWS", 2)
    monkeypatch.setattr(views, "HOME_CHANGES", changes)
    whole, rows = load(three.store, when, ("cast_change",))
    every = [c.to_dict() for c in claims(whole, rows, when)]
    assert [c.to_dict() for c in rumours(three.store, None, when)] == every
    home = views.home_view(three.store, when)
    listed = list_shows(three.store, when)
    assert home["total"] == len(listed) == 3 and len(home["shows"]) == 2
    latest = sorted(listed, key=lambda s: s.latest or "", reverse=True)[:2]
    assert [s["id"] for s in home["shows"]] == [s.id for s in latest]
    for s in home["shows"]:
        mine = sorted((c for c in every if c["show_id"] == s["id"]), key=moved,
                      reverse=True)
        assert s["changes"] == mine[:views.HOME_CHANGES] and (mine or when.as_of)


@pytest.mark.parametrize("unconfirmed", [False, True])
def test_a_page_of_counted_shows_is_a_slice_of_the_listing(three: KB, unconfirmed: bool) -> None:
    """The API reads one page of shows in listing order (or latest news first, as the
    home page ranks them) from the store: the same shows as slicing the whole listing."""
    listed = summaries_of(*load(three.store, NOW), NOW, unconfirmed)
    for offset in range(len(listed) + 1):
        assert counted_shows(three.store, unconfirmed, limit=2, offset=offset) == (
            len(listed), listed[offset:offset + 2])
    by_news = sorted(listed, key=lambda s: s.latest or "", reverse=True)
    assert counted_shows(three.store, unconfirmed, "latest") == (len(listed), by_news)


@pytest.mark.parametrize("when", WHENS)
def test_a_show_page_reads_its_rows_once(three: KB, when: TimeFilter) -> None:
    """The page (every row of the show read once, each part picking its types) equals
    the parts each reading their own facts, as the part routes do."""
    for sid in (s.id for s in list_shows(three.store, NOW, unconfirmed=True)):
        page = views.show_view(three.store, sid, when)
        assert page is not None
        detail = show_detail(three.store, sid, when)
        assert detail is not None and page["show"] == views.show_info(detail)
        for part in SHOW_PARTS:
            assert page[part] == views.show_part(three.store, sid, part, when), part


@pytest.mark.parametrize("unconfirmed", [False, True])
def test_people_listing_from_counts_as_from_every_cast_fact(three: KB, unconfirmed: bool
                                                            ) -> None:
    """With no time filter the people listing reads the store's counts, never a fact:
    the same lines (names, shows listed or not, counts, latest) as every cast fact's."""
    found = list_people(three.store, NOW, unconfirmed)
    assert found == people_of(*load(three.store, NOW, CAST_TYPES), NOW, unconfirmed)
    assert len(found) >= 5 and any("Some Show Once" in p.shows for p in found) is unconfirmed
