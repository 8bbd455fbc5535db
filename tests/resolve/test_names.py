"""The resolution rule, both directions: what merges and what must never merge."""

from __future__ import annotations

import pytest

from tellytrack.resolve.names import (
    is_longer_form,
    is_loose_variant,
    is_partial,
    is_title_variant,
    is_typo_variant,
    is_variant,
    key,
    length_bands,
    slug,
    soft_key,
    title_blocking_keys,
)


@pytest.mark.parametrize(("a", "b"), [
    ("Kesar Ki Kahani", "Kesar Ki Kahaani"),   # doubled vowel
    ("Meera", "Meeraa"),
    ("Chhoti Meera", "Choti Meera"),           # chh -> ch
    ("Saath Chalenge", "saath  chalenge!"),    # case, spaces, punctuation
    ("Pyaar Ki Dor", "PyaarKi Dor"),           # a space dropped
    ("Devika Rathore", "Devka Rathore"),       # a vowel dropped (rapidfuzz, same consonants)
    ("Suhaasini", "Suhasni"),
])
def test_spelling_variants_merge(a: str, b: str) -> None:
    """Transliteration variants of one name are the same name."""
    assert is_variant(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Riya Malhotra", "Riya Mehra"),       # another surname
    ("Kabir Sethi", "Kabir Seth"),         # last letter differs: maybe another family
    ("Bade Ghar 2", "Bade Ghar 3"),        # seasons are different shows
    ("Ria", "Riya"),                        # too short to judge
    ("Rohan", "Rohit"),                    # consonants differ
    ("Meera", "Choti Meera"),              # a different character
    ("Arjun", "Arjun Rathore"),            # partial names are not variants
    ("", ""),
])
def test_different_names_never_merge(a: str, b: str) -> None:
    """A wrong merge mixes two histories, so anything doubtful stays apart."""
    assert not is_variant(a, b)


def test_partial_first_or_last_word() -> None:
    """A one-word name may stand for a longer name it begins or ends."""
    assert is_partial("Arjun", "Arjun Rathore")
    assert is_partial("Rathore", "Arjun Rathore")
    assert not is_partial("Rathore", "Arjun Singh Chauhan")


def test_descriptor_blocks_partial() -> None:
    """"Meera" is not "Choti Meera": the descriptor makes another character."""
    assert not is_partial("Meera", "Choti Meera")
    assert not is_partial("Meera", "Meera Bua")


def test_ids_are_normalised_names() -> None:
    """Ids come from the normal form, so every spelling yields the same id."""
    assert slug("Kesar Ki Kahaani") == slug("kesar ki kahani") == "kesar-ki-kahani"
    assert key("Chhoti Meera") == "chotimera"


@pytest.mark.parametrize(("a", "b"), [
    ("Rang Hai Kisi Ke Pyar Ka", "Rang Hai Kisikey Pyaar Kaa"),  # words joined, soft letters
    ("Rang Hain Kisikey Pyaar Kaa", "Rang Hai Kisikey Pyaar Kaa"),  # one letter more
    ("Ye Sapna Kya Kehta Hai", "Yeh Sapna Kya Kehta Hai"),
    ("Yeh Sapna Kya Kehta", "Yeh Sapna Kya Kehta Hai"),  # a dropped last word
])
def test_title_variants_merge(a: str, b: str) -> None:
    """Long titles spelt two ways are one show."""
    assert is_title_variant(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Pyaar Ki Dor", "Pyaar Ki Dor 2"),  # a season is another show
    ("Yeh Hai Kahaniyan", "Yeh Hai Safarnama"),  # one word differs entirely
    ("Yeh Sapna Kya Kehta Hai", "Yeh Sapne Hain Pyaar Ke"),
    ("Kesar Kahani", "Kesari Kahani"),  # two words: only the person rules apply
])
def test_title_variants_stay_apart(a: str, b: str) -> None:
    """Different titles, seasons and short titles are not merged by the title rule."""
    assert not is_title_variant(a, b)


def test_length_bands_hold_every_length_pair_the_fuzzy_title_rule_allows() -> None:
    """An Indel similarity of 0.9 needs the two soft keys within 10 % of their summed
    length: every such pair of lengths shares a band, and lengths far apart do not (the
    band is what bounds a title block)."""
    for short in range(6, 400):
        for long in range(short, short * 2):
            close = 10 * (long - short) <= long + short
            shared = set(length_bands(short)) & set(length_bands(long))
            assert bool(shared) or not close, (short, long)
    assert not set(length_bands(10)) & set(length_bands(20))


@pytest.mark.parametrize(("a", "b"), [
    ("Rang Hai Kisi Ke Pyar Ka", "Rang Hai Kisi Ke Pyar"),  # a dropped last word
    ("Kesar Ki Kahani Anokhi", "Kesar Ki Kahani Anokhi Re"),  # a word more
    ("Pyaar Ki Dor Suhani Raat", "Pyaar Ki Dor Suhani Raaten"),  # a longer last word
])
def test_fuzzy_title_pairs_share_a_block(a: str, b: str) -> None:
    """Titles the fuzzy branch joins with different soft lengths still meet in a block."""
    assert is_title_variant(a, b) and len(soft_key(a)) != len(soft_key(b))
    assert title_blocking_keys(a) & title_blocking_keys(b)


def test_titles_of_different_lengths_share_no_end_block() -> None:
    """Two titles with the same first letters but lengths the fuzzy rule never joins are
    not filed in one block."""
    assert not title_blocking_keys("Kesar Ki Kahani") & title_blocking_keys(
        "Kesar Ki Kahani Ke Naye Safar Ki Shuruaat")


@pytest.mark.parametrize(("short", "full"), [
    ("Priya Sharma", "Priya Kaur Sharma"),       # a middle (married) name added
    ("Priya Kaur", "Priya Kaur Sharma"),         # a surname added
    ("Priya Sharma", "Priya Kaur Sharmaa"),      # ... and the surname spelt otherwise
])
def test_longer_forms(short: str, full: str) -> None:
    """A name with one word more is a longer form (read only within one show)."""
    assert is_longer_form(short, full)


@pytest.mark.parametrize(("short", "full"), [
    ("Priya Sharma", "Priya Kaur Mehra"),        # another surname
    ("Priya Sharma", "Naina Priya Sharma"),      # another first word
    ("Meera Rao", "Meera Rao Kabir Shah"),       # two names run together, not one
    ("Priya", "Priya Sharma"),                   # one word: a partial name (rule 3)
])
def test_not_longer_forms(short: str, full: str) -> None:
    """Other surnames, first words, couples and one-word names are not longer forms."""
    assert not is_longer_form(short, full)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Chandrika Rao", "Chandhrika Rao", True),   # an "h" more
    ("Kavya Dholakia", "Kavya Dholkiaa", True),  # vowels moved
    ("Kavya Sapekar", "Kavya Saphekar", True),  # p / ph
    ("Kavya Rao", "Kavyaa Rao", False),          # an exact-key variant, not loose
    ("Manish Joshi", "Manjish Joshi", False),    # a consonant more
    ("Kavya Rao", "Naina Sen", False),           # no word in common
])
def test_loose_variants(a: str, b: str, same: bool) -> None:
    """An "h" or a vowel apart, with one word in common (read only within one show)."""
    assert is_loose_variant(a, b) is same


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Roha Verman", "Rohan Verman", True),       # a letter lost at a word's end
    ("Sanit Dugal", "Sanjit Dugal", True),       # a consonant more inside
    ("Kavya Sharma", "Kavya Sharmaa", False),    # an exact-key variant (rule 1), not a typo
    ("Rohit Sharma", "Mohit Sharma", False),     # another first letter: another person
    ("Ria Sen", "Riya Sen", False),              # too short to tell a typo from a name
    ("Raj Mehta", "Raj Mehtab", False),          # "Raj": no other word of 4+ letters
    ("Riya Malhotra", "Riyaa Malhotraa", False), # two words differ
])
def test_typo_variants(a: str, b: str, same: bool) -> None:
    """One letter dropped or added in one word, another word of 4+ letters identical (read
    only within one show)."""
    assert is_typo_variant(a, b) is same
