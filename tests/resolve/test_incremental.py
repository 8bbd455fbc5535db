"""Incremental resolution (issue 15): a KB built batch by batch, each batch resolving
only what its names reach, equals the KB one full rebuild makes of the same facts,
whatever the order of the batches. Invented shows and people only."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from tellytrack.model import Article, Evidence, Fact, PubDate
from tellytrack.resolve import resolve_new, resolve_store
from tellytrack.resolve.cues import fact_cues
from tellytrack.resolve.incremental import Blocks, _Cast, _reach, _show_clusters
from tellytrack.resolve.names import words
from tellytrack.resolve.resolver import cluster_show_names
from tellytrack.store import migrations
from tellytrack.store.base import Incoming, Override, ResolutionChange
from tellytrack.store.sqlite import SQLiteStore

KESAR, KESAR_2, PYAAR = "Kesar Ki Kahani", "Kesar Ki Kahani 2", "Pyaar Ki Dor"


def cast(show: str, actor: str, character: str) -> Fact:
    return Fact("cast", show, actor=actor, character=character, confidence=0.9)


def rating(show: str, rank: int) -> Fact:
    return Fact("rating", show, rank=rank, week="2024-W05", confidence=0.9)


def quit_(show: str, actor: str) -> Fact:
    return Fact("cast_change", show, actor=actor, change="exit", status="confirmed",
                confidence=0.9)


# (day, text, facts): each article's text names what its facts say.
ARTICLES: list[tuple[str, str, list[Fact]]] = [
    ("2024-01-03", "Riya Malhotra plays Meera in Kesar Ki Kahani; Kabir Sethi plays Arjun.",
     [cast(KESAR, "Riya Malhotra", "Meera"), cast(KESAR, "Kabir Sethi", "Arjun")]),
    ("2024-01-10", "Kesar Ki Kahaani tops the chart; Riya Malhotra as Meera wins hearts.",
     [rating("Kesar Ki Kahaani", 1), cast("Kesar Ki Kahaani", "Riya Malhotra", "Meera")]),
    ("2024-01-17", "KKK is number two; Kabir plays Arjun Mehra.",
     [rating("KKK", 2), cast(KESAR, "Kabir", "Arjun Mehra")]),
    ("2024-01-24", "Tanvi Desai joins Pyaar Ki Dor as Kavya; Aman Verma plays Dev.",
     [cast(PYAAR, "Tanvi Desai", "Kavya"), cast(PYAAR, "Aman Verma", "Dev")]),
    ("2024-02-01", "Kabir Sethi quits Kesar Ki Kahani and joins Pyaar Ki Dorr as Rohan.",
     [quit_(KESAR, "Kabir Sethi"), cast("Pyaar Ki Dorr", "Kabir Sethi", "Rohan")]),
    ("2024-02-08", "Pyar Ki Dor: Tanvi Desaai as Kavya; Aman plays Dev.",
     [cast("Pyar Ki Dor", "Tanvi Desaai", "Kavya"), cast(PYAAR, "Aman", "Dev")]),
    ("2024-02-15", "Kesar Ki Kahani 2 begins: Riya Malhotra returns as Meera, Nisha Rao as Gauri.",
     [cast(KESAR_2, "Riya Malhotra", "Meera"), cast(KESAR_2, "Nisha Rao", "Gauri")]),
    ("2024-02-22", "Nisha plays Gauri in Kesar Ki Kahani 2; it is number three.",
     [cast(KESAR_2, "Nisha", "Gauri"), rating(KESAR_2, 3)]),
    ("2024-03-01", "Zoya Khan plays Choti Gauri in Kesar Ki Kahani 2.",
     [cast(KESAR_2, "Zoya Khan", "Choti Gauri")]),
    ("2024-03-08", "Saath Chalenge: Aman Verma plays Vikram; Zoya Khan plays Ira.",
     [cast("Saath Chalenge", "Aman Verma", "Vikram"),
      cast("Saath Chalenge", "Zoya Khan", "Ira")]),
    # a long title and the same with its last word dropped: the fuzzy title rule joins
    # them across two length bands (the blocks of their first letters and length)
    ("2024-03-15", "Tara Kaur plays Noor in Rang Hai Kisi Ke Pyar Ka.",
     [cast("Rang Hai Kisi Ke Pyar Ka", "Tara Kaur", "Noor")]),
    ("2024-03-22", "Rang Hai Kisi Ke Pyar: Tara Kaur as Noor.",
     [cast("Rang Hai Kisi Ke Pyar", "Tara Kaur", "Noor")]),
]


def incoming(day: str, text: str, facts: list[Fact], cues: bool = True) -> Incoming:
    """An article with its facts and, as the pipeline stores them, their typing cues
    (``cues=False``: stored without, as an older KB's facts)."""
    art = Article.create(text, published=PubDate.parse(day), outlet="news.example",
                         url=f"https://news.example/{day}")
    ev = Evidence(art.id, 0, len(text), text)
    evidenced = [f.with_(evidence=ev) for f in facts]
    return Incoming(art, evidenced, cues=[fact_cues(f) for f in evidenced] if cues else None)


def snapshot(store: SQLiteStore) -> dict[str, Any]:
    """Entities, name rows, each fact's links (by article and fact, not row id), and the
    counts the store keeps for resolution: every name's namings and stories and each
    written triple's links."""
    links = {(sf.article_id, repr(sf.fact.key())): (sf.show_id, sf.actor_id, sf.character_id)
             for sf in store.facts()}
    return {"entities": sorted(store.entities(), key=lambda e: e.id),
            "names": sorted(store.names()), "links": links, **kept_counts(store)}


def kept_counts(store: SQLiteStore) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of the tables that keep the name counts, the triples' links and the
    names admission weighs across the KB (the name stories wherever they are filed)."""
    tables = {t: t for t in ("name_tallies", "name_groups", "kept_holders", "kept_words")}
    tables["name_stories"] = "name_stories UNION ALL SELECT * FROM name_stories_recent"
    return {table: sorted(tuple(r) for r in store.conn.execute(f"SELECT * FROM {rows}"))
            for table, rows in tables.items()}


def build(path: Path, batches: list[list[int]],
          overrides: Sequence[Override] = (), cues: bool = True) -> dict[str, Any]:
    """A KB of ARTICLES stored in these batches, resolved incrementally after each
    (the first batch by a rebuild: nothing is resolved yet)."""
    with SQLiteStore(path) as store:
        for o in overrides:
            store.add_override(o)
        for n, batch in enumerate(batches):
            store.add_batch([incoming(*ARTICLES[i], cues=cues) for i in batch])
            assert resolve_new(store) == ("rebuild" if n == 0 else "incremental")
        after_batches = snapshot(store)
        filed = block_rows(store)
        resolve_store(store)
        assert snapshot(store) == after_batches  # a rebuild changes nothing
        assert block_rows(store) <= filed  # every block a rebuild files was filed
        return after_batches


def block_rows(store: SQLiteStore) -> set[tuple[str, str, str]]:
    return {tuple(r) for r in store.conn.execute("SELECT kind, block, key FROM name_blocks")}


ALL = list(range(len(ARTICLES)))


@pytest.mark.parametrize("order", [ALL, ALL[::-1], [3, 11, 0, 9, 6, 1, 10, 8, 4, 2, 7, 5]],
                         ids=["forward", "backward", "shuffled"])
def test_batches_in_any_order_equal_one_rebuild(tmp_path: Path, order: list[int]) -> None:
    """One article per batch, in three orders, and three uneven batches: each KB equals
    the rebuild of the same facts (entities, aliases, statuses, name rows, fact links)."""
    whole = build(tmp_path / "whole.db", [ALL])
    assert build(tmp_path / "one.db", [[i] for i in order]) == whole
    assert build(tmp_path / "three.db", [order[:2], order[2:7], order[7:]]) == whole


def test_kept_typing_cues_give_what_the_sentences_give(tmp_path: Path) -> None:
    """Facts stored with their typing cues (read from the tallies) and without (their
    sentences read back) give one KB, batch by batch and rebuilt; only the kept cues
    differ (unknown without)."""
    def without_cues(kb: dict[str, Any]) -> dict[str, Any]:
        return {**kb, "name_tallies": [r[:5] for r in kb["name_tallies"]]}

    kept = build(tmp_path / "kept.db", [[i] for i in ALL[::-1]])
    read = build(tmp_path / "read.db", [[i] for i in ALL[::-1]], cues=False)
    assert without_cues(kept) == without_cues(read)
    assert {r[5] for r in read["name_tallies"] if r[0] < 2} == {None}
    assert {r[5] for r in kept["name_tallies"] if r[0] < 2} > {0}


def test_the_batches_merge_variants_acronyms_and_partial_names(tmp_path: Path) -> None:
    """What the incremental path must find through its blocks: title variants, an
    acronym, a one-word name in its show, a person across shows."""
    kb = build(tmp_path / "kb.db", [[i] for i in ALL])
    links = kb["links"].values()
    assert {s for s, _, _ in links} == {"show:kesar-ki-kahani", "show:kesar-ki-kahani-2",
                                        "show:pyar-ki-dor", "show:sath-chalenge",
                                        "show:rang-hai-kisi-ke-pyar"}
    kabir = {a for s, a, _ in links if a and "kabir" in a}
    assert kabir == {"person:kabir-sethi"}
    assert {a for _, a, _ in links if a and a.startswith("person:aman")} == {"person:aman-verma"}


def test_overrides_apply_on_the_incremental_path(tmp_path: Path) -> None:
    """A curator's merge and rename act on batches that arrive after them."""
    overrides = [Override("merge", "show", "Saath Chalenge", PYAAR),
                 Override("rename", "person", "Zoya Khan", "Zoya Khan Mirza")]
    whole = build(tmp_path / "whole.db", [ALL], overrides)
    assert build(tmp_path / "one.db", [[i] for i in ALL[::-1]], overrides) == whole
    shows = {s for s, _, _ in whole["links"].values()}
    assert "show:sath-chalenge" not in shows
    assert "person:zoya-khan-mirza" in {a for _, a, _ in whole["links"].values()}


def test_a_batch_touches_only_its_neighbourhood(tmp_path: Path) -> None:
    """A batch about one show leaves another show's entities and links as they were
    (their rows are not rewritten: the unrelated show's facts keep their links)."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([incoming(*ARTICLES[i]) for i in (0, 1, 3)])
        resolve_new(store)
        pyaar = store.facts(show_id="show:pyar-ki-dor")
        before = {sf.id: (sf.show_id, sf.actor_id) for sf in pyaar}
        store.conn.execute("UPDATE fact_entities SET character_id = 'marker' "
                           "WHERE show_id = 'show:pyar-ki-dor'")
        store.add_batch([incoming(*ARTICLES[2])])
        assert resolve_new(store) == "incremental"
        after = store.facts(show_id="show:pyar-ki-dor")
        assert {sf.id: (sf.show_id, sf.actor_id) for sf in after} == before
        assert {sf.character_id for sf in after} == {"marker"}  # untouched rows


def test_the_show_names_are_clustered_again_only_when_the_counts_gain_one(
        tmp_path: Path) -> None:
    """A resolution clusters its show names once for a set of names (the people read
    after the first clustering usually bring none): the same clusters a clustering of
    the counts as they are gives, made again once the counts gain a show name."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([incoming(*ARTICLES[i]) for i in (0, 1, 3)])
        resolve_new(store)
        store.add_batch([incoming(*ARTICLES[2])])
        reach = _reach(store, store.unresolved(), Blocks())
        assert reach is not None and "Pyaar Ki Dor" not in reach.m.shows
        first = _show_clusters(reach)
        assert _show_clusters(reach) is first
        assert first == cluster_show_names(reach.m, reach.overrides)
        reach.m.add(store.name_counts(["show:pyar-ki-dor"]))  # brings a show name
        again = _show_clusters(reach)
        assert again is not first and "show:pyar-ki-dor" in again.entities
        assert again == cluster_show_names(reach.m, reach.overrides)


def test_resolution_reads_name_counts_not_facts(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither path reads the facts one by one: the store aggregates them into name
    counts (what makes a batch's cost follow its names, not the size of its shows)."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        def no_facts(*args: object, **kwargs: object) -> None:
            raise AssertionError("resolution read the facts one by one")

        monkeypatch.setattr(store, "facts", no_facts)
        for i in ALL:
            store.add_batch([incoming(*ARTICLES[i])])
            resolve_new(store)
        monkeypatch.undo()
        assert snapshot(store) == build(tmp_path / "whole.db", [ALL])


# A one-word show that the KB's sentences also write in lower case (invented).
BRAVE = [
    ("2024-04-01", "Brave Hearts returns; brave fans cheer, brave and loud.",
     [Fact("show_info", "Brave", field="channel", value="Star Plus", confidence=0.9)]),
    ("2024-04-02", "A brave step: Riya Malhotra plays Meera in Kesar Ki Kahani.",
     [cast(KESAR, "Riya Malhotra", "Meera")]),
    ("2024-04-03", "Brave tops the chart this week, a brave show.",
     [rating("Brave", 1)]),
]


def brave_kb(path: Path, order: list[int]) -> dict[str, Any]:
    """The one-word-title corpus (BRAVE), an article a batch in this order, each resolved
    incrementally; a rebuild must change nothing."""
    with SQLiteStore(path) as store:
        for i in order:
            store.add_batch([incoming(*BRAVE[i])])
            resolve_new(store)
        after = snapshot(store)
        resolve_store(store)
        assert snapshot(store) == after
        return after


def test_the_common_word_signal_is_the_same_on_both_paths(tmp_path: Path) -> None:
    """Whether a one-word title is a common word is read in the KB's sentences on the
    incremental path as on a rebuild, whichever article comes first."""
    forward = brave_kb(tmp_path / "f.db", [0, 1, 2])
    assert brave_kb(tmp_path / "b.db", [2, 1, 0]) == forward
    brave = next(e for e in forward["entities"] if e.id == "show:brave")
    assert brave.status == "unconfirmed" and "common word" in (brave.evidence or "")


def test_kept_name_counts_equal_a_count_of_every_fact(tmp_path: Path) -> None:
    """The name counts each batch adds to equal the counts of all the facts at once (what
    the migration fills an older KB with), and what a rebuild aggregates from the facts."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        for i in [3, 0, 9, 6, 1, 8, 4, 2, 7, 5]:
            store.add_batch([incoming(*ARTICLES[i])])
            resolve_new(store)
        store.add_batch([incoming(*ARTICLES[0])])  # a duplicate adds nothing
        kept = kept_counts(store)
        with migrations.transaction(store.conn):
            store.conn.execute("DELETE FROM name_tallies")
            store.conn.execute("DELETE FROM name_stories")
            store.conn.execute("DELETE FROM name_stories_recent")
            migrations.tally(store.conn, 0)
            migrations.tally_cues(store.conn, 0)
        assert kept_counts(store) == kept
        # four facts of three stories write the show so, two of them in the sentence of
        # a cast and a cast-change fact; Riya Malhotra plays in two shows, typed in both
        assert (0, KESAR, "", 4, 3, 0b11) in kept["name_tallies"]
        assert (1, KESAR_2, "Riya Malhotra", 1, 1, 0b1) in kept["name_tallies"]
        whole = store.name_counts()
        assert sorted(whole.shows) == sorted(
            (r[1], r[3], r[4], r[5]) for r in kept["name_tallies"] if r[0] == 0)
        assert sorted(whole.actors) == sorted(
            (r[1], r[2], r[3], r[4], r[5]) for r in kept["name_tallies"] if r[0] == 1)


def test_a_new_title_reaches_only_the_titles_it_may_join(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new title sharing blocks (first consonants, initials) with a stored one but
    joined to it by no rule does not re-resolve it; a variant of it is merged into it."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([incoming(*ARTICLES[i]) for i in (3, 5)])
        resolve_new(store)
        touched: list[set[str]] = []
        update = store.update_resolution

        def spy(change: ResolutionChange) -> None:
            touched.append(set(change.drop_entities))
            update(change)

        monkeypatch.setattr(store, "update_resolution", spy)
        for day, show, actor, character in [("2024-05-01", "Pyaar Ka Dard", "Tanvi Desai", "Noor"),
                                            ("2024-05-02", "Pyaar Ke Darr", "Aman Verma", "Dev")]:
            store.add_batch([incoming(day, f"{show}: {actor} plays {character}.",
                                      [cast(show, actor, character)])])
            assert resolve_new(store) == "incremental"
        assert "show:pyar-ki-dor" not in touched[0]  # shares blocks, joined by no rule
        assert "show:pyar-ki-dor" in touched[1]
        assert {sf.show_id for sf in store.facts(show="Pyaar Ke Darr")} == {"show:pyar-ki-dor"}


def test_a_title_block_loads_only_the_titles_the_rule_may_join(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new title that shares only its first letters and length band with a stored one
    does not load it (told by the keys: those blocks grow with the KB); a fuzzy variant
    sharing only those blocks does, and is merged into it."""
    long_title = "Rang Hai Kisi Ke Pyar Ka"
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([incoming("2024-05-01", f"{long_title}: Tara Kaur plays Noor.",
                                  [cast(long_title, "Tara Kaur", "Noor")])])
        resolve_new(store)
        stored = store.facts()[0].show_id
        loaded: list[set[str]] = []
        entities_of = store.entities_of

        def spy(ids: Sequence[str] = (), shows: Sequence[str] = ()) -> list[Any]:
            loaded.append(set(ids))
            return entities_of(ids, shows)

        monkeypatch.setattr(store, "entities_of", spy)
        for day, show in [("2024-05-02", "Rang Hai Kisi Ke Dulhe"),
                          ("2024-05-03", "Rang Hai Kisi Ke Pyar")]:
            store.add_batch([incoming(day, f"{show}: Aman Verma plays Dev.",
                                      [cast(show, "Aman Verma", "Dev")])])
            n = len(loaded)
            assert resolve_new(store) == "incremental"
            assert (stored in set().union(*loaded[n:])) == (show == "Rang Hai Kisi Ke Pyar")
        merged = {sf.show_id for sf in store.facts() if sf.fact.show.endswith(("Pyar", "Ka"))}
        other = store.facts(show="Rang Hai Kisi Ke Dulhe")[0].show_id
        assert len(merged) == 1 and merged != {other}


# Shows whose names only entities far from them speak against (invented): a typed
# person's full name inside a title, her first name, another person's whole name, a
# producer's name. None shares a block or a show with what vetoes it.
VETOED = [
    ("2024-05-01", "Riya Malhotra plays Meera in Kesar Ki Kahani.",
     [cast(KESAR, "Riya Malhotra", "Meera")]),
    ("2024-05-02", "Kabir Sethi plays Arjun in Pyaar Ki Dor.",
     [cast(PYAAR, "Kabir Sethi", "Arjun")]),
    ("2024-05-03", "In Pyaar Ki Dor, Kabir Sethi plays Arjun again.",
     [cast(PYAAR, "Kabir Sethi", "Arjun")]),
    ("2024-05-04", "Kesar Ki Kahani is produced by Ekta Rao.",
     [Fact("show_info", KESAR, field="producer", value="Ekta Rao", confidence=0.9)]),
    ("2024-05-05", "Sapne Riya Malhotra Ke tops the chart.", [rating("Sapne Riya Malhotra Ke", 1)]),
    ("2024-05-06", "Riya is number four.", [rating("Riya", 4)]),
    ("2024-05-07", "Kabir Sethi is number five.", [rating("Kabir Sethi", 5)]),
    ("2024-05-08", "Ekta Rao is number six.", [rating("Ekta Rao", 6)]),
]
# What each vetoed show's evidence says, on both paths.
VETOES = {"show:sapne-riya-malhotra-ke": "a headline naming a person",
          "show:riya": "a person's first name",
          "show:kabir-sethi": "also the name of a person (Kabir Sethi)",
          "show:ekta-rao": "a producer's name"}


def vetoed_kb(path: Path, batches: list[list[int]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The VETOED corpus in these batches, each resolved incrementally after the first,
    and the same KB rebuilt."""
    with SQLiteStore(path) as store:
        for batch in batches:
            store.add_batch([incoming(*VETOED[i]) for i in batch])
            resolve_new(store)
        after = snapshot(store)
        resolve_store(store)
        return after, snapshot(store)


def statuses(kb: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {e.id: (e.status, e.evidence or "") for e in kb["entities"]}


def test_admission_weighs_the_whole_kb_on_the_incremental_path(tmp_path: Path) -> None:
    """A new show vetoed only by entities its batch does not reach (a typed person of
    another show, her first name, a person with more stories, a producer) is vetoed as a
    rebuild vetoes it: admission reads them from the kept names, not the neighbourhood."""
    kb, rebuilt = vetoed_kb(tmp_path / "kb.db", [[0, 1, 2, 3], [4], [5], [6], [7]])
    assert kb == rebuilt  # the kept names included
    for show, why in VETOES.items():
        status, evidence = statuses(kb)[show]
        assert status == "unconfirmed" and why in evidence, show


def test_an_untouched_show_keeps_its_status_until_resolved_again(tmp_path: Path) -> None:
    """The other way round (the vetoing names come later), the vetoed shows are not in
    the later batches' reach: they keep the status their own batch gave them until a
    rebuild (docs/kb.md, "Where it can differ"); links and names are the rebuild's."""
    kb, rebuilt = vetoed_kb(tmp_path / "kb.db", [[4, 5, 6, 7], [0], [1], [2], [3]])
    assert {show: statuses(kb)[show][0] for show in VETOES} == dict.fromkeys(VETOES,
                                                                             "confirmed")
    assert {show: statuses(rebuilt)[show][0] for show in VETOES} == dict.fromkeys(
        VETOES, "unconfirmed")
    assert (kb["links"], kb["names"]) == (rebuilt["links"], rebuilt["names"])


# Ratings of shows whose casts are stored (invented): the batches that bring them name no
# cast member, so those shows are read by their names only; two ratings of one title's
# longer spelling make it the most written, so the show's id changes and its cast is read.
RATINGS = [
    ("2024-06-01", "Pyaar Ki Dor is number three.", [rating(PYAAR, 3)]),
    ("2024-06-02", "Rang Hai Kisi Ke Pyar Ka tops the chart.",
     [rating("Rang Hai Kisi Ke Pyar Ka", 1)]),
    ("2024-06-03", "Rang Hai Kisi Ke Pyar Ka is number two.",
     [rating("Rang Hai Kisi Ke Pyar Ka", 2)]),
]


def test_a_rating_leaves_its_shows_cast_unread(tmp_path: Path) -> None:
    """A batch of a rating only rewrites the show, not its cast nor its stored facts'
    links (they keep a marker: neither relinked nor recounted) nor the people read in
    it."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([incoming(*a) for a in [*ARTICLES, RATINGS[0]]])
        resolve_new(store)
        store.conn.execute("UPDATE fact_entities SET character_id = 'marker' "
                           "WHERE show_id = 'show:pyar-ki-dor'")
        before = {n for n in store.names() if n[1] == "show:pyar-ki-dor"}
        store.add_batch([incoming("2024-06-09", "Pyaar Ki Dor is number four.",
                                  [rating(PYAAR, 4)])])
        assert resolve_new(store) == "incremental"
        stored = [sf for sf in store.facts(show_id="show:pyar-ki-dor")
                  if sf.fact.rank != 4]
        assert len(stored) > 4 and {sf.character_id for sf in stored} == {"marker"}
        assert {n for n in store.names() if n[1] == "show:pyar-ki-dor"} == before


def test_ratings_that_change_a_shows_id_read_its_cast(tmp_path: Path) -> None:
    """Ratings alone may change which spelling names a show (and so its id and its
    characters'): then its cast is read after all, and every batch's KB equals a rebuild
    (the one-batch KB of the same facts)."""
    batches = resolved(tmp_path / "batches.db", [ARTICLES, *([a] for a in RATINGS)])
    assert batches == resolved(tmp_path / "whole.db", [ARTICLES + RATINGS])
    assert "show:rang-hai-kisi-ke-pyar-ka" in {s for s, _, _ in batches["links"].values()}
    assert "char:rang-hai-kisi-ke-pyar-ka/nor" in {e.id for e in batches["entities"]}


GALI = "Gulmohar Gali"
# A show's cast, then a batch that brings it a longer spelling of one of its people and a
# new person: the cast rules read only the people those names may meet.
CAST_GROWS = [
    ("2024-07-01", "Gulmohar Gali: Tara Deshmukh plays Noor, Kabir Sethi plays Raghav.",
     [cast(GALI, "Tara Deshmukh", "Noor"), cast(GALI, "Kabir Sethi", "Raghav")]),
    ("2024-07-02", "Gulmohar Gali: Neha Sharma plays Ira, Arjun Rathore plays Dev.",
     [cast(GALI, "Neha Sharma", "Ira"), cast(GALI, "Arjun Rathore", "Dev")]),
    ("2024-07-03", "Gulmohar Gali: Deshmukh is back as Noor; Neha Sharma as Ira.",
     [cast(GALI, "Deshmukh", "Noor"), cast(GALI, "Neha Sharma", "Ira")]),
]
CAST_NEWS = ("2024-07-09", "Gulmohar Gali: Tara Kaur Deshmukh plays Noor, Ishaan Roy joins.",
             [cast(GALI, "Tara Kaur Deshmukh", "Noor"), cast(GALI, "Ishaan Roy", "Kabir")])


def resolved(path: Path, batches: list[list[tuple[str, str, list[Fact]]]]) -> dict[str, Any]:
    """A KB of these batches, each resolved as an ingest does, checked against a rebuild."""
    with SQLiteStore(path) as store:
        for n, batch in enumerate(batches):
            store.add_batch([incoming(*a) for a in batch])
            assert resolve_new(store) == ("rebuild" if n == 0 else "incremental")
        after = snapshot(store)
        resolve_store(store)
        assert snapshot(store) == after
        return after


def pending_reach(path: Path, stored: list[tuple[str, str, list[Fact]]],
                  batch: list[tuple[str, str, list[Fact]]]) -> Any:
    """What a resolution of ``batch`` reads of a KB of ``stored``: its ``Reach``."""
    from tellytrack.resolve.incremental import Blocks, _reach

    with SQLiteStore(path) as store:
        store.add_batch([incoming(*a) for a in stored])
        resolve_new(store)
        store.add_batch([incoming(*a) for a in batch])
        return _reach(store, store.unresolved(), Blocks())


def test_a_grown_cast_is_read_by_the_people_its_new_names_meet(tmp_path: Path) -> None:
    """A longer spelling of Tara Deshmukh and a new person: read are the people sharing
    a word with them (Tara Deshmukh, the one-word Deshmukh placed among them) and the
    ring of those; Kabir Sethi, Neha Sharma and Arjun Rathore keep their rows unread.
    The KB equals the rebuild of the same facts: the longer spelling merges into her, the
    one-word name stays hers."""
    reach = pending_reach(tmp_path / "reach.db", CAST_GROWS, [CAST_NEWS])
    assert {"person:kabir-sethi", "person:neha-sharma", "person:arjun-rathore"} <= reach.unread
    assert "person:tara-deshmukh" in reach.people and "person:deshmukh" not in reach.unread
    batches = resolved(tmp_path / "batches.db", [CAST_GROWS, [CAST_NEWS]])
    assert batches == resolved(tmp_path / "whole.db", [[*CAST_GROWS, CAST_NEWS]])
    names = {e.id: e.aliases for e in batches["entities"]}
    assert {"Tara Kaur Deshmukh", "Deshmukh"} <= set(names["person:tara-deshmukh"])


def test_a_show_widened_through_an_unread_person_reads_the_cast_whole(tmp_path: Path) -> None:
    """Neha Sharma is not read in Gulmohar Gali (no new name there shares a word with
    her), but a rating reads Pyaar Ki Dor, where she plays beside a person read: that
    show's cast is read, her with it, so Gulmohar Gali's is read whole too, and the KB
    equals the rebuild."""
    both = [*CAST_GROWS, ("2024-07-04", "Pyaar Ki Dor: Neha Sharma and Kabir Sethi.",
                          [cast(PYAAR, "Neha Sharma", "Kavya"), cast(PYAAR, "Kabir Sethi", "Dev")])]
    news = ("2024-07-10", "Gulmohar Gali: Kabir Sethi as Raghav; Pyaar Ki Dor is second.",
            [cast(GALI, "Kabir Sethi", "Raghav"), rating(PYAAR, 2)])
    reach = pending_reach(tmp_path / "reach.db", both, [news])
    assert "person:neha-sharma" in reach.unread and "show:pyar-ki-dor" in reach.titles
    batches = resolved(tmp_path / "batches.db", [both, [news]])
    assert batches == resolved(tmp_path / "whole.db", [[*both, news]])


def test_a_new_seasons_names_meet_its_franchises_cast(tmp_path: Path) -> None:
    """A one-word name with no candidate in its show takes its franchise's one: when a
    new season brings "Riya Malhotra", the "Riya" of the first season (read with its
    cast, which another new name grows) is read and follows her, as in the rebuild."""
    first = [("2024-08-01", "Kesar Ki Kahani: Riya plays Meera; Kabir Sethi plays Arjun.",
              [cast(KESAR, "Riya", "Meera"), cast(KESAR, "Kabir Sethi", "Arjun")])]
    news = ("2024-08-08", "Kesar Ki Kahani 2: Riya Malhotra as Meera; Aman Verma joins "
            "Kesar Ki Kahani as Dev.",
            [cast(KESAR_2, "Riya Malhotra", "Meera"), cast(KESAR, "Aman Verma", "Dev")])
    reach = pending_reach(tmp_path / "reach.db", first, [news])
    assert "person:riya" in reach.people and "person:kabir-sethi" in reach.unread
    batches = resolved(tmp_path / "batches.db", [first, [news]])
    assert batches == resolved(tmp_path / "whole.db", [[*first, news]])
    assert ("person_in", "show:kesar-ki-kahani", "riya", "person:riya-malhotra") in batches["names"]


def test_a_new_one_word_name_meets_an_untouched_seasons_cast(tmp_path: Path) -> None:
    """"Riya" comes to Kesar Ki Kahani, where no one is called so; the second season,
    which no new fact names, holds "Riya Malhotra": she is read (a person of a season
    sharing a word with the new name) and "Riya" follows her, as in the rebuild."""
    first = [("2024-08-01", "Kesar Ki Kahani 2: Riya Malhotra plays Meera.",
              [cast(KESAR_2, "Riya Malhotra", "Meera")]),
             ("2024-08-02", "Kesar Ki Kahani: Kabir Sethi plays Arjun.",
              [cast(KESAR, "Kabir Sethi", "Arjun")])]
    news = ("2024-08-08", "Kesar Ki Kahani: Riya is back as Meera.",
            [cast(KESAR, "Riya", "Meera")])
    reach = pending_reach(tmp_path / "reach.db", first, [news])
    assert "person:riya-malhotra" in reach.people
    assert "show:kesar-ki-kahani-2" not in reach.shows | reach.titles
    batches = resolved(tmp_path / "batches.db", [first, [news]])
    assert batches == resolved(tmp_path / "whole.db", [[*first, news]])
    assert ("person_in", "show:kesar-ki-kahani", "riya", "person:riya-malhotra") in batches["names"]


HAVELI = "Haveli Ke Raaz"
# A show's characters, then a batch naming two of them anew: "Meera Rao" (the one-word
# "Meera" stands for her: a partial name, which shares a word, not a blocking key) and
# "Devka" (a spelling of "Devika": a blocking key, no word). Arjun Mehra, Kavya and
# Rohan Kapoor share neither with a new name.
ROLES_STORED = [
    ("2024-09-01", "Haveli Ke Raaz: Tara Deshmukh plays Meera, Kabir Sethi plays Arjun Mehra.",
     [cast(HAVELI, "Tara Deshmukh", "Meera"), cast(HAVELI, "Kabir Sethi", "Arjun Mehra")]),
    ("2024-09-02", "Haveli Ke Raaz: Neha Sharma plays Kavya, Aman Verma plays Devika.",
     [cast(HAVELI, "Neha Sharma", "Kavya"), cast(HAVELI, "Aman Verma", "Devika")]),
    ("2024-09-03", "Haveli Ke Raaz: Ishaan Roy plays Rohan Kapoor; Neha Sharma as Kavya.",
     [cast(HAVELI, "Ishaan Roy", "Rohan Kapoor"), cast(HAVELI, "Neha Sharma", "Kavya")]),
]
ROLES_NEWS = ("2024-09-09", "Haveli Ke Raaz: Tara Deshmukh plays Meera Rao; Aman Verma as "
              "Devka.", [cast(HAVELI, "Tara Deshmukh", "Meera Rao"),
                         cast(HAVELI, "Aman Verma", "Devka")])


def test_a_grown_casts_characters_are_read_by_the_names_its_new_facts_write(
        tmp_path: Path) -> None:
    """Of a show whose cast is read, the characters sharing a blocking key or a word with
    a character name a new fact writes are clustered again (Meera, who now folds into
    Meera Rao; Devika, whom Devka joins); the others keep their rows, unread (a marker
    in their evidence stays). The KB equals the rebuild of the same facts."""
    with SQLiteStore(tmp_path / "kb.db") as store:
        store.add_batch([incoming(*a) for a in ROLES_STORED])
        resolve_new(store)
        store.conn.execute("UPDATE entities SET evidence = 'marker' WHERE kind = 'character'")
        store.add_batch([incoming(*ROLES_NEWS)])
        assert resolve_new(store) == "incremental"
        marked = {e.id for e in store.entities() if e.evidence == "marker"}
    show = "char:haveli-ke-raz/"
    assert marked == {show + "arjun-mehra", show + "kavya", show + "rohan-kapor"}
    batches = resolved(tmp_path / "batches.db", [ROLES_STORED, [ROLES_NEWS]])
    assert batches == resolved(tmp_path / "whole.db", [[*ROLES_STORED, ROLES_NEWS]])
    aliases = {e.id: set(e.aliases) for e in batches["entities"]}
    assert aliases[show + "mera-rao"] >= {"Meera", "Meera Rao"}
    assert aliases[show + "devika"] == {"Devika", "Devka"}


# Three spellings of two shows: "Anupma Gali" is a spelling of both "Anpma Gali" and
# "Anupama Gali" (which are not one another's), so it joins whichever is named more.
ANPMA, ANUPMA, ANUPAMA = "Anpma Gali", "Anupma Gali", "Anupama Gali"
MOVES_STORED = [
    ("2024-10-01", f"{ANUPAMA}: Kabir Sethi plays Raghav.",
     [cast(ANUPAMA, "Kabir Sethi", "Raghav")]),
    ("2024-10-02", f"{ANUPAMA}: Neha Sharma plays Ira.", [cast(ANUPAMA, "Neha Sharma", "Ira")]),
    ("2024-10-03", f"{ANUPAMA}: Aman Verma plays Dev.", [cast(ANUPAMA, "Aman Verma", "Dev")]),
    ("2024-10-04", f"{ANPMA}: Tara Deshmukh plays Meera Rao.",
     [cast(ANPMA, "Tara Deshmukh", "Meera Rao")]),
    ("2024-10-05", f"{ANPMA}: Ishaan Roy plays Rohan.", [cast(ANPMA, "Ishaan Roy", "Rohan")]),
    ("2024-10-06", f"{ANUPMA}: Tara Deshmukh plays Meera.",
     [cast(ANUPMA, "Tara Deshmukh", "Meera")]),
]
MOVES_NEWS = [
    ("2024-10-11", f"{ANPMA}: Zoya Khan plays Kavya.", [cast(ANPMA, "Zoya Khan", "Kavya")]),
    ("2024-10-12", f"{ANPMA}: Zoya Khan plays Kavya.", [cast(ANPMA, "Zoya Khan", "Kavya")]),
    ("2024-10-13", f"{ANPMA}: Ishaan Roy plays Rohan.", [cast(ANPMA, "Ishaan Roy", "Rohan")]),
    ("2024-10-14", f"{ANUPAMA}: Kabir Sethi plays Raghav.",
     [cast(ANUPAMA, "Kabir Sethi", "Raghav")]),
    ("2024-10-15", f"{ANUPMA}: Ishaan Roy plays Rohan.", [cast(ANUPMA, "Ishaan Roy", "Rohan")]),
]


def test_a_show_gaining_a_stored_spelling_reads_its_characters_whole(tmp_path: Path) -> None:
    """"Anpma Gali" overtakes "Anupama Gali", so the spelling between them, stored with
    the other show, joins it with its character "Meera" (who folds into Meera Rao):
    though no new name shares a word or a key with her, the show's characters are
    all read, and the KB equals the rebuild."""
    batches = resolved(tmp_path / "batches.db", [MOVES_STORED, MOVES_NEWS])
    assert batches == resolved(tmp_path / "whole.db", [[*MOVES_STORED, *MOVES_NEWS]])
    aliases = {e.id: set(e.aliases) for e in batches["entities"]}
    assert ANUPMA in aliases["show:anpma-gali"]
    assert aliases["char:anpma-gali/mera-rao"] == {"Meera", "Meera Rao"}


def test_a_casts_word_index_finds_whom_a_scan_of_its_spellings_finds() -> None:
    """``_block`` asks a franchise's cast who shares a word with some spellings through
    a word index (``_Cast``); it answers as a scan of every person's spellings there,
    words compared in their normal form, a person's spellings in two seasons pooled."""
    cast = {"show:gali": {"p:tara": {"Tara Deshmukh"}, "p:kabir": {"Kabir Sethi"},
                          "p:neha": {"Neha Sharma"}, "p:x": {"..."}},
            "show:gali-2": {"p:tara": {"Taara Kaur"}, "p:aman": {"Aman Verma"}},
            "show:other": {"p:riya": {"Riya Sethi"}}}
    c = _Cast(cast, ["show:gali", "show:gali-2"])

    def scan(ws: set[str]) -> set[str]:
        return {pid for sid in ("show:gali", "show:gali-2") for pid, names in cast[sid].items()
                if any(set(words(a)) & ws for a in names)}

    for spellings in (["Kaur"], ["SETHI"], ["Tara"], ["Riya Verma"], ["Neha Kaur"], [], ["..."]):
        ws = {w for a in spellings for w in words(a)}
        assert c.sharing(ws) == scan(ws), spellings
    assert c.sharing(words("Kaur")) == {"p:tara"}  # her other season's spelling
    assert c.sharing(words("Riya")) == set()  # another franchise's person
