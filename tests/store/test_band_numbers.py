"""The band numbers the stores file near-duplicate band keys under (store/base.py)."""

from __future__ import annotations

import pytest

from tellytrack.ingest.dedup import BANDS, band_keys, signature
from tellytrack.store.base import (
    BAND_START,
    BAND_WIDTH,
    Numbered,
    band_number,
    band_numbers,
    found_by_key,
    holds,
    numbered,
)

TEXT_A = "Riya Malhotra aka Meera is the heart of Saath Chalenge."
TEXT_B = "Kabir Sethi, who plays Arjun, has quit Pyaar Ki Dor."


def test_a_signature_holds_its_band_keys_where_dedup_puts_them() -> None:
    """``holds`` reads a band where ``dedup.band_keys`` cuts it, and no other band."""
    sig = signature(TEXT_A)
    keys = band_keys(sig)
    assert len(keys) == BANDS
    assert all(hashes == sig[BAND_START + BAND_WIDTH * band:][:BAND_WIDTH]
               for band, hashes in keys)
    assert all(holds(sig, key) for key in keys)
    assert not holds(sig, (8, keys[7][1]))
    assert not holds(signature(TEXT_B), keys[0])


def test_band_numbers_are_fixed_64_bit_integers() -> None:
    """Numbers are stored, so the function is pinned: these values must never change
    (a change needs a migration filing every key again); signed 64-bit, and the band
    is part of the key."""
    assert band_number((0, bytes(range(20)))) == -766741187571030586
    assert band_number((24, bytes(range(20)))) == 3362422923280747612
    numbers = {band_number(k) for text in (TEXT_A, TEXT_B) for k in band_keys(signature(text))}
    assert len(numbers) == 2 * BANDS
    assert all(-(1 << 63) <= n < (1 << 63) for n in numbers)


def test_keys_sharing_a_number_each_get_their_own_articles() -> None:
    """Two asked keys with one number (a collision): each article found under it goes
    to the keys its signature holds, none to the other."""
    sa, sb = signature(TEXT_A), signature(TEXT_B)
    ka, kb = band_keys(sa)[0], band_keys(sb)[3]
    found = found_by_key(Numbered({}, {7: [ka, kb]}),
                         [(7, "b", sb), (7, "a", sa), (7, "c", b"\x01")])
    assert found == {ka: [("a", sa)], kb: [("b", sb)]}


def test_band_numbers_at_once_are_band_number_each() -> None:
    """The vectorised numbers are the reference function's, key for key; a key of the
    wrong size is refused by both."""
    keys = [k for text in (TEXT_A, TEXT_B) for k in band_keys(signature(text))]
    keys += [(b, bytes([b, 255 - b] * 10)) for b in range(BANDS)]
    assert band_numbers(keys) == [band_number(k) for k in keys]
    assert band_numbers([]) == []
    for bad in (band_number, lambda k: band_numbers([k])):
        with pytest.raises(ValueError):
            bad((3, b"band"))


def test_numbered_keeps_each_key_once() -> None:
    """A key asked twice is one entry; distinct keys, distinct numbers (no collision)."""
    keys = band_keys(signature(TEXT_A))
    got = numbered([*keys, keys[0]])
    assert got.shared == {} and sorted(got.one.values()) == sorted(keys)
    assert got.numbers() == sorted(band_number(k) for k in keys)
