"""The reads the pages make without reading facts (``claim_page``, ``show_counts_by``,
``person_counts_by``, ``ids_known_by``, ``rating_weeks``) give what reading every linked
fact gives, and a read snapshot (``begin_read``) holds one commit, on SQLite and on
PostgreSQL. The KB is ingested for real (extraction, syndication, resolution) from the
bundled invented samples plus invented articles dated by month, by year and not at all,
so every cut-off rule is exercised: a month counts from its last day (a leap February
here), a year from December 31st, an undated article never."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tellytrack.model import Precision
from tellytrack.pipeline import ingest_paths
from tellytrack.store.base import ClaimDate, StoredFact

from .conftest import Backend, ClosingStore
from .test_show_counts import claim_twin, person_twin, show_twin

WriteJsonl = Callable[[str, list[Any]], Path]

# Invented articles whose dates the samples lack (all of the samples are day-dated).
EXTRA = [
    {"id": "x1", "outlet": "tvnotes.example", "date": "2024-02",
     "title": "Kesar Ki Kahani: Aman Verma quits",
     "text": "Kesar Ki Kahani: Aman Verma quits\n\nAman Verma, who plays Dev in Kesar Ki "
             "Kahani, has quit the show. Kesar Ki Kahani airs on Colors. Zoya Khan plays Kesar."},
    {"id": "x2", "outlet": "tvnotes.example", "date": "2024",
     "title": "Pyaar Ki Dor gets a new lead",
     "text": "Pyaar Ki Dor gets a new lead\n\nNaina Kapoor will play Naina in Pyaar Ki Dor. "
             "The show airs on Sony TV. Pyaar Ki Dor took the second spot with a TRP of 2.0."},
    {"id": "x3", "outlet": "tvnotes.example", "title": "Naya Safar: Kabir Sethi joins",
     "text": "Naya Safar: Kabir Sethi joins\n\nKabir Sethi has joined the cast of Naya Safar "
             "as Rohan. Naya Safar airs on Zee TV."},
    {"id": "x4", "outlet": "tvnotes.example", "date": "2024-01-18",
     "title": "TRP report: Naya Safar debuts",
     "text": "TRP report: Naya Safar debuts\n\nNaya Safar entered the chart at the fourth "
             "spot with a TRP of 1.7. Saath Chalenge held the number one spot."},
    # The day of two Saath Chalenge claims: claims reported last on one day go by show id.
    {"id": "x5", "outlet": "tvnotes.example", "date": "2024-02-15",
     "title": "Kesar Ki Kahani: Zoya Khan quits",
     "text": "Kesar Ki Kahani: Zoya Khan quits\n\nZoya Khan, who plays Kesar in Kesar Ki "
             "Kahani, has quit the show."},
]
LATER = {"id": "x6", "outlet": "tvnotes.example", "date": "2024-04-02",
         "title": "Naya Safar: Tanvi Desai quits",
         "text": "Naya Safar: Tanvi Desai quits\n\nTanvi Desai, who plays Mansi in Naya Safar, "
                 "has quit the show."}

# Cut-offs around every date rule: before any news, inside and at the end of the leap
# February (the month-dated article), the day before and on December 31st (year-dated).
DAYS = [date(2023, 12, 31), date(2024, 1, 12), date(2024, 2, 28), date(2024, 2, 29),
        date(2024, 3, 8), date(2024, 12, 30), date(2024, 12, 31), date(2100, 1, 1)]


@pytest.fixture
def kb(store: ClosingStore, sample_articles: Path, write_jsonl: WriteJsonl) -> ClosingStore:
    """The store after a real ingest of the samples and the extra invented articles."""
    ingest_paths(store, [sample_articles, write_jsonl("extra.jsonl", EXTRA)])
    return store


def known_by(store: ClosingStore, day: date) -> list[StoredFact]:
    """The linked facts whose article was published by ``day`` (all of its date)."""
    return [sf for sf in store.facts()
            if sf.show_id and sf.published and sf.published.end <= day]


def test_the_kb_has_every_kind_of_date(kb: ClosingStore) -> None:
    """Without claims, ratings and show info dated each way the tests below prove little."""
    kinds = {(sf.fact.type, sf.published.precision if sf.published else None)
             for sf in kb.facts() if sf.show_id}
    for kind in ("cast_change", "show_info"):
        assert {(kind, p) for p in (*Precision, None)} <= kinds, kind
    assert {("rating", Precision.DAY), ("rating", Precision.YEAR)} <= kinds


def by_last_report(claims: list[ClaimDate]) -> list[ClaimDate]:
    """Claims the one reported last first, undated last, then by show, actor, change."""
    dated = sorted((c for c in claims if c[3]), reverse=True,  # a stable sort: ids kept
                   key=lambda c: (c[3].start, c[3].precision) if c[3] else (date.min, ""))
    return dated + [c for c in claims if c[3] is None]


def test_claim_page_pages_every_claim_by_last_report(kb: ClosingStore) -> None:
    """Every page of every size equals the claims read from the facts, in page order."""
    plain = by_last_report(claim_twin(kb.facts()))
    assert len(plain) >= 5 and plain[-1][3] is None  # an undated claim, listed last
    for limit in (1, 2, 4, len(plain) + 1):
        pages = [kb.claim_page(limit, offset) for offset in range(0, len(plain) + 1, limit)]
        assert {total for total, _ in pages} == {len(plain)}
        assert [c for _, page in pages for c in page] == plain, limit
    assert kb.claim_page(3, len(plain)) == (len(plain), [])


def test_counts_by_a_day_equal_the_facts_known_then(kb: ClosingStore) -> None:
    """show_counts_by and person_counts_by == the kept counts' twins over the facts
    published by each cut-off; with every fact known they are the kept counts."""
    for day in DAYS:
        facts = known_by(kb, day)
        assert kb.show_counts_by(day) == show_twin(facts), day
        assert kb.person_counts_by(day) == person_twin(facts), day
    assert kb.show_counts_by(date(2023, 12, 31)) == []
    every = known_by(kb, DAYS[-1])
    assert len(every) < len([sf for sf in kb.facts() if sf.show_id])  # undated left out
    february = {c.show_id: c.facts for c in kb.show_counts_by(date(2024, 2, 29))}
    assert february != {c.show_id: c.facts for c in kb.show_counts_by(date(2024, 2, 28))}


def test_ids_known_by_a_day_are_those_the_facts_name(kb: ClosingStore) -> None:
    """Every show, person and character id the facts known by each cut-off link to."""
    for day in DAYS:
        plain = sorted({i for sf in known_by(kb, day)
                        for i in (sf.show_id, sf.actor_id, sf.character_id) if i})
        assert kb.ids_known_by(day) == plain, day
    assert "person:kabir-sethi" in kb.ids_known_by(DAYS[-1])  # named in dated articles too


def rating_places(facts: list[StoredFact]) -> list[tuple[str, str, str | None]]:
    """Each show's distinct rating places: (show id, week or '', the day when no week)."""
    places = {(str(sf.show_id), sf.fact.week or "",
               sf.published.start.isoformat() if not sf.fact.week and sf.published
               and sf.published.precision is Precision.DAY else None)
              for sf in facts if sf.fact.type == "rating"}
    return sorted(places, key=lambda p: (p[0], p[1], p[2] or ""))


def test_rating_weeks_are_the_distinct_places_of_the_ratings(kb: ClosingStore) -> None:
    """By each cut-off, and with none (undated and year-dated ratings too)."""
    for day in DAYS:
        assert kb.rating_weeks(day) == rating_places(known_by(kb, day)), day
    every = [sf for sf in kb.facts() if sf.show_id]
    assert kb.rating_weeks() == rating_places(every)
    assert {(w, d is None) for _, w, d in kb.rating_weeks()} >= {("", True), ("", False)}


def test_a_snapshot_does_not_see_a_later_commit(backend: Backend, kb: ClosingStore,
                                                write_jsonl: WriteJsonl) -> None:
    """A reader in a snapshot keeps its answers while a writer ingests and resolves; the
    next snapshot (and a read outside one) sees the commit."""
    with backend.open() as reader:
        reader.begin_read()
        before = (reader.version(), reader.claim_page(100),
                  reader.show_counts_by(DAYS[-1]), reader.ids_known_by(DAYS[-1]))
        ingest_paths(kb, [write_jsonl("later.jsonl", [LATER])])
        after = (kb.version(), kb.claim_page(100), kb.show_counts_by(DAYS[-1]),
                 kb.ids_known_by(DAYS[-1]))
        assert after[0] > before[0] and after[1][0] == before[1][0] + 1
        assert (reader.version(), reader.claim_page(100), reader.show_counts_by(DAYS[-1]),
                reader.ids_known_by(DAYS[-1])) == before
        reader.end_read()
        reader.begin_read()
        assert (reader.version(), reader.claim_page(100), reader.show_counts_by(DAYS[-1]),
                reader.ids_known_by(DAYS[-1])) == after
        reader.end_read()
        assert reader.claim_page(100) == after[1]
