"""Store behaviour every backend shares: each test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from tellytrack.ingest.dedup import band_keys, signature
from tellytrack.model import Article, Entity, EntityKind, Evidence, Fact, PubDate
from tellytrack.resolve import resolve_store
from tellytrack.store import Incoming
from tellytrack.store.base import band_number

from .conftest import Backend, ClosingStore

TEXT_A = "Riya Malhotra aka Meera is the heart of Saath Chalenge."
TEXT_B = "Kabir Sethi, who plays Arjun, has quit Pyaar Ki Dor."


def article(text: str, day: str | None = "2024-03-05", outlet: str = "example.com") -> Article:
    return Article.create(text, published=PubDate.parse(day) if day else None, outlet=outlet,
                          url=f"https://{outlet}/a", title=text[:20])


def cast_fact(art: Article, show: str = "Saath Chalenge") -> Fact:
    return Fact("cast", show, actor="Riya Malhotra", character="Meera", confidence=0.9,
                evidence=Evidence(art.id, 0, 25, art.text[:25]))


def test_round_trip_article_and_facts(store: ClosingStore) -> None:
    """What goes in comes back: article fields, fact fields, evidence and article context."""
    art = article(TEXT_A, day="2024-03")
    fact = Fact("event", "Saath Chalenge", kind="leap", characters=("Meera", "Arjun"),
                status="upcoming", modality="planned", confidence=0.7)
    sig = signature(art.text)
    result = store.add_batch([Incoming(art, [cast_fact(art), fact], signature=sig,
                                       band_keys=band_keys(sig)[3:4])])
    assert (result.new, result.facts, result.new_ids) == (1, 2, [art.id])
    assert store.article(art.id) == art
    stored = store.facts(show="saath chalenge")
    assert [s.fact for s in stored] == [cast_fact(art), fact]
    assert stored[0].published == PubDate.parse("2024-03")
    assert (stored[0].outlet, stored[0].story_id) == ("example.com", art.id)
    assert store.near_duplicates(band_keys(sig)[3:4]) == [(art.id, sig)]
    assert store.facts(types=["event"])[0].fact == fact


def test_numbers_round_trip_exactly(store: ClosingStore) -> None:
    """A rating and confidence come back bit-for-bit (no single-precision column)."""
    art = article(TEXT_A)
    rating = Fact("rating", "Saath Chalenge", rank=3, rating=2.345678901, week="2024-W10",
                  confidence=0.123456789)
    store.add_batch([Incoming(art, [rating])])
    assert store.facts(types=["rating"])[0].fact == rating


def test_undated_articles_sort_as_sqlite_does(store: ClosingStore) -> None:
    """An undated article lists after dated ones, and its facts come first by date."""
    dated, undated = article(TEXT_A), article(TEXT_B, day=None)
    store.add_batch([Incoming(dated, [cast_fact(dated)]), Incoming(undated, [cast_fact(undated)])])
    assert [a.id for a in store.articles()] == [dated.id, undated.id]
    assert [f.article_id for f in store.facts()] == [undated.id, dated.id]
    assert store.article(undated.id) == undated


def test_duplicate_is_skipped_not_overwritten(store: ClosingStore) -> None:
    """A re-ingested article id leaves the stored article and its facts untouched."""
    art = article(TEXT_A)
    store.add_batch([Incoming(art, [cast_fact(art)])])
    again = Article(art.id, art.text, outlet="other.com")
    result = store.add_batch([Incoming(again, [cast_fact(art), cast_fact(art)])])
    assert (result.new, result.duplicate, result.facts) == (0, 1, 0)
    assert store.article(art.id) == art
    assert len(store.facts()) == 1


def test_duplicate_from_another_connection(backend: Backend) -> None:
    """Two writers of one KB: the second sees the first's article as a duplicate."""
    art = article(TEXT_A)
    with backend.open() as first, backend.open() as second:
        assert first.add_batch([Incoming(art, [cast_fact(art)])]).new == 1
        result = second.add_batch([Incoming(art, [cast_fact(art)])])
        assert (result.new, result.duplicate) == (0, 1)
        assert len(first.facts()) == 1


def test_duplicate_within_one_batch(store: ClosingStore) -> None:
    """The same article twice in one batch is stored once (no primary-key crash)."""
    art = article(TEXT_A)
    result = store.add_batch([Incoming(art, []), Incoming(art, [])])
    assert (result.new, result.duplicate) == (1, 1)


def test_batch_is_atomic(store: ClosingStore, backend: Backend) -> None:
    """A fact violating a constraint mid-batch rolls back the whole batch, not earlier ones."""
    first, second, third = article(TEXT_A), article(TEXT_B), article(TEXT_B + " Really.")
    bad = cast_fact(second).with_(confidence=7.0)  # CHECK (confidence BETWEEN 0 AND 1)
    store.add_batch([Incoming(first, [cast_fact(first)])])
    with pytest.raises(backend.integrity_error):
        store.add_batch([Incoming(third, [cast_fact(third)]), Incoming(second, [bad])])
    assert store.has_article(first.id)
    assert not store.has_article(third.id) and not store.has_article(second.id)
    assert len(store.facts()) == 1
    assert store.add_batch([Incoming(third, [])]).new == 1  # the KB is still writable


def test_syndicated_copy_shares_story(store: ClosingStore) -> None:
    """A syndicated copy is stored with its facts but shares the original's story id."""
    orig, copy, copy2 = article(TEXT_A), article(TEXT_A + " Watch."), article("Copy. " + TEXT_A)
    store.add_batch([Incoming(orig, [cast_fact(orig)])])
    result = store.add_batch([Incoming(copy, [cast_fact(copy)], copy_of=orig.id),
                              Incoming(copy2, [cast_fact(copy2)], copy_of=copy.id)])
    assert (result.new, result.syndicated) == (2, 2)
    facts = store.facts()
    assert len(facts) == 3
    assert {f.story_id for f in facts} == {orig.id}
    assert store.stats()["stories"] == 1


def test_copy_of_unknown_original_starts_its_story(store: ClosingStore) -> None:
    """A copy of an unstored original opens the story named after that original."""
    copy = article(TEXT_B)
    result = store.add_batch([Incoming(copy, [cast_fact(copy)], copy_of="not-stored")])
    assert result.syndicated == 1
    assert store.facts()[0].story_id == "not-stored"


def test_entities_replaced_whole(store: ClosingStore) -> None:
    """Resolution recomputes entities from all facts, so the old set must vanish."""
    show = Entity("show:sc", EntityKind.SHOW, "Saath Chalenge", aliases=("Saath Chalengey",))
    meera = Entity("char:sc:meera", EntityKind.CHARACTER, "Meera", show_id="show:sc")
    store.replace_entities([meera, show])
    assert store.entities(EntityKind.CHARACTER) == [meera]
    store.replace_entities([show])
    assert store.entities() == [show]
    assert store.stats()["aliases"] == 1


def test_entities_order_is_bytewise(store: ClosingStore) -> None:
    """Names order as SQLite orders them (capitals before lower case), on every backend."""
    names = ["kesar", "Kesar Ki Kahani", "Pyaar Ki Dor", "saath"]
    store.replace_entities([Entity(f"show:{n}", EntityKind.SHOW, n) for n in names])
    assert [e.name for e in store.entities()] == sorted(names)


def test_articles_newest_first_and_search(store: ClosingStore) -> None:
    """Listing is newest first; q filters by text, case-insensitively."""
    old, new = article(TEXT_A, "2024-01-02"), article(TEXT_B, "2024-02-02")
    store.add_batch([Incoming(old, []), Incoming(new, [])])
    assert [a.id for a in store.articles()] == [new.id, old.id]
    assert [a.id for a in store.articles(q="kabir")] == [new.id]
    assert [a.id for a in store.articles(limit=1, offset=1)] == [old.id]
    stats = store.stats()
    assert (stats["first_published"], stats["last_published"]) == ("2024-01-02", "2024-02-02")


def test_stats_counts_facts_and_shows(store: ClosingStore) -> None:
    """stats() gives per-type counts and the most-covered shows with their article counts,
    as resolution counts them and the listing lists them: two spellings of one show are
    one show, a show named once is not listed, and nothing is counted before a
    resolution has linked the facts."""
    a, b = article(TEXT_A), article(TEXT_B)
    store.add_batch([Incoming(a, [cast_fact(a), cast_fact(a, "Pyaar Ki Dor")]),
                     Incoming(b, [cast_fact(b, "Saath Chalengee")])])
    stats = store.stats()
    assert (stats["articles"], stats["facts"], stats["facts_by_type"]) == (2, 3, {"cast": 3})
    assert stats["top_shows"] == []
    resolve_store(store)
    assert store.stats()["top_shows"] == [{"show": "Saath Chalenge", "facts": 2, "articles": 2}]


def filed(art: Article) -> Incoming:
    """An article with its real near-duplicate signature and band keys."""
    sig = signature(art.text)
    return Incoming(art, [], signature=sig, band_keys=band_keys(sig))


def test_near_duplicates_found_by_any_band_key(store: ClosingStore) -> None:
    """A shared band finds the article, once; the same bytes in another band do not."""
    a, b = article(TEXT_A), article(TEXT_B)
    store.add_batch([filed(a), filed(b)])
    keys = band_keys(signature(TEXT_A))
    assert store.near_duplicates(keys) == [(a.id, signature(TEXT_A))]
    assert store.near_duplicates(keys[7:8]) == [(a.id, signature(TEXT_A))]
    assert store.near_duplicates([(8, keys[7][1])]) == []
    assert store.near_duplicates([]) == []


def test_stored_articles_names_the_stored_ones_of_the_ids_asked(store: ClosingStore) -> None:
    """Screening asks a batch's ids at once (one query, where one an article cost 0.07 s
    per 5,000 at 100,000 synthetic articles): exactly the stored ones, each once."""
    a, b = article(TEXT_A), article(TEXT_B)
    store.add_batch([Incoming(a, [])])
    assert store.stored_articles([b.id, a.id, a.id, "unknown"]) == {a.id}
    assert store.stored_articles([]) == set()


def test_upgrade_files_stored_signatures_as_dedup_does(backend: Backend) -> None:
    """A KB from before the band table gets its articles filed by the migration's SQL,
    under the very keys dedup.band_keys gives (else old articles would never match),
    then numbered by the band-number migration."""
    a = article(TEXT_A)
    with backend.open() as old:
        old.add_batch([filed(a)])
        for table in ("near_duplicate_keys", "near_duplicate_recent_keys",
                      "near_duplicate_recent_articles", "near_duplicate_articles"):
            old.conn.execute(f"DROP TABLE IF EXISTS {table}")
        old.conn.execute("DELETE FROM _migrations WHERE name IN ('m005_near_duplicate_bands', "
                         "'m012_recent_bands', 'm016_band_numbers', 'm019_recent_band_rows')")
    with backend.open() as upgraded:
        rows = upgraded.conn.execute("SELECT key FROM near_duplicate_keys").fetchall()
        got = sorted(r["key"] for r in rows)
        assert got == sorted(band_number(k) for k in band_keys(signature(TEXT_A)))
        assert upgraded.near_duplicates(band_keys(signature(TEXT_A))[:1])[0][0] == a.id


def test_near_duplicates_by_key_names_each_key_found(store: ClosingStore) -> None:
    """A batch's read: every key some stored article is filed under, with that article
    and its signature; a key filed by none is left out, the same bytes in another band
    too."""
    a, b = article(TEXT_A), article(TEXT_B)
    store.add_batch([filed(a), filed(b)])
    ka, kb = band_keys(signature(TEXT_A)), band_keys(signature(TEXT_B))
    found = store.near_duplicates_by_key([*ka[:3], kb[0], (8, ka[7][1])])
    assert found == {**{k: [(a.id, signature(TEXT_A))] for k in ka[:3]},
                     kb[0]: [(b.id, signature(TEXT_B))]}
    assert store.near_duplicates_by_key([]) == {}


def test_a_shared_band_number_costs_a_candidate_not_an_answer(backend: Backend) -> None:
    """Two band keys may share a number (store.base.band_number, 64 bits): an article
    filed under the number of another article's key is read as a candidate and dropped,
    since its signature does not hold that key; a lookup answers as if the numbers
    were the keys."""
    a, b = article(TEXT_A), article(TEXT_B)
    ka = band_keys(signature(TEXT_A))
    ph = "?" if backend.name == "sqlite" else "%s"
    with backend.open() as store:
        store.add_batch([filed(a), filed(b)])
        (n,) = [r["n"] for r in store.conn.execute(
            f"SELECT n FROM near_duplicate_articles WHERE article_id = {ph}", (b.id,))]
        store.conn.execute(f"INSERT INTO near_duplicate_keys (key, article) VALUES ({ph}, {ph})",
                           (band_number(ka[0]), n))  # b filed as if its key collided
        assert store.near_duplicates_by_key(ka[:1]) == {ka[0]: [(a.id, signature(TEXT_A))]}
        assert store.near_duplicates(ka[:1]) == [(a.id, signature(TEXT_A))]


def test_an_article_given_its_band_numbers_is_filed_as_its_keys_would_be(
        store: ClosingStore) -> None:
    """The pipeline hands the stores each article's band numbers (its workers make them),
    not its keys: such an article is filed under the same numbers (``filed_under``
    finds it by each) and found by its keys as one given its keys; in one batch with
    one given its keys, each gets its own."""
    a, b = article(TEXT_A), article(TEXT_B)
    sa, sb = signature(TEXT_A), signature(TEXT_B)
    numbers = [band_number(k) for k in band_keys(sa)]
    store.add_batch([Incoming(a, [], signature=sa, band_numbers=numbers), filed(b)])
    assert sorted(store.filed_under(numbers)) == sorted((n, a.id, sa) for n in numbers)
    assert store.near_duplicates(band_keys(sa)) == [(a.id, sa)]
    assert store.near_duplicates(band_keys(sb)) == [(b.id, sb)]
    assert store.filed_under([]) == []


def test_keys_of_one_article_sharing_a_number_file_it_once(store: ClosingStore) -> None:
    """An article whose keys share a number is filed once under it (no duplicate row,
    no error), and found by each of its keys."""
    a = article(TEXT_A)
    sig = signature(TEXT_A)
    keys = band_keys(sig)
    store.add_batch([Incoming(a, [], signature=sig, band_keys=[*keys, keys[0]])])
    assert store.near_duplicates_by_key(keys[:2]) == {k: [(a.id, sig)] for k in keys[:2]}


def test_an_old_band_table_migrates_and_answers_the_same(backend: Backend) -> None:
    """A KB written with the band keys as (band, hashes, article id), in the band table
    and (SQLite) the recent one, opens, numbers them and answers every lookup as the
    keys did; a new article gets the next number. Fails without the migration (no
    ``near_duplicate_keys``)."""
    texts = [TEXT_A, TEXT_B, "Arjun Mehta joins Pyaar Ki Dor as the new lead, the makers said.",
             "Kesar Ki Kahani takes a twenty year leap after the wedding track."]
    arts = [article(t) for t in texts]
    with backend.open() as kb:
        kb.add_batch([filed(x) for x in arts])
        write_old_band_tables(backend, kb, arts)
    with backend.open() as upgraded:
        if backend.name == "sqlite":  # the recent keys stay recent, to move when due
            counts = [upgraded.conn.execute(sql).fetchone()[0] for sql in (
                "SELECT count(*) FROM near_duplicate_keys",  # the recent: (number, article)s
                "SELECT sum(length(numbers)) / 8 FROM near_duplicate_recent_articles")]
            assert counts == [3 * len(band_keys(signature(TEXT_A))), len(band_keys(
                signature(TEXT_A)))]
        everything = [k for x in arts for k in band_keys(signature(x.text))]
        expected: dict[tuple[int, bytes], list[tuple[str, bytes]]] = {}
        for x in arts:
            for k in band_keys(signature(x.text)):
                expected.setdefault(k, []).append((x.id, signature(x.text)))
        assert upgraded.near_duplicates_by_key(everything) == {
            k: sorted(v) for k, v in expected.items()}
        for x in arts:
            assert upgraded.near_duplicates(band_keys(signature(x.text))[5:6]) == [
                (x.id, signature(x.text))]
        new = article("Ishaan Kapoor returns to Kesar Ki Kahani as the older Kabir.")
        upgraded.add_batch([filed(new)])
        rows = upgraded.conn.execute(
            "SELECT n, article_id FROM near_duplicate_articles ORDER BY n").fetchall()
        numbers = [(r["n"], r["article_id"]) for r in rows]
        assert [n for n, _ in numbers] == [1, 2, 3, 4, 5]
        assert numbers[-1][1] == new.id
        assert upgraded.near_duplicates(band_keys(signature(new.text))) == [
            (new.id, signature(new.text))]


def write_old_band_tables(backend: Backend, kb: ClosingStore, arts: list[Article]) -> None:
    """Take ``kb`` back to the schema before m016: the band keys as rows of (band,
    hashes, article id), the first articles' in the band table, the last one's (SQLite)
    in the recent table, as the old code filed them (so m016, then m019 on SQLite, run
    again)."""
    conn = kb.conn
    ph = "?" if backend.name == "sqlite" else "%s"
    for table in ("near_duplicate_keys", "near_duplicate_recent_keys",
                  "near_duplicate_recent_articles", "near_duplicate_articles"):
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    for name in ("m016_band_numbers", "m019_recent_band_rows"):
        conn.execute(f"DELETE FROM _migrations WHERE name = {ph}", (name,))
    blob = "BLOB" if backend.name == "sqlite" else "BYTEA"
    tables = ["near_duplicate_bands"] + (["near_duplicate_recent"] if backend.name == "sqlite"
                                         else [])
    for table in tables:
        conn.execute(f"CREATE TABLE {table} (band INTEGER NOT NULL, hashes {blob} NOT NULL, "
                     "article_id TEXT NOT NULL REFERENCES articles (id), "
                     "PRIMARY KEY (band, hashes, article_id))")
    for i, x in enumerate(arts):
        table = tables[-1] if i == len(arts) - 1 else tables[0]
        for band, hashes in band_keys(signature(x.text)):
            conn.execute(f"INSERT INTO {table} (band, hashes, article_id) "
                         f"VALUES ({ph}, {ph}, {ph})", (band, hashes, x.id))
