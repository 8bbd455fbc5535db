"""Listings of shows and people, and search by initials and in either script."""

from __future__ import annotations

from query.build import KB, cast
from tellytrack.query import search
from tellytrack.query.people import list_people
from tellytrack.query.search import found_ids
from tellytrack.query.shows import list_shows

SNS = "Saath Nibhana Saathiya 2"


def two_shows(kb: KB) -> None:
    kb.add("2024-01-05", "a.example", cast(SNS, "Riya Malhotra", "Meera"),
           cast(SNS, "Kabir Sethi", "Arjun"))
    kb.add("2024-02-06", "b.example", cast("Kesar Ki Kahani", "Aman Verma", "Dev"),
           cast("Kesar Ki Kahani", "Riya Malhotra", "Gauri"))


def test_listings_carry_ids_names_aliases_and_status(kb: KB) -> None:
    """Every listed entry says what it is (status) and all the names it goes by."""
    two_shows(kb)
    shows = list_shows(kb.store)
    assert {s.name for s in shows} == {SNS, "Kesar Ki Kahani"}
    assert all(s.status == "confirmed" and s.name in s.aliases for s in shows)
    people = list_people(kb.store)
    assert [p.name for p in people] == ["Aman Verma", "Kabir Sethi", "Riya Malhotra"]
    riya = people[-1]
    assert (riya.shows, riya.articles, riya.latest) == (["Kesar Ki Kahani", SNS], 2, "2024-02-06")
    everyone = {p.id for p in list_people(kb.store, unconfirmed=True)}
    assert {p.id for p in people} <= everyone


def test_a_person_is_listed_with_listed_shows_only(kb: KB) -> None:
    """A title the curator rejects ("not a show") is no longer shown beside the people
    its facts name; ``unconfirmed`` still shows it."""
    from tellytrack.resolve.curation import curate

    two_shows(kb)
    curate(kb.store, "not-a-show", "Kesar Ki Kahani")
    riya = next(p for p in list_people(kb.store) if p.name == "Riya Malhotra")
    assert riya.shows == [SNS]
    riya = next(p for p in list_people(kb.store, unconfirmed=True) if p.name == "Riya Malhotra")
    assert riya.shows == ["Kesar Ki Kahani", SNS]


def test_search_finds_a_show_by_its_initials(kb: KB) -> None:
    """"SNS", "sns 2" find Saath Nibhana Saathiya 2; "SNS 3" is another season."""
    two_shows(kb)
    for q in ("SNS", "sns 2", "SNS 2"):
        assert [h.name for h in search(kb.store, q)] == [SNS], q
    assert search(kb.store, "SNS 3") == []


def test_search_finds_a_show_in_either_script(kb: KB) -> None:
    """Devanagari typed for a show stored in Latin letters, and the other way round."""
    two_shows(kb)
    kb.add("2024-03-01", "c.example", cast("कुमकुम भाग्य", "अमन वर्मा", "देव"))
    assert [h.name for h in search(kb.store, "केसर की कहानी")] == ["Kesar Ki Kahani"]
    found = {h.name for h in search(kb.store, "Kumkum Bhagya")}
    assert any(n in found for n in ("Kumkum Bhagya", "कुमकुम भाग्य"))


def test_found_ids_filters_by_kind(kb: KB) -> None:
    """A listing's search keeps one kind; nothing typed means no filter."""
    two_shows(kb)
    assert found_ids(kb.store, "Riya", "show") == set()
    assert len(found_ids(kb.store, "Riya", "person") or ()) == 1
    assert found_ids(kb.store, "  ", "show") is None


def test_dated_listing_equals_the_plain_reading(kb: KB) -> None:
    """Under as_of / known_by the shows listing comes from counts the database makes
    over the facts published by then; it must equal the listing made from those facts
    (``summaries_of``), month-dated articles counted from their month's last day."""
    from datetime import date

    from tellytrack.query import TimeFilter
    from tellytrack.query.facts import load
    from tellytrack.query.shows import dated_shows, summaries_of

    two_shows(kb)
    kb.add("2024-01", "c.example", cast("Kesar Ki Kahani", "Zoya Khan", "Kesar"))
    kb.add("2024-03-02", "d.example", cast(SNS, "Tanvi Desai", "Kavya"))
    kb.add(None, "e.example", cast(SNS, "Naina Kapoor", "Naina"))
    for when in (TimeFilter(known_by=date(2024, 1, 30)), TimeFilter(known_by=date(2024, 1, 31)),
                 TimeFilter(as_of=date(2024, 2, 10)), TimeFilter(as_of=date(2030, 1, 1)),
                 TimeFilter(date(2024, 3, 5), date(2024, 2, 20))):
        plain = summaries_of(*load(kb.store, when), when)
        assert dated_shows(kb.store, when) == plain, when
        assert list_shows(kb.store, when) == plain
    january = dated_shows(kb.store, TimeFilter(known_by=date(2024, 1, 31)))
    assert [s.facts for s in january] == [2, 1]  # the month-dated article counts by its end


def test_dated_people_listing_equals_the_plain_reading(kb: KB) -> None:
    """The people listing under a time filter (``Store.person_counts_by``) equals the
    listing made from the cast facts known then (``people_of``)."""
    from datetime import date

    from tellytrack.query import TimeFilter
    from tellytrack.query.cast import CAST_TYPES
    from tellytrack.query.facts import load
    from tellytrack.query.people import people_of

    two_shows(kb)
    kb.add("2024-01", "c.example", cast("Kesar Ki Kahani", "Riya Malhotra", "Gauri"))
    kb.add("2024-03-02", "d.example", cast(SNS, "Aman Verma", "Dev"))
    for when in (TimeFilter(known_by=date(2024, 1, 30)), TimeFilter(known_by=date(2024, 1, 31)),
                 TimeFilter(as_of=date(2024, 2, 10)), TimeFilter(as_of=date(2030, 1, 1))):
        for everything in (False, True):
            plain = people_of(*load(kb.store, when, CAST_TYPES), when, everything)
            assert list_people(kb.store, when, everything) == plain, when
    riya = [p for p in list_people(kb.store, TimeFilter(known_by=date(2024, 1, 31)))
            if p.name == "Riya Malhotra"]
    assert riya[0].shows == ["Kesar Ki Kahani", SNS]  # the month-dated article, by its end


def test_search_under_a_cut_off_finds_only_what_was_known(kb: KB) -> None:
    """A search with ``known_by`` finds the entities the facts published by then name
    (``Store.ids_known_by``): the same ids as reading those facts, and a character first
    named later is not found."""
    from datetime import date

    from tellytrack.query import TimeFilter
    from tellytrack.query.facts import load

    two_shows(kb)
    kb.add("2024-01", "c.example", cast("Kesar Ki Kahani", "Zoya Khan", "Kesar"))
    for day in (date(2024, 1, 10), date(2024, 1, 31), date(2024, 3, 1)):
        _, rows = load(kb.store, TimeFilter(known_by=day))
        plain = sorted({i for r in rows for i in (r.show, r.actor, r.character) if i})
        assert kb.store.ids_known_by(day) == plain, day
    early = search(kb.store, "Gauri", when=TimeFilter(known_by=date(2024, 1, 10)))
    assert early == [] and search(kb.store, "Gauri") != []
