"""The band numbers of the articles filed since the last move, one row an article.

SQLite files a batch's near-duplicate band numbers apart from the big band table
(``near_duplicate_keys``, keyed by number) until 10,000 articles' worth have come,
then moves them there in key order (docs/store.md). The recent ones are kept as one
row an article: its article number and its distinct band numbers packed in one
blob (``pack``), where a row per (number, article) put 25 rows an article in a
B-tree keyed by number, each insert a descent and a foreign-key check (0.3 s of CPU
per 5,000 articles at 100,000 synthetic articles). A batch's lookup reads the
recent rows at once and finds its numbers among them with numpy (``filed``); the
rows a key-ordered table would give, in the same order, so ``filed_plain`` (the
join that table made) is its plain twin, compared by a test.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
    import numpy as np

    numbers, articles = _arrays(rows)
    order = np.lexsort((articles, numbers))
    return list(zip(numbers[order].tolist(), articles[order].tolist(), strict=True))


def _arrays(rows: Sequence[tuple[int, bytes]]) -> tuple[Any, Any]:
    """The recent rows' numbers and, beside each, its article (numpy arrays)."""
    import numpy as np

    numbers = np.frombuffer(b"".join(blob for _, blob in rows), dtype=_NUMBER)
    articles = np.repeat(np.array([a for a, _ in rows], dtype=np.int64),
                         [len(blob) // 8 for _, blob in rows])
    return numbers, articles


def filed(rows: Sequence[tuple[int, bytes]], wanted: Sequence[int]) -> list[tuple[int, int]]:
    """(number, article) for each wanted number (each time it is wanted) and each
    recent article filed under it, ordered by number, then article: what joining the
    wanted numbers to a (number, article) table in key order gives (``filed_plain``).
    With numpy: all the recent numbers sorted at once, each wanted number's run found
    by binary search (a batch's 25,000 among 250,000: ~15 ms)."""
    import numpy as np

    if not rows or not wanted:
        return []
    numbers, articles = _arrays(rows)
    order = np.argsort(numbers)
    numbers, articles = numbers[order], articles[order]
    asked, times = np.unique(np.array(wanted, dtype=np.int64), return_counts=True)
    lo, hi = np.searchsorted(numbers, asked, "left"), np.searchsorted(numbers, asked, "right")
    runs = hi - lo
    starts = np.repeat(lo - np.cumsum(runs) + runs, runs)  # each hit's run start, less
    at = starts + np.arange(int(runs.sum()))               # the hits before its run
    numbers, articles = numbers[at], articles[at]
    order = np.lexsort((articles, numbers))  # a run's articles in order
    hits = list(zip(numbers[order].tolist(), articles[order].tolist(), strict=True))
    if times.max() == 1:
        return hits
    twice = {int(n): int(t) for n, t in zip(asked, times, strict=True) if t > 1}
    runs_of: dict[int, list[tuple[int, int]]] = {}
    for hit in hits:
        runs_of.setdefault(hit[0], []).append(hit)
    return [hit for n, run in runs_of.items() for hit in run * twice.get(n, 1)]


def filed_plain(rows: Iterable[tuple[int, bytes]], wanted: Sequence[int]
                ) -> list[tuple[int, int]]:
    """``filed`` the plain way: the wanted numbers joined to the recent pairs."""
    by_number: dict[int, list[int]] = {}
    for n, article in sorted((n, a) for a, blob in rows for n in unpack(blob)):
        by_number.setdefault(n, []).append(article)
    return [(n, a) for n in sorted(wanted) for a in by_number.get(n, ())]
