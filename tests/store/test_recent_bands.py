"""The recent band numbers, one row an article (store/recent_bands.py): the numpy search
against its plain twin, the join a (number, article) table made."""

from __future__ import annotations

import random

from tellytrack.store.recent_bands import Sorted, filed_plain, pack, pairs, unpack

BIG = 2**63 - 1


def test_pack_keeps_an_articles_distinct_numbers_in_order() -> None:
    """Two keys of one article may share a number (store.base.band_number): filed once,
    as the (number, article) key filed it once."""
    assert unpack(pack([5, -3, BIG, 5, -BIG - 1])) == [-BIG - 1, -3, 5, BIG]
    assert pairs([(2, pack([9, 1])), (1, pack([9]))]) == [(1, 2), (9, 1), (9, 2)]
    assert pairs([]) == []


def test_filed_is_the_join_in_key_order() -> None:
    """Each wanted number's articles, by number then article, a number asked twice
    given twice, numbers no article holds left out: what the table's join gave, in
    its order (the near-duplicate candidates are read in that order)."""
    rows = [(1, pack([10, 20, -7])), (2, pack([20, 30])), (5, pack([20, -7, BIG]))]
    wanted = [20, -7, 99, 20, BIG, 30]
    assert Sorted.of(rows).filed(wanted) == [(-7, 1), (-7, 5), (20, 1), (20, 2), (20, 5),
                                             (20, 1), (20, 2), (20, 5), (30, 2), (BIG, 5)]
    assert Sorted.of(rows).filed(wanted) == filed_plain(rows, wanted)
    assert Sorted.of([]).filed(wanted) == [] and Sorted.of(rows).filed([]) == []
    assert Sorted().filed(wanted) == []


def test_sorted_extended_is_sorted_of_all_rows() -> None:
    """The store sorts the recent numbers once and merges a batch's rows in (articles
    numbered after the last): the same arrays, a number's articles in order, as
    sorting every row again."""
    rows = [(1, pack([10, 20, -7])), (2, pack([20, 30])), (5, pack([20, -7, BIG])),
            (6, pack([-7, 41])), (9, pack([20]))]
    merged = Sorted().extended(rows[:2]).extended([]).extended(rows[2:4]).extended(rows[4:])
    whole = Sorted.of(rows)
    assert (merged.count, merged.last) == (whole.count, whole.last) == (5, 9)
    assert merged.numbers.tolist() == whole.numbers.tolist()
    assert merged.articles.tolist() == whole.articles.tolist()
    assert merged.filed([20, -7]) == [(-7, 1), (-7, 5), (-7, 6), (20, 1), (20, 2), (20, 5),
                                      (20, 9)]


def test_filed_matches_its_plain_twin_on_many_articles() -> None:
    """Random articles sharing numbers (a pool small enough that most are shared), sorted
    at once or in two parts, wanted numbers held or not."""
    rng = random.Random(7)
    pool = [rng.randrange(-BIG - 1, BIG) for _ in range(300)]
    for _ in range(20):
        rows = [(n, pack(rng.sample(pool, 25))) for n in sorted(rng.sample(range(1, 5000), 200))]
        wanted = rng.sample(pool, 100) + [rng.randrange(-BIG - 1, BIG) for _ in range(50)]
        wanted += wanted[:5]  # asked twice
        cut = rng.randrange(len(rows))
        assert Sorted.of(rows).filed(wanted) == filed_plain(rows, wanted)
        assert Sorted.of(rows[:cut]).extended(rows[cut:]).filed(wanted) == filed_plain(
            rows, wanted)
