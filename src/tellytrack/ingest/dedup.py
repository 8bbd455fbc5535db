"""Near-duplicate detection for syndicated copies, with MinHash LSH (datasketch).

Exact copies already share an id (the content hash). Syndication sites re-run
a story with their own wrapper: a different first line, "Also Read" links, a
"follow us" footer, a changed word or two. Such copies share most of their
word shingles, while two different stories on the same show share names and
stock phrases but few five-word runs. datasketch's MinHash estimates the
Jaccard similarity of shingle sets from a fixed-size signature and its LSH
index finds candidates without comparing against every stored article, which is what an archive of
millions of articles needs; candidates are then checked against the threshold
so the answer does not depend on LSH's banding luck.
"""

from __future__ import annotations

import struct

from datasketch import LeanMinHash, MinHash, MinHashLSH

# Words per shingle. Five-word runs are long enough that two stories about the same
# show and actors rarely share them ("Riya Malhotra, who plays Meera" is four), short
# enough that a copy with a few edited words keeps most of its shingles.
SHINGLE_WORDS = 5

# Hash functions in a signature: the Jaccard estimate has a standard error of about
# 1/sqrt(128) ~ 0.09 at worst; 128 x 8 bytes = 1 KB per stored article.
NUM_PERM = 128

# Fixed (seed and hashing scheme) so that signatures stored today match signatures
# computed next year, whatever datasketch's defaults become.
SEED = 1
SCHEME = "affine32"

# Estimated Jaccard similarity of shingle sets at or above which two articles are the
# same story. Measured (tests/ingest/test_dedup.py and shared/corpus): a copy with a new
# intro line, an "Also Read" link and a footer scores ~0.75-0.8, a copy with a few words
# edited ~0.85; different stories on the same show with the same cast score under 0.1,
# two weekly ratings reports written from one template ~0.1, and no pair among the
# 14,878 pairs of real articles in shared/corpus (many about the same shows and news)
# exceeds 0.31. 0.7 keeps copies with a heavy wrapper while staying ten standard
# errors of the estimate away from the closest pair of different stories.
THRESHOLD = 0.7

# The LSH index is tuned for this lower similarity, then candidates are checked against
# THRESHOLD. Tuned for 0.7 itself, datasketch picks 14 bands of 9 rows, which return a
# pair at similarity 0.7 only 44% of the time (0.8: 87%); tuned for 0.5 (25 bands of 5
# rows) it returns 99% of pairs at 0.7, for a few more candidates to check.
CANDIDATE_THRESHOLD = 0.5

# Permutations are derived from SEED; drawing them once instead of per article saves
# a third of the signing time.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations

_PUNCTUATION = "\"'`.,;:!?()[]{}<>|/\\-–—‘’“”…।॥*#@&%+=~^_"


def shingles(text: str) -> set[bytes]:
    """The set of SHINGLE_WORDS-word runs of the text, case and punctuation folded."""
    words = [w for w in (t.strip(_PUNCTUATION) for t in text.lower().split()) if w]
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8")
            for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> bytes:
    """The MinHash signature of the text's shingles in datasketch's own byte format.

    The format records seed, scheme and size, so a signature made with other
    settings is caught when read back instead of silently comparing garbage.
    """
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch(sorted(shingles(text)))
    lean = LeanMinHash(minhash)
    buf = bytearray(lean.bytesize(byteorder="<"))
    lean.serialize(buf, byteorder="<")
    return bytes(buf)


def _minhash(sig: bytes) -> LeanMinHash:
    """A signature read back; bytes not made by :func:`signature` raise ValueError."""
    try:
        lean = LeanMinHash.deserialize(sig, byteorder="<")
    except struct.error as e:
        raise ValueError(f"not a MinHash signature ({e})") from e
    if len(lean) != NUM_PERM or lean.seed != SEED:
        raise ValueError(f"signature made with {len(lean)} permutations and seed {lean.seed}, "
                         f"expected {NUM_PERM} and {SEED}; recompute it with dedup.signature")
    return lean


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the texts two signatures were made from."""
    return float(_minhash(a).jaccard(_minhash(b)))


class NearDuplicateIndex:
    """Signatures of the articles seen so far, searchable for a near copy."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=min(threshold, CANDIDATE_THRESHOLD), num_perm=NUM_PERM)
        self._sigs: dict[str, LeanMinHash] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, article_id: str, sig: bytes) -> None:
        """Remember an article's signature; adding the same id again is a no-op."""
        if article_id in self._sigs:
            return
        minhash = _minhash(sig)
        self._sigs[article_id] = minhash
        self._lsh.insert(article_id, minhash)

    def find(self, sig: bytes) -> str | None:
        """The stored article most similar to ``sig`` if it reaches the threshold, else None.

        Ties go to the smallest id so the answer does not depend on insertion order.
        """
        minhash = _minhash(sig)
        scored = [(self._sigs[key].jaccard(minhash), key) for key in self._lsh.query(minhash)]
        matches = [(-score, key) for score, key in scored if score >= self.threshold]
        return min(matches)[1] if matches else None
