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

The LSH bands live in the store (a table of band keys, indexed), not in
memory: a new article's candidates are the stored articles that share one of
its BANDS band keys, plus the articles of the batch not stored yet, so memory
does not grow with the archive. The banding is datasketch's MinHashLSH's own
(25 bands of 5 hash values, a band key is the band's values), so the answers
are the ones its in-memory index gave. Signatures are computed with numpy over
all shingles at once, byte for byte what datasketch's ``MinHash`` makes (a
test compares the two).
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from tellytrack.store.base import band_numbers

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

# The LSH banding is tuned for this lower similarity, then candidates are checked
# against THRESHOLD. Tuned for 0.7 itself, datasketch picks 14 bands of 9 rows, which
# return a pair at similarity 0.7 only 44% of the time (0.8: 87%); tuned for 0.5 it
# picks BANDS = 25 bands of ROWS = 5 hash values, which return 99% of pairs at 0.7,
# for a few more candidates to check. Pinned here (a test checks datasketch agrees):
# band keys are stored, so they must not follow a change of datasketch's tuning.
CANDIDATE_THRESHOLD = 0.5
BANDS, ROWS = 25, 5

Hashes = npt.NDArray[np.uint32]

# A band key: the band's number and its hash values as stored in the signature.
BandKey = tuple[int, bytes]

# Permutations (h -> a*h + b mod 2^32, one per hash function) are derived from SEED as
# datasketch's MinHash derives them for this scheme (an odd a, any b; a test checks the
# signatures agree). Not through datasketch itself: importing it imports scipy, a
# second of every command's start.
_GEN = np.random.RandomState(SEED)
_A = _GEN.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
_B = _GEN.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)

# datasketch's LeanMinHash byte format: seed, -num_perm (a negative count flags a
# scheme code), the scheme code (1 = affine32), then the values as little-endian uint32.
_HEADER = struct.pack("<qiB", SEED, -NUM_PERM, 1)
_SIZE = len(_HEADER) + 4 * NUM_PERM

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

    Each shingle is hashed as datasketch does (the first 4 bytes of its SHA-1,
    mixed by the MurmurHash3 finaliser), then all permutations of all shingles
    are one numpy operation. The format records seed, scheme and size, so a
    signature made with other settings is caught when read back.
    """
    digests = b"".join(hashlib.sha1(s).digest()[:4] for s in shingles(text))
    hashed = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32))
    values = (hashed[:, None] * _A + _B).min(axis=0)  # uint32 arithmetic wraps: mod 2^32
    return _HEADER + bytes(values.astype("<u4").tobytes())


def _fmix32(h: Hashes) -> Hashes:
    """The MurmurHash3 32-bit finaliser, as datasketch applies it before permuting."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    mixed: Hashes = h ^ (h >> np.uint32(16))
    return mixed


def _values(sig: bytes) -> Hashes:
    """A signature's hash values; bytes not made by :func:`signature` raise ValueError."""
    if len(sig) != _SIZE or not sig.startswith(_HEADER):
        raise ValueError(f"not a signature made by dedup.signature ({_describe(sig)}); "
                         "recompute it with dedup.signature")
    return np.frombuffer(sig, dtype="<u4", offset=len(_HEADER))


def _describe(sig: bytes) -> str:
    """What the bytes say they are, for the error message."""
    try:
        seed, count = struct.unpack_from("<qi", sig)
    except struct.error:
        return f"{len(sig)} bytes"
    return f"{abs(count)} permutations, seed {seed}, {len(sig)} bytes"


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the texts two signatures were made from."""
    return float(np.mean(_values(a) == _values(b)))


def similarities(sig: bytes, others: Sequence[bytes]) -> list[float]:
    """``similarity`` of ``sig`` with each of ``others``, the same numbers (the share of
    equal hash values, k / NUM_PERM), all in one numpy comparison: one call a candidate
    cost ~15 us each, and a batch of 1,000 synthetic articles at 95,000 has ~5,800
    candidates to score. A test compares it with ``similarity``."""
    values = _values(sig)
    for other in others:
        if len(other) != _SIZE or not other.startswith(_HEADER):
            _values(other)  # raises, saying what the bytes are
    if not others:
        return []
    start = len(_HEADER)
    stacked = np.frombuffer(b"".join([o[start:] for o in others]), dtype="<u4")
    equal = (stacked.reshape(len(others), NUM_PERM) == values).sum(axis=1)
    scores: list[float] = (equal / NUM_PERM).tolist()
    return scores


def band_keys(sig: bytes) -> list[BandKey]:
    """The BANDS keys under which the LSH files a signature (see the module doc)."""
    _values(sig)
    start, width = len(_HEADER), 4 * ROWS
    return [(band, sig[start + band * width:start + (band + 1) * width])
            for band in range(BANDS)]


def band_numbers_of(sig: bytes) -> list[int]:
    """The numbers the stores file a signature under, in band order: its band keys'
    (``store.base.band_numbers``). The pipeline's workers make them with the signature,
    so the one writer never cuts nor numbers a key."""
    return band_numbers(band_keys(sig))


def sharing(sig: bytes, numbers: Sequence[int], filed: Mapping[int, Iterable[str]],
            sigs: Mapping[str, bytes]) -> dict[str, bytes]:
    """The articles of ``filed`` (their ids by band number; ``sigs``: their signatures)
    that share a band key with ``sig``, whose band numbers are ``numbers``: those filed
    under the number of one of its bands whose signature holds that band's hash values.
    An article that a number shared by two keys brings holds the other key, not this
    band's values: it is left out (``store.base.found_by_key``'s rule)."""
    out: dict[str, bytes] = {}
    start, width = len(_HEADER), 4 * ROWS
    for band, number in enumerate(numbers):
        found = filed.get(number)
        if found:
            lo = start + band * width
            values = sig[lo:lo + width]
            for article in found:
                other = sigs[article]
                if other[lo:lo + width] == values:
                    out[article] = other
    return out


# The stored articles that share a band key with a signature, given with its band
# numbers (``band_numbers_of``): (article id, signature).
StoredLookup = Callable[[bytes, Sequence[int]], Iterable[tuple[str, bytes]]]


class NearDuplicateIndex:
    """Articles not stored yet (in memory) and, through ``stored``, the stored ones,
    searchable for a near copy.

    The pipeline makes one per batch (``pipeline.stored_near`` reads the batch's stored
    candidates at once) and adds each article of the batch: memory holds one batch,
    whatever the archive.
    """

    def __init__(self, stored: StoredLookup | None = None, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._stored = stored
        self._bands: dict[int, list[str]] = {}  # article ids by band number
        self._sigs: dict[str, bytes] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, article_id: str, sig: bytes, numbers: Sequence[int] | None = None) -> None:
        """Remember an article's signature (``numbers``: its band numbers, if made
        already); adding the same id again is a no-op."""
        if article_id in self._sigs:
            return
        numbers = band_numbers_of(sig) if numbers is None else numbers
        self._sigs[article_id] = sig
        for number in numbers:
            self._bands.setdefault(number, []).append(article_id)

    def find(self, sig: bytes, numbers: Sequence[int] | None = None) -> str | None:
        """The article most similar to ``sig`` if it reaches the threshold, else None
        (``numbers``: its band numbers, if made already).

        Ties go to the smallest id so the answer does not depend on insertion order.
        """
        numbers = band_numbers_of(sig) if numbers is None else numbers
        candidates = sharing(sig, numbers, self._bands, self._sigs)
        if self._stored is not None:
            candidates.update(self._stored(sig, numbers))
        scored = zip(similarities(sig, list(candidates.values())), candidates, strict=True)
        matches = [(-score, key) for score, key in scored if score >= self.threshold]
        return min(matches)[1] if matches else None
