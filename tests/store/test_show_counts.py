"""The listing counts the store keeps per show (``Store.show_counts``) always equal what
counting every linked fact gives: after a rebuild, after each incremental resolution
(which relinks only the shows it touches), and after curation that renames a show, on
SQLite and on PostgreSQL (issue 15 part 2: a listing reads no fact)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from tellytrack.model import Article, Evidence, Fact, PubDate
from tellytrack.resolve import resolve_new, resolve_store
from tellytrack.resolve.curation import curate
from tellytrack.store import Incoming
from tellytrack.store.base import (
    ClaimDate,
    CountRow,
    PersonCounts,
    ShowCounts,
    StoredFact,
    count_deltas,
    dated,
)

from .conftest import ClosingStore
from .test_stored_resolution import cast

SHOW, DOR = "Saath Chalenge", "Pyaar Ki Dor"


def add(store: ClosingStore, day: str | None, text: str, *facts: Fact) -> None:
    """Store one invented article of ``day`` (None: undated) with ``facts``."""
    art = Article.create(text, published=PubDate.parse(day) if day else None,
                         outlet="example.com")
    ev = Evidence(art.id, 0, len(text), text)
    store.add_batch([Incoming(art, [f.with_(evidence=ev) for f in facts])])


def channel(show: str, value: str) -> Fact:
    return Fact("show_info", show, field="channel", value=value, confidence=0.9)


Kept = tuple[list[ShowCounts], list[ClaimDate], list[PersonCounts]]


def kept(store: ClosingStore) -> Kept:
    """What the store keeps: every show's counts (by id), every claim's date and every
    person's counts."""
    counts = sorted(store.show_counts()[1], key=lambda c: c.show_id)
    return counts, store.claim_dates([c.show_id for c in counts]), store.person_counts()


def quits(show: str, actor: str, status: str) -> Fact:
    return Fact("cast_change", show, actor=actor, change="exit", status=status or None,
                confidence=0.9)


def counted(store: ClosingStore) -> Kept:
    """The plain twin: the counts, claim dates and person counts from every linked fact."""
    facts = store.facts()
    return show_twin(facts), claim_twin(facts), person_twin(facts)


def show_twin(facts: Iterable[StoredFact]) -> list[ShowCounts]:
    """Each show's counts from these facts (those linked to a show), by show id."""
    groups: dict[str, list[StoredFact]] = defaultdict(list)
    for sf in facts:
        if sf.show_id is not None:
            groups[sf.show_id].append(sf)
    out = []
    for sid in sorted(groups):
        mine = groups[sid]
        dated = [sf.published for sf in mine if sf.published]
        votes = Counter((str(sf.fact.field), str(sf.fact.value)) for sf in mine
                        if sf.fact.type == "show_info" and sf.fact.field and sf.fact.value)
        out.append(ShowCounts(sid, len(mine), len({sf.article_id for sf in mine}),
                              max(dated) if dated else None,
                              tuple(sorted((f, v, n) for (f, v), n in votes.items()))))
    return out


def claim_twin(facts: Iterable[StoredFact]) -> list[ClaimDate]:
    """Each cast-change claim of these facts with its latest report's date, by ids."""
    claims: dict[tuple[str, str, str], list[PubDate | None]] = defaultdict(list)
    for sf in facts:
        if (sf.fact.type == "cast_change" and sf.show_id and sf.actor_id and sf.fact.change
                and sf.fact.status):
            claims[(sf.show_id, sf.actor_id, sf.fact.change)].append(sf.published)
    return [(*k, max((d for d in v if d), default=None)) for k, v in sorted(claims.items())]


def person_twin(facts: Iterable[StoredFact]) -> list[PersonCounts]:
    """Each person's counts from the linked cast facts among these, by person id."""
    people: dict[str, list[StoredFact]] = defaultdict(list)
    for sf in facts:
        if sf.fact.type in ("cast", "cast_change") and sf.show_id and sf.actor_id:
            people[sf.actor_id].append(sf)
    out = []
    for pid in sorted(people):
        mine = people[pid]
        dated = [sf.published for sf in mine if sf.published]
        out.append(PersonCounts(pid, len(mine), len({sf.article_id for sf in mine}),
                                max(dated) if dated else None,
                                tuple(sorted({str(sf.show_id) for sf in mine}))))
    return out


def test_counts_follow_every_resolution_write(store: ClosingStore) -> None:
    """Rebuild, incremental batches (a show's spelling joining it, a new show), renames."""
    add(store, "2024-03-05", "Riya Malhotra plays Meera in Saath Chalenge on Colors.",
        cast("Riya Malhotra", "Meera"), channel(SHOW, "Colors"))
    assert resolve_new(store) == "rebuild"
    assert kept(store) == counted(store) and counted(store)[0]
    for day, text, facts in [
        ("2024-04", "Kabir Sethi plays Arjun in Saath Chalenge; Riya quits.",
         [cast("Kabir Sethi", "Arjun"), quits(SHOW, "Riya", "reported")]),
        (None, "Riya plays Meera in Sath Chalenge, on COLORS.",
         [cast("Riya", "Meera", show="Sath Chalenge"), channel("Sath Chalenge", "COLORS")]),
        ("2024-04-30", "Kabir Sethi plays Rohan in Pyaar Ki Dor on Star Plus; Riya quits.",
         [cast("Kabir Sethi", "Rohan", DOR), channel(DOR, "Star Plus"),
          quits("Sath Chalenge", "Riya Malhotra", "confirmed"), quits(DOR, "Kabir", "")]),
    ]:
        add(store, day, text, *facts)
        assert resolve_new(store) == "incremental"
        assert kept(store) == counted(store)
    curate(store, "rename", SHOW, "Saath Chalenge Phir Se")
    assert kept(store) == counted(store)
    assert {c.show_id for c in store.show_counts()[1]} == {"show:sath-chalenge-phir-se",
                                                        "show:pyar-ki-dor"}
    resolve_store(store)
    latest = {c.show_id: c.latest for c in store.show_counts()[1]}
    assert kept(store) == counted(store)
    assert latest["show:sath-chalenge-phir-se"] == PubDate.parse("2024-04-30")
    assert len(counted(store)[1]) == 1  # Riya's exit, both spellings; Kabir's has no status
    assert [p.shows for p in store.person_counts()] == [
        ("show:pyar-ki-dor", "show:sath-chalenge-phir-se"), ("show:sath-chalenge-phir-se",)]


def test_count_deltas_sum_the_new_links_once_a_key() -> None:
    """The listing counts' increments from a resolution's new links (``count_deltas``,
    what the five aggregating statements gave): distinct articles, a fact written twice
    counted twice, the later date (a missing one ignored), a recounted show or person
    left out (but a recounted show's actor still counted), empty values and claims
    without a status or change left out of their tables."""
    rows: list[CountRow] = [
        # show, actor, type, field, value, change, status, article, latest
        ("show:kesar", "person:tara-bedi", "cast", None, None, None, None, "a1", "2024-05-01 day"),
        ("show:kesar", "person:tara-bedi", "cast_change", None, None, "exit", "reported", "a1",
         "2024-05-01 day"),
        ("show:kesar", "person:tara-bedi", "cast_change", None, None, "exit", "confirmed", "a2",
         "2024-06 month"),
        ("show:kesar", "person:tara-bedi", "cast_change", None, None, "entry", None, "a3", None),
        ("show:kesar", None, "show_info", "channel", "Neelam TV", None, None, "a3", None),
        ("show:kesar", None, "show_info", "channel", "Neelam TV", None, None, "a3", None),
        ("show:kesar", None, "show_info", "channel", "", None, None, "a3", None),
        ("show:dhoop", "person:tara-bedi", "cast", None, None, None, None, "a4", "2023 year"),
        ("show:dhoop", "person:vir-ahuja", "cast", None, None, None, None, "a4", "2023 year"),
        ("show:dhoop", "person:vir-ahuja", "cast_change", None, None, "", "reported", "a4",
         "2023 year"),
    ]
    add = count_deltas(rows, {"show:dhoop"}, {"person:vir-ahuja"})
    assert add.shows == [("show:kesar", 7, 3, "2024-06 month")]
    assert add.info == [("show:kesar", "channel", "Neelam TV", 2)]
    assert add.claims == [("show:kesar", "person:tara-bedi", "exit", "2024-06 month")]
    assert add.people == [("person:tara-bedi", 5, 4, "2024-06 month")]
    assert add.person_shows == [("person:tara-bedi", "show:dhoop"),
                                ("person:tara-bedi", "show:kesar")]
    assert count_deltas(rows[3:4], set(), set()).claims == []  # no status
    assert count_deltas(rows[3:4], set(), set()).shows == [("show:kesar", 1, 1, None)]


def test_new_links_take_their_articles_dates() -> None:
    """The new links are read without their articles and the dates once an article
    (``dated``): every link of an article gets its date, an undated article's None, and
    the sums are those of the join that gave each link its date."""
    links = [
        # show, actor, type, field, value, change, status, article
        ("show:kesar", "person:tara-bedi", "cast", None, None, None, None, "a1"),
        ("show:kesar", None, "show_info", "channel", "Neelam TV", None, None, "a1"),
        ("show:kesar", "person:vir-ahuja", "cast", None, None, None, None, "a2"),
    ]
    dates = {"a1": "2024-05-01 day", "a2": None}
    rows = list(dated(links, dates))
    assert rows == [(*links[0], "2024-05-01 day"), (*links[1], "2024-05-01 day"),
                    (*links[2], None)]
    add = count_deltas(rows, set(), set())
    assert add.shows == [("show:kesar", 3, 2, "2024-05-01 day")]
    assert add.people == [("person:tara-bedi", 1, 1, "2024-05-01 day"),
                          ("person:vir-ahuja", 1, 1, None)]
