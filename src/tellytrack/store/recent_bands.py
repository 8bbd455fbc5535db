"""The band numbers of the articles filed since the last move, one row an article.

SQLite files a batch's near-duplicate band numbers apart from the big band table
(``near_duplicate_keys``, keyed by number) until 10,000 articles' worth have come,
then moves them there in key order (docs/store.md). The recent ones are kept as one
row an article: its article number and its distinct band numbers packed in one
blob (``pack``), where a row per (number, article) put 25 rows an article in a
B-tree keyed by number, each insert a descent and a foreign-key check (0.3 s of CPU
per 5,000 articles at 100,000 synthetic articles). A batch's lookup reads the
recent numbers sorted (``Sorted``: kept by the store, extended by the rows added
since) and finds its numbers among them with numpy (``Sorted.filed``): the rows a
key-ordered table would give, in the same order, so ``filed_plain`` (the join that
table made) is its plain twin, compared by a test.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_NUMBER = "<i8"  # a band number: a signed 64-bit integer (store.base.band_number)


def pack(numbers: Iterable[int]) -> bytes:
    """An article's distinct band numbers, ascending, as one blob (8 bytes each)."""
    import numpy as np  # here, as store.base.band_numbers: a read-only store never needs it

    return np.array(sorted(set(numbers)), dtype=_NUMBER).tobytes()


def unpack(blob: bytes) -> list[int]:
    """The band numbers ``pack`` made into ``blob``."""
    import numpy as np

    return [int(n) for n in np.frombuffer(blob, dtype=_NUMBER)]


def pairs(rows: Sequence[tuple[int, bytes]]) -> list[tuple[int, int]]:
    """The (number, article) pairs of these recent rows, in key order (a move's)."""
    numbers, articles = _arrays(rows)
    order = _order(numbers, articles)
    return list(zip(numbers[order].tolist(), articles[order].tolist(), strict=True))


def _arrays(rows: Sequence[tuple[int, bytes]]) -> tuple[Any, Any]:
    """The recent rows' numbers and, beside each, its article (numpy arrays)."""
    import numpy as np

    numbers = np.frombuffer(b"".join(blob for _, blob in rows), dtype=_NUMBER)
    articles = np.repeat(np.array([a for a, _ in rows], dtype=np.int64),
                         [len(blob) // 8 for _, blob in rows])
    return numbers, articles


@dataclass(frozen=True)
class Sorted:
    """The recent rows' numbers in order, each with its article (a number's articles in
    order), as of ``count`` rows, the last of them ``last``'s: sorted once, then
    extended by the rows appended since (a batch's 1,000 merged in, not 10,000 sorted
    again), since the table only ever grows by articles numbered after its last or is
    emptied by a move (``SQLiteStore._recent``)."""

    count: int = 0
    last: int = 0
    numbers: Any = None
    articles: Any = None

    @classmethod
    def of(cls, rows: Sequence[tuple[int, bytes]]) -> Sorted:
        """All the recent rows, sorted."""
        numbers, articles = _arrays(rows)
        order = _order(numbers, articles)
        return cls(len(rows), max((a for a, _ in rows), default=0),
                   numbers[order], articles[order])

    def extended(self, rows: Sequence[tuple[int, bytes]]) -> Sorted:
        """With these rows, of articles after ``last``, merged in (after the stored
        articles under an equal number)."""
        import numpy as np

        if not rows:
            return self
        if self.numbers is None:
            return Sorted.of(rows)
        numbers, articles = _arrays(rows)
        order = _order(numbers, articles)
        numbers, articles = numbers[order], articles[order]
        at = np.searchsorted(self.numbers, numbers, "right")
        return Sorted(self.count + len(rows), max(a for a, _ in rows),
                      np.insert(self.numbers, at, numbers), np.insert(self.articles, at, articles))

    def filed(self, wanted: Sequence[int]) -> list[tuple[int, int]]:
        """(number, article) for each wanted number (each time it is wanted) and each
        recent article filed under it, ordered by number, then article: what joining the
        wanted numbers to a (number, article) table in key order gives
        (``filed_plain``), each wanted number's run found by binary search."""
        import numpy as np

        if self.numbers is None or not len(self.numbers) or not wanted:
            return []
        asked, times = np.unique(np.array(wanted, dtype=np.int64), return_counts=True)
        lo = np.searchsorted(self.numbers, asked, "left")
        runs = np.searchsorted(self.numbers, asked, "right") - lo
        at = np.repeat(lo - np.cumsum(runs) + runs, runs) + np.arange(int(runs.sum()))
        hits = list(zip(self.numbers[at].tolist(), self.articles[at].tolist(), strict=True))
        if times.max() == 1:
            return hits
        twice = {int(n): int(t) for n, t in zip(asked, times, strict=True) if t > 1}
        runs_of: dict[int, list[tuple[int, int]]] = {}
        for hit in hits:
            runs_of.setdefault(hit[0], []).append(hit)
        return [hit for n, run in runs_of.items() for hit in run * twice.get(n, 1)]


def _order(numbers: Any, articles: Any) -> Any:
    """The order of (number, article) pairs."""
    import numpy as np

    return np.lexsort((articles, numbers))


def filed_plain(rows: Iterable[tuple[int, bytes]], wanted: Sequence[int]
                ) -> list[tuple[int, int]]:
    """``filed`` the plain way: the wanted numbers joined to the recent pairs."""
    by_number: dict[int, list[int]] = {}
    for n, article in sorted((n, a) for a, blob in rows for n in unpack(blob)):
        by_number.setdefault(n, []).append(article)
    return [(n, a) for n in sorted(wanted) for a in by_number.get(n, ())]
